/**
 * A document's name in running text, from the preset's label: "Åtagandeplan" → "åtagandeplanen",
 * "Verksamhetsuppdrag" → "verksamhetsuppdraget", "Kvalitetsrapport" → "kvalitetsrapporten".
 * Only the first word takes the definite ending ("Verksamhetsplan för förskolan" → "verksamhetsplanen för förskolan").
 * The one rule: the tab gets these forms from the server (/api/config documentNames, a report's `name`).
 */
export interface DocumentName {
  label: string;
  the: string;
  The: string;
}

export function definiteName(label: string): DocumentName {
  const words = label.split(' ');
  const head = words[0].toLowerCase();
  const ending = /(uppdrag|underlag|dokument)$/.test(head) ? 'et' : /[aeiouyåäö]$/.test(head) ? 'n' : 'en';
  const the = [head + ending, ...words.slice(1)].join(' ');
  return { label, the, The: the.charAt(0).toUpperCase() + the.slice(1) };
}

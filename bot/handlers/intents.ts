/** What a plain-text message asks for. Words, not a language model: predictable and testable. */
export type Intent = 'help' | 'myDocuments' | 'nextStep' | 'unknown';

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[.!?,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const HELP = new Set(['hjälp', 'hjalp', 'help', 'meny', 'start', '']);
const PHRASES: [Intent, RegExp][] = [
  ['myDocuments', /\b(mina dokument|dokument|min plan|mina planer|åtagandeplan\w*|läsårsrapport\w*|status)\b/],
  ['nextStep', /\b(nästa steg|nästa|vad ska jag göra|att göra|på gång|deadline)\b/],
  ['help', /\b(hjälp|hjalp|help|vad kan du)\b/],
];

export function recognise(text: string): Intent {
  const t = normalise(text);
  if (HELP.has(t) || text.trim() === '?') return 'help';
  return PHRASES.find(([, re]) => re.test(t))?.[0] ?? 'unknown';
}

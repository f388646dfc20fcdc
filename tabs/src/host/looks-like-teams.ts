/** Whether the page looks like it runs in Teams (framed, or ?inTeams=1). Apart from host.ts so the page's first script (early/) can ask without loading the rest. */
export function looksLikeTeams(location: Location = window.location): boolean {
  let framed = false;
  try {
    framed = window.self !== window.top;
  } catch {
    framed = true; // a cross-origin parent
  }
  return framed || new URLSearchParams(location.search).get('inTeams') === '1';
}

/**
 * The report text as a reader sees it: without the editor's two marker lines around the fetched
 * basis (written by the server, src/domain/report-basis.ts BASIS_START/BASIS_END; the tab may not
 * import server code, tests/unit/contract-boundary). The figures between them stay.
 */
const MARKERS = ['▸ Hämtat underlag', '▸ Slut på hämtat underlag'];

export const withoutBasisMarkers = (text: string): string =>
  text
    .split('\n')
    .filter((line) => !MARKERS.some((m) => line.startsWith(m)))
    .join('\n');

/** The tab's read-only view strips the same marker lines the server writes (the tab cannot import src/domain). */
import { withBasis, withoutBasisMarkers, keyFigureBasis } from '../../src/domain/report-basis';
import { withoutBasisMarkers as tabWithoutMarkers } from '../../tabs/src/shared/document/basis-markers';

it('gives the same reader text as the server for a section with a fetched basis', () => {
  const text = withBasis('Vår egen analys.', { ...keyFigureBasis([]), text: 'Behöriga lärare: 82,5 %' }, '2026-05-18');
  expect(text).toContain('▸');
  expect(tabWithoutMarkers(text)).toBe(withoutBasisMarkers(text));
  expect(tabWithoutMarkers(text)).not.toContain('▸');
  expect(tabWithoutMarkers(text)).toContain('Behöriga lärare: 82,5 %');
});

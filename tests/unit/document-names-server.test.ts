import { definiteName } from '../../src/domain/document-names';

describe("a document's name in running text, from each preset's label", () => {
  it.each([
    ['Åtagandeplan', 'åtagandeplanen', 'Åtagandeplanen'],
    ['Läsårsrapport', 'läsårsrapporten', 'Läsårsrapporten'],
    ['Verksamhetsplan', 'verksamhetsplanen', 'Verksamhetsplanen'],
    ['Verksamhetsuppdrag', 'verksamhetsuppdraget', 'Verksamhetsuppdraget'],
    ['Verksamhetsuppföljning', 'verksamhetsuppföljningen', 'Verksamhetsuppföljningen'],
    ['Kvalitetsuppföljning', 'kvalitetsuppföljningen', 'Kvalitetsuppföljningen'],
    ['Uppföljning av verksamhetsuppdraget', 'uppföljningen av verksamhetsuppdraget', 'Uppföljningen av verksamhetsuppdraget'],
  ])('%s → %s', (label, the, The) => {
    expect(definiteName(label)).toEqual({ label, the, The });
  });
});

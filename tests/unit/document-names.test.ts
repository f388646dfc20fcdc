/** The tab names documents by the preset in effect, in the forms Swedish sentences need. */
import { documentName } from '../../tabs/src/lib/labels';

it.each([
  ['Åtagandeplan', 'åtagandeplanen'],
  ['Läsårsrapport', 'läsårsrapporten'],
  ['Verksamhetsplan', 'verksamhetsplanen'],
  ['Verksamhetsuppföljning', 'verksamhetsuppföljningen'],
  ['Kvalitetsuppföljning', 'kvalitetsuppföljningen'],
  ['Verksamhetsuppdrag', 'verksamhetsuppdraget'],
  ['Uppföljning av verksamhetsuppdraget', 'uppföljningen av verksamhetsuppdraget'],
])('%s → %s', (label, the) => {
  expect(documentName(label)).toEqual({ label, the, The: the[0].toUpperCase() + the.slice(1) });
});

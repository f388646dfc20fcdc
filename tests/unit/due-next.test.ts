/** The personal page's "Att göra härnäst": no deadline that has already passed (September's dialogue, read in November). */
import { dueNext, type DocumentSummary } from '../../tabs/src/features/personal/due-next';

const draftPlan: DocumentSummary[] = [{ kind: 'plan', schoolYear: '2026/27', state: 'draft' }];
const texts = (today: string) => dueNext(draftPlan, '2026/27', '2025/26', today).map((d) => d.text);

it('names the conditions dialogue in September until September', () => {
  expect(texts('2026-08-20')).toEqual(['Åtagandeplanen ska vara klar för dialog före förutsättningsdialogen i september']);
  expect(texts('2026-09-30')).toEqual(['Åtagandeplanen ska vara klar för dialog före förutsättningsdialogen i september']);
});

it('after September asks for the plan to be made ready, without a date that has passed', () => {
  expect(texts('2026-11-23')).toEqual(['Gör åtagandeplanen klar för dialog']);
  expect(texts('2027-02-01')).toEqual(['Gör åtagandeplanen klar för dialog']);
});

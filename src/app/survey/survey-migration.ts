import { encodePacks, type PackedAnswer } from '../../domain/survey-packs';
import { queryAll, type ListItem, type ListStore } from '../ports/list-store';

const CHUNK = 200;

/** Id ranges of unpacked answers already packed, per round ("12-311" on the pack, inclusive). */
export function migratedRanges(packs: ListItem[]): [number, number][] {
  return packs.flatMap((p) => {
    const m = /^(\d+)-(\d+)$/.exec(String(p.fields.migratedFrom ?? ''));
    return m ? [[Number(m[1]), Number(m[2])] as [number, number]] : [];
  });
}

export const isMigrated = (ranges: [number, number][], id: number) => ranges.some(([a, b]) => id >= a && id <= b);

/**
 * Packs answers stored one per item (the form before packs) and deletes the single items, whose
 * own times and ids tell when each answer came. Idempotent, and safe to stop at any point: a pack
 * names the id range it took, so a second run deletes what was packed and packs only the rest,
 * and results skip unpacked answers in a packed range meanwhile. On SharePoint it costs 2 RU per
 * old answer (the delete) once.
 */
export async function migrateUnpackedAnswers(store: ListStore): Promise<{ packed: number; deleted: number }> {
  const unpacked = await queryAll(store, 'surveyAnswers');
  let packed = 0;
  let deleted = 0;
  const byRound = new Map<string, ListItem[]>();
  for (const item of unpacked) byRound.set(String(item.fields.roundId), [...(byRound.get(String(item.fields.roundId)) ?? []), item]);
  for (const [roundId, items] of byRound) {
    const ranges = migratedRanges(await queryAll(store, 'surveyAnswerPacks', { roundId }, ['migratedFrom']));
    const done = items.filter((i) => isMigrated(ranges, Number(i.id)));
    const rest = items.filter((i) => !isMigrated(ranges, Number(i.id))).sort((a, b) => Number(a.id) - Number(b.id));
    for (const item of done) await store.delete('surveyAnswers', item.id);
    deleted += done.length;
    for (let c = 0; c < rest.length; c += CHUNK) {
      const chunk = rest.slice(c, c + CHUNK);
      const range = `${chunk[0].id}-${chunk.at(-1)!.id}`;
      const answers: PackedAnswer[] = chunk.map((i) => ({
        unitId: String(i.fields.unitId),
        schoolForm: String(i.fields.schoolForm ?? ''),
        gradeBand: String(i.fields.gradeBand ?? ''),
        answers: JSON.parse(String(i.fields.answers)),
      }));
      const day = chunk.map((i) => String(i.fields.submittedOn ?? '').slice(0, 10)).sort()[0];
      const packs = encodePacks(answers);
      // A pack of 200 unpacked answers fits one item; the key makes a retried create return the first.
      await store.createMany(
        'surveyAnswerPacks',
        packs.map((p, j) => ({
          fields: { roundId, day, count: p.count, entries: p.entries, migratedFrom: range },
          key: `migrate:${roundId}:${range}:${j}`,
        })),
      );
      packed += chunk.length;
      for (const item of chunk) await store.delete('surveyAnswers', item.id);
      deleted += chunk.length;
    }
  }
  return { packed, deleted };
}

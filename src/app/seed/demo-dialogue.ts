/** The demo's conditions dialogue: groups by school form, invitations, answers, the meetings held, notes written. */
import type { Actor } from '../../domain/identity';
import { startYear } from '../../domain/school-year';
import { addDays, swedishDate, swedishToInstant } from '../../domain/swedish-time';
import { DEMO_PEOPLE } from './demo-municipality';
import type { At, DemoYearServices } from './demo-services';

/** The conditions dialogue: groups by school form, invitations, answers, the meetings held, notes written. */
export async function conditionsDialogue(
  s: DemoYearServices,
  organiser: Actor,
  year: string,
  unitIds: Map<string, string>,
  actors: Map<string, Actor>,
  principalOf: (u: string) => Actor,
  at: At,
) {
  const c0 = startYear(year);
  let roundId = '';
  let groups: { id: string; unitIds: string[]; start?: string }[] = [];
  await at(`${c0}-08-25`, async () => {
    const proposal = await s.dialogues.propose(organiser, 'conditions', year);
    const day = proposal.windowStart;
    const round = await s.dialogues.create(organiser, {
      kind: 'conditions',
      schoolYear: year,
      groups: proposal.groups.map((g, i) => {
        const date = addDays(day, i);
        return {
          name: g.name,
          unitIds: g.unitIds,
          staffIds: g.staffIds,
          start: swedishToInstant(date, '09:00').toISOString(),
          end: swedishToInstant(date, '11:00').toISOString(),
          place: 'Stadshuset, sal Ekorren',
        };
      }),
    });
    roundId = round.id;
    groups = round.groups;
  });
  if (!roundId) return;
  await at(`${c0}-08-26`, () => s.dialogues.sendInvitations(organiser, roundId));
  // Most accept within a few days; one asks for another time; one never answers.
  for (const [i, p] of DEMO_PEOPLE.filter((x) => x.units.some(([, r]) => r === 'principal')).entries()) {
    if (p.ref === 'mats') continue;
    const actor = actors.get(p.ref)!;
    await at(`${c0}-08-${String(27 + (i % 4)).padStart(2, '0')}`, async () => {
      for (const inv of await s.dialogues.myInvitations(actor)) {
        if (inv.dialogueKind !== 'conditions' || !inv.canAnswer) continue;
        if (p.ref === 'karin')
          await s.dialogues.answer(
            actor,
            inv.invitationId,
            'otherTime',
            'Jag har APT på förskolorna den dagen. Går det bra på eftermiddagen eller dagen efter?',
          );
        else await s.dialogues.answer(actor, inv.invitationId, 'accepted');
      }
    });
  }
  // After each meeting: the organiser's notes per unit, and the principal's answer to them.
  const unitRefOf = new Map([...unitIds].map(([ref, id]) => [id, ref]));
  for (const g of groups) {
    if (!g.start) continue;
    const held = swedishDateOf(g.start);
    for (const unitId of g.unitIds) {
      const ref = unitRefOf.get(unitId)!;
      await at(
        held,
        () =>
          s.dialogueNotes.add(organiser, unitId, year, {
            kind: 'conditions',
            roundId,
            body: CONDITIONS_NOTES[ref] ?? DEFAULT_CONDITIONS_NOTE,
          }),
        '11:30',
      );
      await at(
        addDays(held, 2),
        () => s.dialogueNotes.add(principalOf(ref), unitId, year, { kind: 'conditions', roundId, body: PRINCIPAL_ANSWER }),
        '15:00',
      );
    }
  }
}

const swedishDateOf = (iso: string) => swedishDate(new Date(iso));

const DEFAULT_CONDITIONS_NOTE =
  'Vi gick igenom åtagandeplanen och förutsättningarna: bemanning, lokaler och stödet från centrala elevhälsan. Inga hinder för planen som den ser ut nu.';
const CONDITIONS_NOTES: Record<string, string> = {
  bjorkskolan:
    'Två lärartjänster i åk 4–6 är obehöriga i höst. Huvudmannen undersöker om fortbildningen i läsdidaktik kan tidigareläggas. Rastvärdsschemat behöver en vuxen till på långrasten.',
  sjoviksskolan:
    'Meritvärdet har ökat två år i rad. Förutsättningar: schemat ger arbetslagen gemensam planeringstid; skolan vill ha stöd med studiero i åk 8.',
  larkan:
    'Barngrupperna är stora på Lärkan i höst (19 barn per avdelning). Planen behöver visa hur högläsningen hinns med i de stora grupperna.',
};
const PRINCIPAL_ANSWER = 'Tack för dialogen. Vi tar med synpunkterna i planen och återkommer i processdialogen.';

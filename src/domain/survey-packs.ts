import type { SurveyAnswers } from './survey';
import { AnswerTable } from './survey-answer-table';

/**
 * Answers are stored in packs: several answers per stored item, in shuffled order, dated to the
 * day. A store sets each item's own time and id (SharePoint always does), so one item per answer
 * would tie every answer to the second it was given; a pack ties it only to its pack.
 */
export interface PackedAnswer {
  unitId: string;
  schoolForm: string;
  gradeBand: string;
  answers: SurveyAnswers;
}

/** Characters of one pack's entries: below the 63,999 usually given for a SharePoint multi-line text column, so a pack is one item. */
export const MAX_PACK_CHARS = 50_000;

type Wire = [unitId: string, schoolForm: string, gradeBand: string, answers: SurveyAnswers];

export function shuffle<T>(items: T[], random: () => number = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Shuffles the answers and cuts them into packs that each fit one item. */
export function encodePacks(answers: PackedAnswer[], random: () => number = Math.random): { count: number; entries: string }[] {
  const packs: { count: number; entries: string }[] = [];
  let current: string[] = [];
  let size = 2;
  const flush = () => {
    if (current.length) packs.push({ count: current.length, entries: `[${current.join(',')}]` });
    current = [];
    size = 2;
  };
  for (const a of shuffle(answers, random)) {
    const wire = JSON.stringify([a.unitId, a.schoolForm, a.gradeBand, a.answers] satisfies Wire);
    if (current.length && size + wire.length + 1 > MAX_PACK_CHARS) flush();
    current.push(wire);
    size += wire.length + 1;
  }
  flush();
  return packs;
}

export function decodePack(entries: string): PackedAnswer[] {
  const wires = JSON.parse(entries) as Wire[];
  const out: PackedAnswer[] = new Array(wires.length);
  for (let i = 0; i < wires.length; i++) {
    const w = wires[i];
    out[i] = { unitId: w[0], schoolForm: w[1], gradeBand: w[2], answers: w[3] };
  }
  return out;
}

/** Per unit: the highest pack id whose answers are released to results. */
export type Watermarks = Record<string, number>;

/**
 * Which answers results may use. A unit's figures move only in steps of at least `minAnswers`
 * answers: its answers in packs up to its watermark are released, and the watermark moves to the
 * newest pack only once at least `minAnswers` of its answers wait beyond it. So comparing results
 * before and after one child answers shows nothing, and neither does any later total.
 * On a table of the answers (AnswerTable.pack: each one's pack id): `released[i]` is 1 for answer i.
 */
export function releaseTable(
  table: AnswerTable,
  watermarks: Watermarks,
  minAnswers: number,
): { released: Uint8Array; watermarks: Watermarks; changed: boolean; received: Map<string, number> } {
  const units = table.units.values;
  const marks = Float64Array.from(units, (u) => watermarks[u] ?? 0);
  const receivedBy = new Int32Array(units.length);
  const waitingBy = new Int32Array(units.length);
  let newest = 0;
  for (let i = 0; i < table.count; i++) {
    const u = table.unit[i];
    const p = table.pack[i];
    if (p > newest) newest = p;
    receivedBy[u]++;
    if (p > marks[u]) waitingBy[u]++;
  }
  const next: Watermarks = { ...watermarks };
  let changed = false;
  const received = new Map<string, number>();
  units.forEach((unitId, u) => {
    if (receivedBy[u]) received.set(unitId, receivedBy[u]);
    if (waitingBy[u] && waitingBy[u] >= minAnswers) {
      next[unitId] = marks[u] = newest;
      changed = true;
    }
  });
  const released = new Uint8Array(table.count);
  for (let i = 0; i < table.count; i++) if (table.pack[i] <= marks[table.unit[i]]) released[i] = 1;
  return { released, watermarks: next, changed, received };
}

/** The same rule on packs of answer objects (tests; the app reads packs into a table). */
export function release(
  packs: { id: number; answers: PackedAnswer[] }[],
  watermarks: Watermarks,
  minAnswers: number,
): { released: PackedAnswer[]; watermarks: Watermarks; changed: boolean; received: Map<string, number> } {
  const table = new AnswerTable();
  const all: PackedAnswer[] = [];
  for (const p of packs)
    for (const a of p.answers) {
      table.add(a.unitId, a.gradeBand, a.answers, p.id);
      all.push(a);
    }
  const r = releaseTable(table, watermarks, minAnswers);
  return { ...r, released: all.filter((_, i) => r.released[i]) };
}

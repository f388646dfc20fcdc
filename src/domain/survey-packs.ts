import type { SurveyAnswers } from './survey';

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
 */
export function release(
  packs: { id: number; answers: PackedAnswer[] }[],
  watermarks: Watermarks,
  minAnswers: number,
): { released: PackedAnswer[]; watermarks: Watermarks; changed: boolean; received: Map<string, number> } {
  const newest = packs.reduce((m, p) => Math.max(m, p.id), 0);
  const waiting = new Map<string, number>();
  const received = new Map<string, number>();
  for (const p of packs) {
    for (const a of p.answers) {
      received.set(a.unitId, (received.get(a.unitId) ?? 0) + 1);
      if (p.id > (watermarks[a.unitId] ?? 0)) waiting.set(a.unitId, (waiting.get(a.unitId) ?? 0) + 1);
    }
  }
  const next: Watermarks = { ...watermarks };
  let changed = false;
  for (const [unitId, n] of waiting) {
    if (n >= minAnswers) {
      next[unitId] = newest;
      changed = true;
    }
  }
  const released: PackedAnswer[] = [];
  for (const p of packs) for (const a of p.answers) if (p.id <= (next[a.unitId] ?? 0)) released.push(a);
  return { released, watermarks: next, changed, received };
}

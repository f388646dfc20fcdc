/** TLD answers for the demo: deterministic, varied by unit, with the year's movement (trygghet up, delaktighet down). */
import type { SurveyAnswers } from '../../domain/survey';

export interface AnswerProfile {
  /** 0: last autumn, 1: last spring, 2: this autumn. */
  round: number;
  unitSalt: string;
}

const SCHOOL = { T: ['t1', 't2', 't3'], L: ['l1', 'l2', 'l3', 'l4'], D: ['d1', 'd2', 'd3'] };
const PRESCHOOL = { T: ['ft1', 'ft2'], L: ['fl1', 'fl2'], D: ['fd1', 'fd2'] };
/** Answered Ja (3) or Nej (1), not on the faces. */
const YES_NO = new Set(['ft2', 'fd2']);
/** Share answering positively, by area and round, before each unit's own offset. */
const POSITIVE = { T: [0.72, 0.8, 0.84], L: [0.76, 0.78, 0.79], D: [0.68, 0.62, 0.58] };

/** mulberry32: a small seeded generator, the same numbers on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded by a string, so every start seeds the same demo. */
function random(seed: string) {
  return mulberry32([...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261));
}

export function demoAnswers(set: 'school' | 'preschool', count: number, profile: AnswerProfile): SurveyAnswers[] {
  const next = random(`${profile.unitSalt}:${profile.round}`);
  const offset = (random(profile.unitSalt)() - 0.5) * 0.2; // each unit a little above or below the municipality
  const questions = set === 'school' ? SCHOOL : PRESCHOOL;
  return Array.from({ length: count }, () => {
    const answers: SurveyAnswers = {};
    for (const area of ['T', 'L', 'D'] as const) {
      const p = Math.min(0.97, Math.max(0.2, POSITIVE[area][profile.round] + offset));
      for (const q of questions[area]) {
        const r = next();
        if (set === 'preschool') answers[q] = r < p ? 3 : YES_NO.has(q) || r >= p + (1 - p) / 2 ? 1 : 2;
        else if (r > 0.97)
          answers[q] = 0; // vet ej
        else answers[q] = r < p ? (next() < 0.55 ? 4 : 3) : next() < 0.6 ? 2 : 1;
      }
    }
    return answers;
  });
}

import type { SurveyAnswers } from './survey';

/** Strings seen while reading packs, each kept once: a unit's id, a band, a question id. */
class Interned {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  /** By a hash of the characters, so reading a pack makes no string for a value seen before. */
  private readonly byHash = new Map<number, number[]>();

  of(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
      const h = hashOf(value, 0, value.length);
      this.byHash.set(h, [...(this.byHash.get(h) ?? []), i]);
    }
    return i;
  }

  /** The index of text[from, to), from its hash; a new value only when it was not seen before. */
  at(text: string, from: number, to: number, hash: number): number {
    for (const i of this.byHash.get(hash) ?? []) {
      const v = this.values[i];
      if (v.length === to - from && text.startsWith(v, from)) return i;
    }
    return this.of(text.slice(from, to));
  }
}

function hashOf(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

const QUOTE = 34;
const COMMA = 44;
const COLON = 58;
const OPEN = 91; // [
const CLOSE = 93; // ]
const BRACE = 123; // {
const BRACE_END = 125; // }
const ZERO = 48;

/**
 * A round's answers as columns, read straight from the packs' text: no object, array or string per
 * answer (results read 100,000 answers, and JSON.parse and the garbage it leaves were most of the
 * time). Answer i belongs to units.values[unit[i]] in pack[i]; its values are pairs
 * [start[i], start[i + 1]) of question (question[j]) and value (value[j]).
 */
export class AnswerTable {
  readonly units = new Interned();
  readonly bands = new Interned();
  readonly questions = new Interned();
  count = 0;
  unit = new Int32Array(1024);
  band = new Int32Array(1024);
  pack = new Float64Array(1024);
  start = new Int32Array(1025);
  question = new Int32Array(8192);
  value = new Int32Array(8192);
  private pairs = 0;

  /** Answers given as objects (unpacked answers, tests), with the pack id they count as. */
  static of(answers: { unitId: string; gradeBand: string; answers: SurveyAnswers }[], packId = 0): AnswerTable {
    const table = new AnswerTable();
    for (const a of answers) table.add(a.unitId, a.gradeBand, a.answers, packId);
    return table;
  }

  add(unitId: string, gradeBand: string, answers: SurveyAnswers, packId: number): void {
    this.begin(this.units.of(unitId), this.bands.of(gradeBand), packId);
    for (const id in answers) {
      const v = answers[id];
      // Only whole numbers from 0 count in a tally (Tally.add); anything else is kept as -1, which none does.
      this.pair(this.questions.of(id), Number.isInteger(v) && v >= 0 && v < 2 ** 31 ? v : -1);
    }
    this.end();
  }

  /**
   * Reads one pack's entries (encodePacks' text: [[unitId, schoolForm, gradeBand, {id: value}], …]).
   * Text in any other shape (an escaped character, a value that is not a small whole number) is
   * read with JSON.parse instead, so the result is the same either way.
   */
  addPack(entries: string, packId: number): void {
    const before = { count: this.count, pairs: this.pairs };
    if (entries.indexOf('\\') === -1 && this.scan(entries, packId)) return;
    this.count = before.count;
    this.pairs = before.pairs;
    for (const w of JSON.parse(entries) as [string, string, string, SurveyAnswers][]) this.add(w[0], w[2], w[3], packId);
  }

  /** The fast reading; false (having added part of the pack) where the text is not in the expected shape. */
  private scan(s: string, packId: number): boolean {
    const n = s.length;
    if (s.charCodeAt(0) !== OPEN) return false;
    let i = 1;
    if (s.charCodeAt(i) === CLOSE) return i + 1 === n;
    for (;;) {
      if (s.charCodeAt(i) !== OPEN) return false;
      // unitId, schoolForm, gradeBand: strings without escapes (checked above), each hashed as it is read.
      const unitFrom = i + 2;
      const unitTo = this.string(s, i + 1);
      const unitHash = this.hash;
      if (unitTo < 0 || s.charCodeAt(unitTo + 1) !== COMMA) return false;
      const formTo = this.string(s, unitTo + 2);
      if (formTo < 0 || s.charCodeAt(formTo + 1) !== COMMA) return false;
      const bandTo = this.string(s, formTo + 2);
      if (bandTo < 0 || s.charCodeAt(bandTo + 1) !== COMMA) return false;
      this.begin(this.units.at(s, unitFrom, unitTo, unitHash), this.bands.at(s, formTo + 3, bandTo, this.hash), packId);
      i = bandTo + 2;
      if (s.charCodeAt(i) !== BRACE) return false;
      i++;
      let prev = -1;
      if (s.charCodeAt(i) === BRACE_END) i++;
      else
        for (;;) {
          // Answers mostly name their questions in the same order: the one that followed last time, checked, else looked up.
          const guess = this.follows[prev + 1];
          const known = guess === undefined ? '' : this.questions.values[guess];
          let q: number;
          if (known && s.charCodeAt(i + 1 + known.length) === QUOTE && s.charCodeAt(i) === QUOTE && s.startsWith(known, i + 1)) {
            q = guess;
            i += 1 + known.length;
          } else {
            const to = this.string(s, i);
            if (to < 0) return false;
            q = this.questions.at(s, i + 1, to, this.hash);
            this.follows[prev + 1] = q;
            i = to;
          }
          prev = q;
          if (s.charCodeAt(++i) !== COLON) return false;
          let v = 0;
          let digits = 0;
          let c: number;
          for (c = s.charCodeAt(++i); c >= ZERO && c <= ZERO + 9 && digits < 6; c = s.charCodeAt(++i), digits++) v = v * 10 + c - ZERO;
          if (digits === 0 || (digits > 1 && s.charCodeAt(i - digits) === ZERO)) return false;
          this.pair(q, v);
          if (c === COMMA) {
            i++;
            continue;
          }
          if (c !== BRACE_END) return false;
          i++;
          break;
        }
      this.end();
      if (s.charCodeAt(i) !== CLOSE) return false;
      i++;
      const next = s.charCodeAt(i);
      if (next === COMMA) {
        i++;
        continue;
      }
      return next === CLOSE && i + 1 === n;
    }
  }

  private hash = 0;
  /** By question index + 1 (0: an answer's first): the question that followed it in the last answer read. */
  private readonly follows: number[] = [];

  /** The string whose opening quote is at i: the index of its closing quote (its hash in this.hash), or -1. */
  private string(s: string, i: number): number {
    if (s.charCodeAt(i) !== QUOTE) return -1;
    let h = 0;
    for (let c = s.charCodeAt(++i); c !== QUOTE; c = s.charCodeAt(++i)) {
      if (c !== c) return -1; // NaN: past the end
      h = (Math.imul(h, 31) + c) | 0;
    }
    this.hash = h;
    return i;
  }

  private begin(unit: number, band: number, packId: number) {
    if (this.count + 1 >= this.unit.length) {
      this.unit = grow(this.unit);
      this.band = grow(this.band);
      this.pack = grow(this.pack);
      this.start = grow(this.start);
    }
    this.unit[this.count] = unit;
    this.band[this.count] = band;
    this.pack[this.count] = packId;
    this.start[this.count] = this.pairs;
  }

  private pair(question: number, value: number) {
    if (this.pairs >= this.question.length) {
      this.question = grow(this.question);
      this.value = grow(this.value);
    }
    this.question[this.pairs] = question;
    this.value[this.pairs++] = value;
  }

  private end() {
    this.start[++this.count] = this.pairs;
  }

  /** Answer i as an object (tests, and the rule's own form in release). */
  answer(i: number): { unitId: string; gradeBand: string; answers: SurveyAnswers } {
    const answers: SurveyAnswers = {};
    for (let j = this.start[i]; j < this.start[i + 1]; j++) answers[this.questions.values[this.question[j]]] = this.value[j];
    return { unitId: this.units.values[this.unit[i]], gradeBand: this.bands.values[this.band[i]], answers };
  }
}

function grow<T extends Int32Array | Float64Array>(a: T): T {
  const bigger = new (a.constructor as new (n: number) => T)(a.length * 2);
  bigger.set(a);
  return bigger;
}

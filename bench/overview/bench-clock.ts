/** The bench's "today": late November of the third school year, in Swedish time. */
export const BENCH_NOW = new Date('2026-11-23T10:00:00+01:00');

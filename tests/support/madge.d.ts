// madge ships no types; the part the cycle test uses.
declare module 'madge' {
  interface MadgeResult {
    circular(): string[][];
  }
  function madge(paths: string | string[], config?: Record<string, unknown>): Promise<MadgeResult>;
  export = madge;
}

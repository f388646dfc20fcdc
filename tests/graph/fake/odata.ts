/** The $filter subset SharePoint list items take through Graph: `fields/X eq <literal>` joined by `and`. */
export type Literal = string | number | boolean | null;
export interface Clause {
  field: string;
  value: Literal;
}

export class ODataError extends Error {}

export function parseFilter(filter: string): Clause[] {
  const clauses: Clause[] = [];
  let rest = filter.trim();
  while (rest.length > 0) {
    const head = /^fields\/([A-Za-z_][A-Za-z0-9_]*)\s+eq\s+/.exec(rest);
    if (!head) throw new ODataError(`Invalid filter clause near "${rest.slice(0, 30)}"`);
    rest = rest.slice(head[0].length);
    const literal = readLiteral(rest);
    clauses.push({ field: head[1], value: literal.value });
    rest = rest.slice(literal.length).trim();
    if (rest.length === 0) break;
    const and = /^and\s+/.exec(rest);
    if (!and) throw new ODataError(`Only "and" may join clauses, near "${rest.slice(0, 30)}"`);
    rest = rest.slice(and[0].length);
  }
  return clauses;
}

function readLiteral(text: string): { value: Literal; length: number } {
  if (text.startsWith("'")) {
    let value = '';
    for (let i = 1; i < text.length; i++) {
      if (text[i] === "'" && text[i + 1] === "'") {
        value += "'";
        i++;
      } else if (text[i] === "'") return { value, length: i + 1 };
      else value += text[i];
    }
    throw new ODataError('Unterminated string literal');
  }
  const token = /^[^\s)]+/.exec(text)?.[0] ?? '';
  // SharePoint takes Yes/No only as 1/0 and refuses `eq null` (listItem list docs; microsoft-graph-docs-contrib #757 for the message).
  if (token === 'null' || token === 'true' || token === 'false') throw new ODataError('The provided filter statement is not supported');
  if (/^-?\d+(\.\d+)?$/.test(token)) return { value: Number(token), length: token.length };
  throw new ODataError(`Invalid literal "${token}"`);
}

/** `$select=a,b` → ['a','b']; absent → undefined. */
export function selected(select: string | null): string[] | undefined {
  return select ? select.split(',').map((s) => s.trim()) : undefined;
}

/** `fields($select=a,b)` → ['a','b']; `fields` → undefined (all); no expand → null (no fields). */
export function expandedFields(expand: string | null): string[] | undefined | null {
  if (!expand) return null;
  const m = /^fields(?:\(\$select=([^)]*)\))?$/.exec(expand.trim());
  if (!m) throw new ODataError(`Unsupported $expand "${expand}"`);
  return m[1] ? m[1].split(',').map((s) => s.trim()) : undefined;
}

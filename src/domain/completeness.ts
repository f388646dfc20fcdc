/**
 * Completeness of a document: per section "klar" or "saknas" (as Stratsys shows progress), and what
 * stands in the way of each status change. Pure: the use cases call it before a transition and the
 * tab shows the same answer, so neither holds the rule.
 *
 * - Ready for dialogue: every prioritised goal area has a commitment (plan); every required section is
 *   written (report).
 * - Final: the same, and no organiser comment is left unanswered (neither answered by the principal
 *   nor marked resolved).
 */
import type { Transition } from './document-lifecycle';
import { DomainError } from './errors';
import type { CommitmentPlan } from './plan';
import { commitmentsToFollowUp, type ListEntry, type ReportContent, type ReportDefinition } from './report';

export type SectionState = 'klar' | 'saknas';

export interface SectionProgress {
  /** `goalArea:<key>` for a plan, the section key for a report. */
  key: string;
  label: string;
  state: SectionState;
  /** Whether a status change waits for it. An optional empty section is "saknas" but blocks nothing. */
  required: boolean;
  /** Why it is not done, in Swedish; empty when klar. */
  reason: string;
}

/** The part of a comment completeness looks at (structurally the app's DocumentComment). */
export interface CommentLike {
  id: string;
  anchor: string;
  parentId: string;
  authorRole: 'organiser' | 'principal';
  resolved: boolean;
}

export interface Completeness {
  sections: SectionProgress[];
  /** Organiser comments with no answer yet: where they are, in Swedish. */
  openComments: string[];
  /** What stands in the way, per status change that can be blocked: short Swedish phrases. */
  missing: { ready: string[]; finalise: string[] };
}

const blankText = (v: unknown) => typeof v !== 'string' || v.trim() === '';

/**
 * Development needs and other list items: an item with no text is not an item. The others are kept
 * exactly as written, so what the tab sent is what it reads back.
 */
export function withoutBlankEntries(entries: readonly ListEntry[]): ListEntry[] {
  return entries.filter((e) => typeof e?.text === 'string' && e.text.trim() !== '');
}

/** Organiser threads that nobody has answered or resolved, each named by the place it is anchored to. */
export function unansweredComments(comments: readonly CommentLike[], placeOf: (anchor: string) => string): string[] {
  const answered = new Set(comments.filter((c) => c.parentId && c.authorRole === 'principal').map((c) => c.parentId));
  return comments
    .filter((c) => !c.parentId && c.authorRole === 'organiser' && !c.resolved && !answered.has(c.id))
    .map((c) => `Obesvarad kommentar: ${placeOf(c.anchor)}`);
}

function summarise(sections: SectionProgress[], openComments: string[], blocking: (s: SectionProgress) => string): Completeness {
  const ready = sections.filter((s) => s.required && s.state === 'saknas').map(blocking);
  return { sections, openComments, missing: { ready, finalise: [...ready, ...openComments] } };
}

export function planCompleteness(plan: CommitmentPlan, comments: readonly CommentLike[] = []): Completeness {
  const sections: SectionProgress[] = plan.goalAreas.map((area) => {
    const done = area.commitments.length > 0;
    return {
      key: `goalArea:${area.key}`,
      label: area.label,
      state: done ? 'klar' : 'saknas',
      required: true,
      reason: done ? '' : 'Inget åtagande ännu',
    };
  });
  const placeOf = (anchor: string) => {
    const [kind, id] = anchor.split(':');
    if (kind === 'goalArea') return plan.goalAreas.find((g) => g.key === id)?.label ?? 'ett målområde';
    if (kind === 'commitment') return plan.goalAreas.flatMap((g) => g.commitments).find((c) => c.id === id)?.title ?? 'ett åtagande';
    return 'hela åtagandeplanen';
  };
  return summarise(sections, unansweredComments(comments, placeOf), (s) => `${s.label}: minst ett åtagande`);
}

export function reportCompleteness(
  definition: ReportDefinition,
  content: ReportContent,
  plan: CommitmentPlan | undefined,
  comments: readonly CommentLike[] = [],
): Completeness {
  const sections: SectionProgress[] = [];
  for (const s of definition.sections) {
    if (s.kind === 'generated') continue; // written by the app, not by people
    const value = content[s.key];
    let done: boolean;
    let required = false;
    if (s.kind === 'perCommitment') {
      const written = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, Record<string, string>>;
      const commitments = commitmentsToFollowUp(plan);
      required = s.fields.some((f) => f.required);
      done =
        commitments.length > 0 && commitments.every(({ commitment }) => s.fields.every((f) => !blankText(written[commitment.id]?.[f.key])));
    } else if (s.kind === 'list') {
      required = s.required === true;
      done = Array.isArray(value) && withoutBlankEntries(value).length > 0;
    } else {
      required = s.required === true;
      done = !blankText(value);
    }
    sections.push({ key: s.key, label: s.label, state: done ? 'klar' : 'saknas', required, reason: done ? '' : 'Inte ifylld' });
  }
  const placeOf = (anchor: string) => {
    const [kind, id] = anchor.split(':');
    if (kind === 'section') return definition.sections.find((x) => x.key === id)?.label ?? 'ett avsnitt';
    if (kind === 'commitment') return commitmentsToFollowUp(plan).find((x) => x.commitment.id === id)?.commitment.title ?? 'ett åtagande';
    return `hela ${definition.label.toLowerCase()}en`;
  };
  // The section's label alone: it is what the tab and the error's details have always named.
  return summarise(sections, unansweredComments(comments, placeOf), (s) => s.label);
}

/** What a transition waits for; moving back to draft never waits. */
export function missingFor(transition: Transition, completeness: Completeness): string[] {
  if (transition === 'ready') return completeness.missing.ready;
  if (transition === 'finalise') return completeness.missing.finalise;
  return [];
}

/**
 * Refuses a status change the document is not complete for: a stable code per document kind, a
 * Swedish message naming what is missing, and the list in `details.missing`.
 */
export function assertCompleteFor(
  transition: Transition,
  completeness: Completeness,
  document: { kind: 'plan' | 'report'; label: string },
): void {
  const missing = missingFor(transition, completeness);
  if (missing.length === 0) return;
  const goal = transition === 'ready' ? 'markeras som klar för dialog' : 'fastställas';
  throw new DomainError(
    document.kind === 'plan' ? 'PLAN_INCOMPLETE' : 'REPORT_INCOMPLETE',
    `${document.label}en kan inte ${goal} än. Det här saknas: ${missing.join(', ')}.`,
    { missing },
  );
}

/**
 * The board's goals (nämndens mål) as the admin keeps them: added, reworded, retired. Nothing is
 * deleted: a retired goal stays on the commitments that carry it and on every old document, but
 * cannot be picked on a commitment that does not already carry it.
 */
import { DomainError, notFound } from './errors';
import type { BoardGoal } from './process-config';

const normalise = (title: string) => title.trim().replace(/\s+/g, ' ');

function assertFreshTitle(goals: BoardGoal[], title: string, exceptId?: string) {
  const same = goals.find((g) => g.id !== exceptId && normalise(g.title).toLowerCase() === title.toLowerCase());
  if (same) throw new DomainError('BOARD_GOAL_DUPLICATE', `Nämndmålet "${same.title}" finns redan${same.retired ? ' (avslutat)' : ''}.`);
}

export function addBoardGoal(goals: BoardGoal[], id: string, title: string): BoardGoal[] {
  const clean = normalise(title);
  assertFreshTitle(goals, clean);
  return [...goals, { id, title: clean }];
}

export function changeBoardGoal(goals: BoardGoal[], id: string, change: { title?: string; retired?: boolean }): BoardGoal[] {
  const goal = goals.find((g) => g.id === id);
  if (!goal) throw notFound('Nämndmålet');
  const title = change.title === undefined ? goal.title : normalise(change.title);
  if (change.title !== undefined) assertFreshTitle(goals, title, id);
  const retired = change.retired ?? goal.retired ?? false;
  return goals.map((g) => (g.id === id ? { id, title, ...(retired ? { retired: true } : {}) } : g));
}

/**
 * The board goals a commitment may carry: known ones, and retired ones only if it carried them
 * already (`kept`), so rewording an old commitment does not lose its goal.
 */
export function assertPickableBoardGoals(ids: string[] | undefined, goals: BoardGoal[], kept: string[] = []) {
  const unknown = (ids ?? []).filter((id) => !goals.some((g) => g.id === id));
  if (unknown.length) throw new DomainError('VALIDATION_FAILED', `Nämndsmålet finns inte: ${unknown.join(', ')}.`);
  const retired = goals.filter((g) => g.retired && (ids ?? []).includes(g.id) && !kept.includes(g.id));
  if (retired.length) {
    throw new DomainError(
      'BOARD_GOAL_RETIRED',
      `Nämndmålet "${retired.map((g) => g.title).join('", "')}" är avslutat och kan inte väljas på nya åtaganden.`,
    );
  }
}

/** Last year's commitments carried into a new plan leave their retired goals behind. */
export const withoutRetired = (ids: string[], goals: BoardGoal[]) => ids.filter((id) => !goals.some((g) => g.id === id && g.retired));

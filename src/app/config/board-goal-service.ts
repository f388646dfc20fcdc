import { addBoardGoal, changeBoardGoal } from '../../domain/board-goals';
import { forbidden } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import type { BoardGoal } from '../../domain/process-config';
import { queryAll, type ListStore } from '../ports/list-store';
import type { Settings } from './settings';

const parseIds = (v: unknown): string[] => {
  try {
    const ids = typeof v === 'string' && v ? JSON.parse(v) : [];
    return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

/** Nämndens mål, kept by the admin in the process configuration: add, reword, retire (never delete). */
export class BoardGoalService {
  constructor(
    private readonly store: ListStore,
    private readonly settings: Settings,
  ) {}

  /** Every goal with how many commitments (any school year) carry it. */
  async list() {
    const [config, commitments] = await Promise.all([
      this.settings.processConfig(),
      queryAll(this.store, 'commitments', undefined, ['boardGoalIds']),
    ]);
    const counts = new Map<string, number>();
    for (const c of commitments) for (const id of parseIds(c.fields.boardGoalIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
    return config.boardGoals.map((g) => ({ id: g.id, title: g.title, retired: g.retired ?? false, commitments: counts.get(g.id) ?? 0 }));
  }

  add(actor: Actor, title: string) {
    const id = `bg-${globalThis.crypto.randomUUID().slice(0, 10)}`; // Web Crypto: no I/O library in src/app
    return this.write(actor, id, (goals) => addBoardGoal(goals, id, title));
  }

  change(actor: Actor, id: string, change: { title?: string; retired?: boolean }) {
    return this.write(actor, id, (goals) => changeBoardGoal(goals, id, change));
  }

  private async write(actor: Actor, id: string, next: (goals: BoardGoal[]) => BoardGoal[]) {
    if (!actor.appRoles.includes('admin')) throw forbidden('Nämndens mål ändras av systemförvaltaren.');
    const config = await this.settings.processConfig();
    await this.settings.saveProcessConfig({ ...config, boardGoals: next(config.boardGoals) }, actor.userId);
    return (await this.list()).find((g) => g.id === id)!;
  }
}

import { z } from 'zod';
import type { ProcessConfig } from '../../domain/process-config';
import { DEFAULT_PROCESS_CONFIG } from '../../domain/presets/guideline-2024';
import { GENERATED_SOURCES } from '../../domain/report';
import { queryAll, type ListItem, type ListStore } from '../ports/list-store';

const goalAreas = z.array(z.object({ key: z.string().min(1), label: z.string().min(1) }));
const deciders = z.array(z.enum(['principal', 'organiser'])).min(1);
const field = z.object({ key: z.string().min(1), label: z.string().min(1), hint: z.string().optional(), required: z.boolean().optional() });
const section = z.discriminatedUnion('kind', [
  z.object({
    key: z.string().min(1),
    kind: z.literal('text'),
    label: z.string().min(1),
    hint: z.string().optional(),
    required: z.boolean().optional(),
    group: z.string().optional(),
  }),
  z.object({
    key: z.string().min(1),
    kind: z.literal('perCommitment'),
    label: z.string().min(1),
    hint: z.string().optional(),
    fields: z.array(field).min(1),
    group: z.string().optional(),
  }),
  z.object({
    key: z.string().min(1),
    kind: z.literal('list'),
    label: z.string().min(1),
    hint: z.string().optional(),
    required: z.boolean().optional(),
    itemLabel: z.string().min(1),
    group: z.string().optional(),
  }),
  z.object({
    key: z.string().min(1),
    kind: z.literal('generated'),
    label: z.string().min(1),
    hint: z.string().optional(),
    source: z.enum(GENERATED_SOURCES),
    group: z.string().optional(),
  }),
]);

const definition = z.object({
  type: z.string().min(1),
  label: z.string().min(1),
  builtFrom: z.enum(['commitmentPlan', 'unitDocuments']),
  groups: z.array(z.object({ key: z.string(), label: z.string(), hint: z.string().optional() })),
  sections: z.array(section).min(1),
});

export const processConfigSchema = z.object({
  municipalityName: z.string().min(1).max(120),
  goalAreas: z.object({ lgr22: goalAreas, lpfo18: goalAreas, gy11: goalAreas }),
  planRules: z.object({
    requiredGoalAreas: z.object({ lgr22: z.array(z.string()), lpfo18: z.array(z.string()), gy11: z.array(z.string()) }),
    maxGoalAreas: z.number().int().min(1).max(20),
  }),
  statusRules: z.object({ ready: deciders, finalise: deciders, reopen: deciders }).default(DEFAULT_PROCESS_CONFIG.statusRules),
  boardGoals: z
    .array(z.object({ id: z.string().min(1).max(64), title: z.string().min(1).max(255), retired: z.boolean().optional() }))
    .default(DEFAULT_PROCESS_CONFIG.boardGoals),
  reportDefinition: definition.default(DEFAULT_PROCESS_CONFIG.reportDefinition),
  annualDefinition: definition.default(DEFAULT_PROCESS_CONFIG.annualDefinition),
  planLabel: z.string().min(1).max(60).default(DEFAULT_PROCESS_CONFIG.planLabel),
});

const PROCESS = 'process';

/** The organiser's configuration, kept as data in the settings list (defaults: the 2024 guideline). */
export class Settings {
  constructor(private readonly store: ListStore) {}

  /** The read behind processConfig(), for use cases that send it in one batch with their own reads. */
  static readonly processQuery = { list: 'settings', where: { name: PROCESS } } as const;

  parseProcess(items: ListItem[]): ProcessConfig {
    const [item] = items;
    if (!item || typeof item.fields.value !== 'string') return DEFAULT_PROCESS_CONFIG;
    return processConfigSchema.parse(JSON.parse(item.fields.value));
  }

  async processConfig(): Promise<ProcessConfig> {
    return this.parseProcess(await queryAll(this.store, 'settings', { name: PROCESS }));
  }

  async saveProcessConfig(config: ProcessConfig, actorId: string): Promise<void> {
    const value = JSON.stringify(processConfigSchema.parse(config));
    const [item] = await queryAll(this.store, 'settings', { name: PROCESS });
    if (item) await this.store.update('settings', item.id, { value, modifiedById: actorId });
    else await this.store.create('settings', { name: PROCESS, value, modifiedById: actorId }, { key: `settings:${PROCESS}` });
  }
}

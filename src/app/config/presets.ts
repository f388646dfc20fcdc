import { DomainError, forbidden } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { PRESETS } from '../../domain/presets';
import { queryAll, type ListStore } from '../ports/list-store';
import type { Settings } from './settings';
import type { SurveyService } from '../survey/surveys';
import type { YearWheelService } from '../year/year-wheel-service';

const CHOSEN = 'preset';

/**
 * Other municipalities' processes as configuration: choosing a preset writes the year wheel
 * (with its dialogue types), the documents, the plan and status rules and the surveys. It
 * deletes nothing, and documents already written keep their type. Adjust afterwards as usual.
 */
export class PresetService {
  constructor(
    private readonly store: ListStore,
    private readonly settings: Settings,
    private readonly wheel: YearWheelService,
    private readonly surveys: SurveyService,
  ) {}

  async list() {
    const [chosen] = await queryAll(this.store, 'settings', { name: CHOSEN });
    const current = chosen ? String(chosen.fields.value) : '2024';
    return PRESETS.map((p) => ({
      key: p.key,
      label: p.label,
      description: p.description,
      current: p.key === current,
      documents: { plan: p.process.planLabel, unit: p.process.reportDefinition.label, organiser: p.process.annualDefinition.label },
      dialogues: (p.yearWheel.dialogueTypes ?? []).map((t) => t.label),
    }));
  }

  async apply(actor: Actor, key: string) {
    if (!actor.appRoles.includes('admin')) throw forbidden('Förinställningen väljs av systemförvaltaren.');
    const preset = PRESETS.find((p) => p.key === key);
    if (!preset) throw new DomainError('VALIDATION_FAILED', `Förinställningen "${key}" finns inte. Välj 2024, 2020, 2018 eller 2011.`);
    const current = await this.settings.processConfig();
    // The municipality, its board goals and the curricula's goal areas are not the preset's to change.
    await this.settings.saveProcessConfig({ ...current, ...preset.process }, actor.userId);
    const stored = await this.wheel.get();
    await this.wheel.save(actor, preset.yearWheel, stored.etag);
    await this.surveys.saveConfig(actor, preset.survey);
    const [chosen] = await queryAll(this.store, 'settings', { name: CHOSEN });
    if (chosen) await this.store.update('settings', chosen.id, { value: key, modifiedById: actor.userId });
    else await this.store.create('settings', { name: CHOSEN, value: key, modifiedById: actor.userId }, { key: `settings:${CHOSEN}` });
    return (await this.list()).find((p) => p.key === key)!;
  }
}

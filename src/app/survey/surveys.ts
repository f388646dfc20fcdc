import { canConfigure, canEditUnitDocuments, canReadUnit, isOrganiser } from '../../domain/access';
import { DomainError, forbidden, notFound } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import { parseSchoolYear, startYear } from '../../domain/school-year';
import {
  checkAnswers,
  DEFAULT_SURVEY_CONFIG,
  questionSetFor,
  type Respondents,
  type SurveyAnswers,
  type SurveyConfig,
} from '../../domain/survey';
import type { Directory } from '../directory/directory';
import type { Clock } from '../ports/clock';
import { queryAll, type ListItem, type ListStore } from '../ports/list-store';
import type { Secrets } from '../ports/secrets';
import { surveyConfigSchema } from '../config/survey-config-schema';
import { SurveyDevices } from './survey-devices';
import { SURVEY_SETTINGS, SurveyForms, type KeptForm } from './survey-forms';
import { SurveyOpening } from './survey-opening';
import { toLink, toRound, type RoundStatus, type SurveyLink, type SurveyRound } from './survey-records';
import type { SurveyAnswerWriter } from './survey-writer';

export { ROUND_STATUSES } from './survey-records';
export type { RoundStatus, SurveyForm, SurveyLink, SurveyRound } from './survey-records';

const MONTH = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** TLD rounds, links per unit, the anonymous form and its answers. */
export class SurveyService {
  /** A closed round's answers no longer change: what is summed up from them can be, once. */
  onClosed: (round: SurveyRound) => Promise<unknown> = async () => undefined;
  /** A unit's student count changed: its response rate is to show at once, not after a cached result expires. */
  onStudentCountSet: (roundId: string) => void = () => undefined;

  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
    private readonly clock: Clock,
    private readonly secrets: Secrets,
    private readonly writer: SurveyAnswerWriter,
    private readonly publicUrl = '',
    private readonly devices = new SurveyDevices(store, secrets, () => clock.now().getTime()),
  ) {
    this.forms = new SurveyForms(store, clock, (code) => this.readForm(code));
    this.opening = new SurveyOpening({ store, directory, secrets, rounds: () => this.rounds(), round: (id) => this.round(id) });
  }

  private readonly forms: SurveyForms;

  /** How a round opens: its links and notices (`opening.queue` set: background work; `opening.notify`: the bot's notices). */
  readonly opening: SurveyOpening;

  /** The address a child opens: the code is the only key. */
  publicLink(code: string): string {
    return `${this.publicUrl}/s/${code}`;
  }

  async config(): Promise<SurveyConfig> {
    const [item] = await queryAll(this.store, 'settings', { name: SURVEY_SETTINGS });
    if (!item || typeof item.fields.value !== 'string') return DEFAULT_SURVEY_CONFIG;
    return surveyConfigSchema.parse(JSON.parse(item.fields.value)) as SurveyConfig;
  }

  async saveConfig(actor: Actor, config: SurveyConfig): Promise<SurveyConfig> {
    if (!isOrganiser(actor) && !canConfigure(actor)) throw forbidden('Frågorna ändras av huvudmannanivån eller systemförvaltaren.');
    const value = JSON.stringify(surveyConfigSchema.parse(config));
    const [item] = await queryAll(this.store, 'settings', { name: SURVEY_SETTINGS });
    if (item) await this.store.update('settings', item.id, { value, modifiedById: actor.userId });
    else
      await this.store.create(
        'settings',
        { name: SURVEY_SETTINGS, value, modifiedById: actor.userId },
        { key: `settings:${SURVEY_SETTINGS}` },
      );
    this.forms.setChanged();
    return this.config();
  }

  async rounds(schoolYear?: string): Promise<SurveyRound[]> {
    const where = schoolYear ? { schoolYear: parseSchoolYear(schoolYear) } : undefined;
    return (await queryAll(this.store, 'surveyRounds', where)).map(toRound).sort((a, b) => a.opensOn.localeCompare(b.opensOn));
  }

  async round(roundId: string): Promise<SurveyRound> {
    const item = await this.store.get('surveyRounds', roundId);
    if (!item) throw notFound('Mätningen');
    return toRound(item);
  }

  /** A round; `label` is the year wheel's name for it where it comes from the wheel (SurveySchedule). */
  async createRound(
    actor: Actor,
    input: {
      schoolYear: string;
      period: 'autumn' | 'spring';
      opensOn: string;
      closesOn: string;
      respondents?: Respondents;
      label?: string;
    },
  ): Promise<SurveyRound> {
    if (!isOrganiser(actor)) throw forbidden('TLD-mätningar skapas av huvudmannanivån.');
    const schoolYear = parseSchoolYear(input.schoolYear);
    if (input.closesOn < input.opensOn) throw new DomainError('VALIDATION_FAILED', 'Mätningen kan inte stänga innan den öppnar.');
    const first = startYear(schoolYear);
    const [y, m] = input.opensOn.split('-').map(Number);
    if (y * 12 + m < first * 12 + 7 || y * 12 + m > (first + 1) * 12 + 7) {
      throw new DomainError('VALIDATION_FAILED', `Mätningen ska ligga inom läsåret ${schoolYear} (juli–juni).`);
    }
    const respondents = input.respondents ?? 'children';
    const label = input.label ?? `${respondents === 'guardians' ? 'Vårdnadshavarenkät' : 'TLD'} ${MONTH[m - 1]} ${y}`;
    const item = await this.store.create(
      'surveyRounds',
      {
        schoolYear,
        period: input.period,
        respondents,
        label,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        status: 'planned',
        modifiedById: actor.userId,
      },
      { key: `round:${schoolYear}:${input.period}${respondents === 'children' ? '' : `:${respondents}`}` },
    );
    return toRound(item);
  }

  /**
   * Opening a round gives every unit its link and its principals a notice (survey-opening.ts: in
   * the request on SQLite, as background work on SharePoint); closing stops answers. Idempotent.
   */
  async setStatus(actor: Actor, roundId: string, status: RoundStatus): Promise<SurveyRound> {
    if (!isOrganiser(actor)) throw forbidden('TLD-mätningar öppnas och stängs av huvudmannanivån.');
    const round = await this.round(roundId);
    if (status === 'open') await this.opening.beforeOpen(round, actor.userId);
    const updated = toRound(await this.store.update('surveyRounds', round.id, { status, modifiedById: actor.userId }));
    this.forms.clear();
    if (status === 'closed') await this.devices.forget(round.id);
    if (status === 'open' && round.status !== 'open') await this.opening.opened(updated, actor.userId);
    if (status === 'closed' && round.status !== 'closed') await this.onClosed(updated);
    return updated;
  }

  /** A unit's link in a round; in an open round whose background opening has not reached the unit yet, it is made now. */
  private async unitLink(actor: Actor, unitId: string, roundId: string): Promise<ListItem> {
    const [item] = await queryAll(this.store, 'surveyLinks', { roundId, unitId });
    if (item) return item;
    const round = await this.round(roundId);
    if (round.status !== 'open') throw new DomainError('NOT_FOUND', 'Mätningen är inte öppnad ännu, så enheten har ingen länk.');
    await this.directory.unit(unitId); // an unknown unit gets no link
    return this.opening.ensureLink(round, unitId, actor.userId);
  }

  /** The link of a unit in a round as the store has it now (the bot's notice), or none. */
  async storedLink(roundId: string, unitId: string): Promise<SurveyLink | undefined> {
    const [item] = await queryAll(this.store, 'surveyLinks', { roundId, unitId });
    return item ? toLink(item) : undefined;
  }

  async linkFor(actor: Actor, unitId: string, roundId: string): Promise<SurveyLink> {
    if (!canReadUnit(actor, unitId)) throw forbidden();
    return toLink(await this.unitLink(actor, unitId, roundId));
  }

  async links(roundId: string): Promise<SurveyLink[]> {
    return (await queryAll(this.store, 'surveyLinks', { roundId })).map(toLink);
  }

  async setStudentCount(actor: Actor, unitId: string, roundId: string, count: number): Promise<SurveyLink> {
    if (!canEditUnitDocuments(actor, unitId) && !isOrganiser(actor))
      throw forbidden('Antalet elever anges av rektor eller huvudmannanivån.');
    const item = await this.unitLink(actor, unitId, roundId);
    const link = toLink(await this.store.update('surveyLinks', item.id, { studentCount: count, modifiedById: actor.userId }));
    this.onStudentCountSet(roundId);
    return link;
  }

  /**
   * What the anonymous form shows: no sign-in, only the code; kept per code, and dropped when the
   * round's or the question set's version stamp changes on any instance (SurveyForms).
   */
  form(code: string): Promise<KeptForm> {
    return this.forms.form(code);
  }

  private async readForm(code: string): Promise<KeptForm> {
    const [item] = await queryAll(this.store, 'surveyLinks', { code });
    if (!item) throw new DomainError('NOT_FOUND', 'Länken finns inte. Kontrollera att du skrivit av den rätt eller skanna QR-koden igen.');
    const link = toLink(item);
    const round = await this.round(link.roundId);
    if (round.status !== 'open') {
      throw new DomainError(
        'SURVEY_CLOSED',
        round.status === 'closed' ? 'Enkäten är stängd. Tack för att du ville svara!' : 'Enkäten har inte öppnat ännu.',
      );
    }
    const unit = await this.directory.unit(link.unitId);
    return {
      link,
      round,
      unit: { name: unit.name, schoolForm: unit.schoolForm },
      set: questionSetFor(await this.config(), unit.schoolForm, round.respondents),
    };
  }

  private day = { minute: -1, value: '' };

  /** The Swedish date, worked out once a minute: formatting it is a visible part of an answer's cost. */
  private today(): string {
    const minute = Math.floor(this.clock.now().getTime() / 60_000);
    if (minute !== this.day.minute) this.day = { minute, value: this.clock.today() };
    return this.day.value;
  }

  /**
   * Stores one answer, anonymously, before answering "Tack!". A device answers once per round
   * (its token is required, and only its keyed hash under the round's key is kept, see
   * SurveyDevices); assisted forms (a shared tablet, "nästa barn") skip that. A warm answer (the
   * form kept, the round's devices read) makes one promise, the write's: no awaits per answer.
   */
  submit(code: string, input: SubmittedAnswer): Promise<void> {
    const kept = this.forms.kept(code);
    if (!kept) return this.forms.form(code).then((form) => this.submitTo(form, input));
    try {
      return this.submitTo(kept, input);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /** Checks the answer and claims its device (throwing when either refuses), then writes it. */
  private submitTo(form: KeptForm, input: SubmittedAnswer): Promise<void> {
    checkAnswers(form.set, input.answers, input.gradeBand);
    if (form.set.assisted) return this.write(form, input, undefined);
    if (!input.deviceToken)
      throw new DomainError(
        'SURVEY_DEVICE_TOKEN_REQUIRED',
        'Enkäten kunde inte se att svaret kommer från en telefon eller dator. Ladda om sidan och försök igen.',
      );
    const hash = this.devices.claimNow(form.round.id, input.deviceToken);
    if (hash !== undefined) return this.write(form, input, hash);
    return this.devices.claim(form.round.id, input.deviceToken).then((claimed) => this.write(form, input, claimed));
  }

  private write({ link, round, unit }: KeptForm, input: SubmittedAnswer, deviceHash: string | undefined): Promise<void> {
    return this.writer.write(
      {
        roundId: round.id,
        unitId: link.unitId,
        schoolForm: unit.schoolForm,
        gradeBand: input.gradeBand ?? '',
        answers: input.answers,
        day: this.today(),
        deviceHash,
      },
      // Not stored: the device may try again (before the submitter hears of the failure).
      deviceHash ? () => this.devices.unclaim(round.id, deviceHash) : undefined,
    );
  }
}

type SubmittedAnswer = { answers: SurveyAnswers; gradeBand?: string; deviceToken?: string };

import { DomainError, forbidden } from '../../domain/errors';
import { isOrganiser } from '../../domain/access';
import type { Actor } from '../../domain/identity';
import { parseSchoolYear } from '../../domain/school-year';
import { plannedRounds, type PlannedRound } from '../../domain/survey-schedule';
import type { Clock } from '../ports/clock';
import type { YearWheelService } from '../year/year-wheel-service';
import type { SurveyRound, SurveyService } from './surveys';

export interface RoundProposal extends PlannedRound {
  /** The round made from it, once there is one. */
  round?: SurveyRound;
  /** Its dates have come: it may be created and opened at once. */
  due: boolean;
}

/**
 * The survey rounds the year wheel plans (the preset's months and respondents), proposed to the
 * organiser and created, or created and opened, from the wheel. A round is one per respondents and
 * half-year, the same as rounds created by hand, so the two ways never make a second one.
 */
export class SurveySchedule {
  constructor(
    private readonly surveys: SurveyService,
    private readonly wheel: YearWheelService,
    private readonly clock: Clock,
  ) {}

  async proposals(schoolYear: string): Promise<RoundProposal[]> {
    const year = parseSchoolYear(schoolYear);
    const [planned, rounds] = await Promise.all([this.wheel.wheel().then((w) => plannedRounds(w, year)), this.surveys.rounds(year)]);
    const today = this.clock.today();
    return planned.map((p) => {
      const round = rounds.find((r) => r.period === p.period && r.respondents === p.respondents);
      return { ...p, ...(round ? { round } : {}), due: p.opensOn <= today && today <= p.closesOn };
    });
  }

  /** Creates the round the wheel plans (idempotent: an existing one is answered), and opens it when asked. */
  async create(actor: Actor, schoolYear: string, eventKey: string, open = false): Promise<SurveyRound> {
    if (!isOrganiser(actor)) throw forbidden('TLD-mätningar skapas av huvudmannanivån.');
    const proposal = (await this.proposals(schoolYear)).find((p) => p.eventKey === eventKey);
    if (!proposal)
      throw new DomainError(
        'SURVEY_NOT_IN_WHEEL',
        `Årshjulet har ingen enkät "${eventKey}" läsåret ${parseSchoolYear(schoolYear)}. Ladda om sidan.`,
      );
    const { label, respondents, period, opensOn, closesOn } = proposal;
    const round = proposal.round ?? (await this.surveys.createRound(actor, { schoolYear, period, opensOn, closesOn, respondents, label }));
    return open && round.status !== 'open' ? this.surveys.setStatus(actor, round.id, 'open') : round;
  }
}

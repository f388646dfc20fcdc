/** A TLD round and a unit's link as the store keeps them. */
import type { QuestionSet, Respondents } from '../../domain/survey';
import type { ListItem } from '../ports/list-store';
import type { SchoolUnit } from '../store/records';

export const ROUND_STATUSES = ['planned', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export interface SurveyRound {
  id: string;
  schoolYear: string;
  period: 'autumn' | 'spring';
  respondents: Respondents;
  label: string;
  opensOn: string;
  closesOn: string;
  status: RoundStatus;
}

export interface SurveyLink {
  code: string;
  roundId: string;
  unitId: string;
  studentCount: number | null;
}

export interface SurveyForm {
  round: SurveyRound;
  unit: Pick<SchoolUnit, 'name' | 'schoolForm'>;
  set: QuestionSet;
}

export const toRound = (i: ListItem): SurveyRound => ({
  id: i.id,
  schoolYear: String(i.fields.schoolYear),
  period: i.fields.period === 'spring' ? 'spring' : 'autumn',
  respondents: i.fields.respondents === 'guardians' ? 'guardians' : 'children',
  label: String(i.fields.label),
  opensOn: String(i.fields.opensOn).slice(0, 10),
  closesOn: String(i.fields.closesOn).slice(0, 10),
  status: (ROUND_STATUSES as readonly string[]).includes(String(i.fields.status)) ? (i.fields.status as RoundStatus) : 'planned',
});

export const toLink = (i: ListItem): SurveyLink => ({
  code: String(i.fields.code),
  roundId: String(i.fields.roundId),
  unitId: String(i.fields.unitId),
  studentCount: typeof i.fields.studentCount === 'number' ? i.fields.studentCount : null,
});

/** A unit's link in a round has one key: the opening's drain, a link made on demand and a retry all meet on it. */
export const linkKey = (roundId: string, unitId: string) => `link:${roundId}:${unitId}`;

import type { ProcessConfig } from '../process-config';
import type { SurveyConfig } from '../survey';
import type { YearWheel, YearWheelEvent, WheelAudience } from '../year-wheel';

/**
 * A municipality's way of running the quality work, as configuration: the year wheel with the
 * dialogues it invites to, the documents and their sections, the surveys and the plan rules.
 * Choosing a preset changes configuration only: no data is deleted and documents keep their type.
 */
export interface ProcessPreset {
  key: string;
  label: string;
  description: string;
  process: Omit<ProcessConfig, 'municipalityName' | 'boardGoals' | 'goalAreas'>;
  yearWheel: YearWheel;
  survey: SurveyConfig;
}

export const principalsAndOrganiser: WheelAudience[] = ['principal', 'organiser'];

/** A dated point with nothing to answer (a publication, a deadline at the organiser). */
export const milestone = (
  key: string,
  label: string,
  month: number,
  day: number,
  description: string,
  audience: WheelAudience[] = principalsAndOrganiser,
): YearWheelEvent => ({
  key,
  kind: 'milestone',
  label,
  description,
  date: { month, day },
  time: '09:00',
  audience,
});

export const dialogueWindow = (
  key: string,
  dialogueKind: string,
  label: string,
  start: [number, number],
  end: [number, number],
  description: string,
  audience: WheelAudience[] = principalsAndOrganiser,
): YearWheelEvent => ({
  key,
  kind: 'dialogueWindow',
  dialogueKind,
  label,
  description,
  start: { month: start[0], day: start[1] },
  end: { month: end[0], day: end[1] },
  remindDaysBefore: [2],
  audience,
});

/** What the demo year is played through: the use cases, the replay clock, and a step on a date. */
import type { AnnualFollowUpService } from '../documents/annual-follow-up';
import type { Comments } from '../documents/comments';
import type { ConversationReferences } from '../outbox/conversations';
import type { DialogueNotes } from '../dialogues/dialogue-notes';
import type { DialogueService } from '../dialogues/dialogues';
import type { Directory } from '../directory/directory';
import type { OutboxService } from '../outbox/outbox';
import type { PlanService } from '../documents/plans';
import type { PublishingService } from '../organiser/publishing';
import type { Reach } from '../outbox/reach';
import type { ReportService } from '../documents/reports';
import type { ReportBasisService } from '../documents/report-basis';
import type { StatisticsService } from '../organiser/statistics';
import type { SurveyService } from '../survey/surveys';
import type { ReplayClock } from './replay-clock';

export interface DemoYearServices {
  clock: ReplayClock;
  directory: Directory;
  plans: PlanService;
  reports: ReportService;
  /** "Hämta från TLD och nyckeltal": a started report's basis sections filled as a principal does. */
  reportBasis: ReportBasisService;
  comments: Comments;
  annual: AnnualFollowUpService;
  publishing: PublishingService;
  surveys: SurveyService;
  statistics: StatisticsService;
  dialogues: DialogueService;
  dialogueNotes: DialogueNotes;
  conversations: ConversationReferences;
  outbox: OutboxService;
  reach: Reach;
}

/** Runs a step at a Swedish date and time of the replayed year, if that has come; true when it ran. */
export type At = (date: string, step: () => Promise<unknown>, time?: string) => Promise<boolean>;

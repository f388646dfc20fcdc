/** Builds the dialogue meeting's use cases from what the composition root already has. */
import type { Directory } from '../directory/directory';
import type { DialogueService } from '../dialogues/dialogues';
import type { PlanService } from '../documents/plans';
import type { ReportService } from '../documents/reports';
import type { VersionHistory } from '../documents/versions';
import type { OrganiserOverview } from '../organiser/overview';
import type { AppLinks } from '../outbox/messages';
import type { OutboxService } from '../outbox/outbox';
import type { CalendarPort } from '../ports/calendar';
import type { Clock } from '../ports/clock';
import type { ListStore } from '../ports/list-store';
import type { Secrets } from '../ports/secrets';
import type { TeamsMeetingsPort } from '../ports/teams-meetings';
import type { YearWheelService } from '../year/year-wheel-service';
import { MeetingAttendance } from './meeting-attendance';
import { MeetingContexts } from './meeting-context';
import { MeetingPlanLinks } from './meeting-links';
import { MeetingNotes } from './meeting-notes';
import { MeetingQuestions } from './meeting-questions';
import { MeetingSetup, type MeetingSetupLog } from './meeting-setup';
import { MeetingStaff } from './meeting-staff';
import { MeetingViews } from './meeting-view';
import { Meetings } from './meetings';

export interface MeetingDeps {
  store: ListStore;
  directory: Directory;
  wheel: YearWheelService;
  dialogues: DialogueService;
  calendar: CalendarPort;
  teams: TeamsMeetingsPort | undefined;
  outbox: OutboxService;
  plans: PlanService;
  reports: ReportService;
  versions: VersionHistory;
  overview: OrganiserOverview;
  links: AppLinks;
  clock: Clock;
  secrets: Secrets;
  log: MeetingSetupLog;
  /** Where the tab is served (TAB_ENDPOINT), for the meeting tab's contentUrl. */
  tabEndpoint: string;
}

export function composeMeetings(d: MeetingDeps): Meetings {
  const contexts = new MeetingContexts(d.store, d.wheel);
  const setup = new MeetingSetup(d.store, d.dialogues, d.wheel, d.directory, d.calendar, d.teams, d.outbox, d.tabEndpoint, d.log);
  const questions = new MeetingQuestions(d.store, setup, d.secrets);
  return new Meetings({
    contexts,
    setup,
    questions,
    views: new MeetingViews(d.store, d.directory, contexts, d.plans, d.reports, d.versions, d.overview, setup, questions, d.links),
    notes: new MeetingNotes(d.store, d.directory, d.clock, d.plans),
    attendance: new MeetingAttendance(d.store, d.directory, setup, d.teams, d.clock, d.log),
    staff: new MeetingStaff(d.store, d.directory, d.outbox, d.secrets),
    planLinks: new MeetingPlanLinks(d.store),
  });
}

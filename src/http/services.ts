import type { z } from 'zod';
import type { DemoDeliveries } from '../contract/me';
import type { Directory } from '../app/directory/directory';
import type { ReportBasisService } from '../app/documents/report-basis';
import type { PlanService } from '../app/documents/plans';
import type { ReportService } from '../app/documents/reports';
import type { PlanCarryOver } from '../app/documents/plan-carry-over';
import type { SurveyService } from '../app/survey/surveys';
import type { SurveyNotifications } from '../app/survey/survey-notifications';
import type { StatisticsService } from '../app/organiser/statistics';
import type { OrganiserOverview } from '../app/organiser/overview';
import type { AnnualFollowUpService } from '../app/documents/annual-follow-up';
import type { PublishingService } from '../app/organiser/publishing';
import type { PresetService } from '../app/config/presets';
import type { SurveyResults } from '../app/survey/survey-results-service';
import type { SurveySchedule } from '../app/survey/survey-schedule';
import type { VersionHistory } from '../app/documents/versions';
import type { Comments } from '../app/documents/comments';
import type { DocumentNotices } from '../app/documents/document-notices';
import type { Clock } from '../app/ports/clock';
import type { ListStore } from '../app/ports/list-store';
import type { TokenValidator } from '../app/ports/token-validator';
import type { Settings } from '../app/config/settings';
import type { YearWheelService } from '../app/year/year-wheel-service';
import type { DialogueService } from '../app/dialogues/dialogues';
import type { DialogueNotes } from '../app/dialogues/dialogue-notes';
import type { Meetings } from '../app/meetings/meetings';
import type { CheckInService } from '../app/year/check-ins';
import type { OutboxService } from '../app/outbox/outbox';
import type { Scheduler } from '../app/year/scheduler';
import type { Reach } from '../app/outbox/reach';
import type { DevIdentityProvider } from '../adapters/dev-identity/dev-identity-provider';
import type { AppConfig } from '../config';
import type { GraphBudget } from '../adapters/graph/graph-budget';
import type { DirectoryImport } from '../app/directory/directory-import';
import type { IntranetAccess } from '../app/directory/intranet-access';
import type { PageRenderer, PdfRenderer, QrRenderer, WordRenderer } from '../app/ports/renderers';
import type { Request, Response } from 'restify';

/** What the HTTP edge is given by the composition root. */
type DemoDelivery = z.infer<typeof DemoDeliveries>[number];

export interface HttpServices {
  config: AppConfig;
  store: ListStore;
  clock: Clock;
  directory: Directory;
  settings: Settings;
  plans: PlanService;
  reports: ReportService;
  reportBasis: ReportBasisService;
  carryOver: PlanCarryOver;
  surveys: SurveyService;
  surveyResults: SurveyResults;
  surveyNotifications: SurveyNotifications;
  surveySchedule: SurveySchedule;
  statistics: StatisticsService;
  overview: OrganiserOverview;
  annual: AnnualFollowUpService;
  publishing: PublishingService;
  presets: PresetService;
  versions: VersionHistory;
  comments: Comments;
  /** Notices to a document's people when it is returned, commented, finalised or published. */
  documentNotices: DocumentNotices;
  tokens: TokenValidator;
  /** Year wheel, dialogues, check-ins and the bot's outbox. */
  yearWheel: YearWheelService;
  dialogues: DialogueService;
  dialogueNotes: DialogueNotes;
  /** A dialogue group's Teams meeting (issue 16). */
  meetings: Meetings;
  checkIns: CheckInService;
  outbox: OutboxService;
  reach: Reach;
  /** Absent when the app runs without the year wheel's tick. */
  scheduler?: Scheduler;
  /** Present only with SKA_AUTH=dev, never in production. */
  devIdentity?: DevIdentityProvider;
  /** The demo people's in-process connector: what the bot "sent" them (bot/demo-connector.ts). */
  demoDeliveries?: { readonly delivered: readonly DemoDelivery[] };
  /** The bot's HTTP entry (botbuilder CloudAdapter behind it). */
  bot: { handle(req: Request, res: Response): Promise<void> };
  log: Logger;
  /** SharePoint resource units spent by this process (GET /api/admin/health). */
  graphBudget?: GraphBudget;
  /** Units from Skolenhetsregistret, people from Entra ID: preview, then apply. */
  directoryImport: DirectoryImport;
  /** Who reads the local /intranet pages: signed in, unless the admin makes them public. */
  intranetAccess: IntranetAccess;
  /** Word, PDF, HTML and QR, picked in compose.ts (src/app/ports/renderers.ts). */
  wordRenderer: WordRenderer;
  pdfRenderer: PdfRenderer;
  pageRenderer: PageRenderer;
  qrRenderer: QrRenderer;
}

export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  /** Something went wrong that the app handles (an unreachable connector it retries); info when absent. */
  warn?(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

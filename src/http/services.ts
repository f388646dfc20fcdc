import type { Directory } from '../app/directory';
import type { PlanService } from '../app/plans';
import type { ReportService } from '../app/reports';
import type { PlanCarryOver } from '../app/plan-carry-over';
import type { SurveyService } from '../app/surveys';
import type { SurveyResults } from '../app/survey-results-service';
import type { VersionHistory } from '../app/versions';
import type { Comments } from '../app/comments';
import type { Clock } from '../app/ports/clock';
import type { ListStore } from '../app/ports/list-store';
import type { TokenValidator } from '../app/ports/token-validator';
import type { Settings } from '../app/settings';
import type { DevIdentityProvider } from '../adapters/dev-identity/dev-identity-provider';
import type { AppConfig } from '../config';
import type { Request, Response } from 'restify';

/** What the HTTP edge is given by the composition root. */
export interface HttpServices {
  config: AppConfig;
  store: ListStore;
  clock: Clock;
  directory: Directory;
  settings: Settings;
  plans: PlanService;
  reports: ReportService;
  carryOver: PlanCarryOver;
  surveys: SurveyService;
  surveyResults: SurveyResults;
  versions: VersionHistory;
  comments: Comments;
  tokens: TokenValidator;
  /** Present only with SKA_AUTH=dev, never in production. */
  devIdentity?: DevIdentityProvider;
  /** The bot's HTTP entry (botbuilder CloudAdapter behind it). */
  bot: { handle(req: Request, res: Response): Promise<void> };
  log: Logger;
}

export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

/**
 * The composition root's document and survey services (compose.ts): directory, settings, plans,
 * reports, surveys and their results, statistics, the overview, the annual follow-up and publishing.
 */
import { join } from 'node:path';
import { KoladaHttpSource } from './adapters/kolada/kolada-http-source';
import { NodeSecrets, readOrCreateKey } from './adapters/system/node-secrets';
import { SpreadsheetReader } from './adapters/tables/spreadsheet-reader';
import { Settings } from './app/config/settings';
import { Directory } from './app/directory/directory';
import { AnnualFollowUpService } from './app/documents/annual-follow-up';
import { Comments } from './app/documents/comments';
import { PlanCarryOver } from './app/documents/plan-carry-over';
import { PlanService } from './app/documents/plans';
import { ReportBasisService } from './app/documents/report-basis';
import { ReportService } from './app/documents/reports';
import { VersionHistory } from './app/documents/versions';
import { AnnualAggregates } from './app/organiser/annual-aggregates';
import { OrganiserOverview } from './app/organiser/overview';
import { PublishingService } from './app/organiser/publishing';
import { StatisticsService } from './app/organiser/statistics';
import type { Clock } from './app/ports/clock';
import type { ListStore } from './app/ports/list-store';
import { SurveyResults } from './app/survey/survey-results-service';
import { SurveyAnswerWriter } from './app/survey/survey-writer';
import { SurveyService } from './app/survey/surveys';
import { openPublisher } from './compose-adapters';
import type { AppConfig } from './config';

export function composeDocuments(
  config: AppConfig,
  store: ListStore,
  clock: Clock,
  surveyPacking?: ConstructorParameters<typeof SurveyAnswerWriter>[1],
) {
  const directory = new Directory(store);
  const settings = new Settings(store);
  const versions = new VersionHistory(store, clock);
  const comments = new Comments(store, clock);
  const plans = new PlanService(store, directory, settings, clock, versions, comments);
  const reports = new ReportService(store, directory, settings, versions, comments);
  const carryOver = new PlanCarryOver(plans, reports, directory, settings);
  const surveyWriter = new SurveyAnswerWriter(store, {
    ...(config.surveyPackHoldMs === undefined ? {} : { maxHoldMs: config.surveyPackHoldMs }),
    ...surveyPacking,
  });
  const secrets = new NodeSecrets(readOrCreateKey(join(config.dataDir, 'survey-key')));
  const surveys = new SurveyService(store, directory, clock, secrets, surveyWriter, config.publicUrl);
  const surveyResults = new SurveyResults(store, directory, surveys, clock);
  const statistics = new StatisticsService(
    store,
    directory,
    new SpreadsheetReader(),
    config.kolada.fetch ? new KoladaHttpSource() : undefined,
    config.kolada.municipalityId,
  );
  const reportBasis = new ReportBasisService(reports, surveys, surveyResults, statistics, clock);
  const overview = new OrganiserOverview(store, directory, settings, surveys, surveyResults, statistics, clock);
  const annual = new AnnualFollowUpService(
    store,
    new AnnualAggregates(store, directory, surveys, surveyResults, statistics, settings),
    versions,
    comments,
    settings,
  );
  const publishing = new PublishingService(store, openPublisher(config, store), plans, reports, annual, settings, clock, config.publicUrl);
  return {
    directory,
    settings,
    versions,
    comments,
    plans,
    reports,
    carryOver,
    surveyWriter,
    secrets,
    surveys,
    surveyResults,
    statistics,
    reportBasis,
    overview,
    annual,
    publishing,
  };
}

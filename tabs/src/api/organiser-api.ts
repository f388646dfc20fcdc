import {
  documentExtras,
  enc,
  schoolYearInUrl as inUrl,
  sectionWrites,
  type DownloadedFile,
  type Http,
  type Method,
  type SendInit,
} from './http';
import type { DocumentKind } from './types';
import type { RoundProposal } from '../../../src/contract/survey-schedule';
import type {
  AnnualDocument,
  AnswersOverview,
  DialogueAnswer,
  DialogueInvitationView,
  DialogueKind,
  DialogueNote,
  DialogueProposal,
  DialogueRound,
  DueForMe,
  ImportMapping,
  ImportPreview,
  ImportResult,
  InvitationSummary,
  OutboxOverview,
  Overview,
  PublishedPage,
  PublishResult,
  ResolvedEvent,
  RoundInput,
  RoundResults,
  RoundStatus,
  StoredYearWheel,
  SurveyConfigSummary,
  SurveyLink,
  SurveyRound,
  UnitKeyFigure,
  UnitSurveyResults,
  YearWheel,
} from './organiser-types';

/** A file the server sent: for saving, or for showing (a QR code) as an object URL. */
export type ServerFile = DownloadedFile;

/**
 * The organiser's views and the shared ones beside the unit documents: overview, statistics, the
 * annual follow-up, publishing, TLD, the year wheel and dialogues. An area of the one API client:
 * built on its Http (useOrganiserApi), loaded with the screens that use it.
 */
export class OrganiserApi {
  constructor(private readonly http: Http) {}

  private request<T>(method: Method, path: string, init: SendInit = {}): Promise<T> {
    return this.http.request<T>(method, path, init);
  }

  private file(path: string, accept: string, fallbackName: string): Promise<ServerFile> {
    return this.http.file(path, accept, fallbackName);
  }

  // Översikt and statistics

  overview = (schoolYear: string) => this.request<Overview>('GET', `/api/overview/${enc(inUrl(schoolYear))}`);
  keyFigures = (unitId: string) => this.request<UnitKeyFigure[]>('GET', `/api/units/${enc(unitId)}/key-figures`);
  importPreview = (fileName: string, contentBase64: string) =>
    this.request<ImportPreview>('POST', '/api/statistics/import/preview', { body: { fileName, contentBase64 } });
  importTable = (fileName: string, contentBase64: string, mapping: ImportMapping) =>
    this.request<ImportResult>('POST', '/api/statistics/import', { body: { fileName, contentBase64, mapping } });
  importKolada = (contentBase64: string) =>
    this.request<ImportResult>('POST', '/api/statistics/kolada/import', { body: { contentBase64 } });

  // Huvudmannens verksamhetsuppföljning

  private annualPath = (schoolYear: string) => `/api/organiser/annual-follow-up/${enc(inUrl(schoolYear))}`;

  /** The annual follow-up, or null when it is not started (404 REPORT_NOT_STARTED). */
  annual = (schoolYear: string) => this.http.orNull(this.request<AnnualDocument>('GET', this.annualPath(schoolYear)), 'REPORT_NOT_STARTED');
  startAnnual = (schoolYear: string) => this.request<AnnualDocument>('POST', this.annualPath(schoolYear));

  annualWrites = (schoolYear: string) => sectionWrites<AnnualDocument>(this.http, this.annualPath(schoolYear));

  /** Comments, versions, changes and Word export of the annual follow-up (same API as the unit documents). */
  annualExtras = (schoolYear: string) => documentExtras(this.http, this.annualPath(schoolYear), 'verksamhetsuppfoljning.docx');

  // Publishing and the intranet

  publishAnnual = (schoolYear: string) => this.request<PublishResult>('POST', `${this.annualPath(schoolYear)}/publish`);
  publishUnitDocument = (kind: DocumentKind, unitId: string, schoolYear: string) =>
    this.request<PublishResult>(
      'POST',
      `/api/units/${enc(unitId)}/${kind === 'plan' ? 'plans' : 'reports'}/${enc(inUrl(schoolYear))}/publish`,
    );
  intranetPages = () => this.request<PublishedPage[]>('GET', '/api/intranet/pages');

  // TLD

  surveyRounds = (schoolYear?: string) =>
    this.request<SurveyRound[]>('GET', `/api/survey/rounds${schoolYear ? `?schoolYear=${enc(inUrl(schoolYear))}` : ''}`);
  createSurveyRound = (input: { schoolYear: string; period: 'autumn' | 'spring'; opensOn: string; closesOn: string }) =>
    this.request<SurveyRound>('POST', '/api/survey/rounds', { body: { ...input, schoolYear: inUrl(input.schoolYear) } });
  surveySchedule = (schoolYear: string) =>
    this.request<RoundProposal[]>('GET', `/api/survey/schedule?schoolYear=${enc(inUrl(schoolYear))}`);
  createScheduledRound = (schoolYear: string, eventKey: string, open: boolean) =>
    this.request<SurveyRound>('POST', `/api/survey/schedule/${enc(eventKey)}`, { body: { schoolYear: inUrl(schoolYear), open } });
  setSurveyRoundStatus = (roundId: string, status: RoundStatus) =>
    this.request<SurveyRound>('POST', `/api/survey/rounds/${enc(roundId)}/status`, { body: { status } });
  surveyConfig = () => this.request<SurveyConfigSummary>('GET', '/api/survey/config');

  private surveyUnitPath = (unitId: string, roundId: string) => `/api/units/${enc(unitId)}/survey/rounds/${enc(roundId)}`;
  surveyLink = (unitId: string, roundId: string) => this.request<SurveyLink>('GET', `${this.surveyUnitPath(unitId, roundId)}/link`);
  setStudentCount = (unitId: string, roundId: string, count: number) =>
    this.request<Omit<SurveyLink, 'url'>>('PUT', `${this.surveyUnitPath(unitId, roundId)}/students`, { body: { count } });
  /** The QR code or the printable poster: fetched with the person's token, shown or saved from a blob. */
  surveyQr = (unitId: string, roundId: string, kind: 'png' | 'svg' | 'html') =>
    this.file(
      `${this.surveyUnitPath(unitId, roundId)}/qr.${kind}`,
      kind === 'png' ? 'image/png' : kind === 'svg' ? 'image/svg+xml' : 'text/html',
      kind === 'html' ? 'tld-affisch.html' : `tld-qr.${kind}`,
    );
  unitSurveyResults = (unitId: string) => this.request<UnitSurveyResults>('GET', `/api/units/${enc(unitId)}/survey/results`);
  roundResults = (roundId: string) => this.request<RoundResults>('GET', `/api/survey/rounds/${enc(roundId)}/results`);
  roundResultsCsv = (roundId: string) => this.file(`/api/survey/rounds/${enc(roundId)}/results.csv`, 'text/csv', 'tld-resultat.csv');

  // Årshjul

  yearWheel = () => this.request<StoredYearWheel>('GET', '/api/year-wheel');
  /** The whole wheel goes back (its dialogue types too), with the ETag it was read with. */
  saveYearWheel = (wheel: YearWheel, etag: string | undefined) =>
    this.request<StoredYearWheel>('PUT', '/api/year-wheel', { body: wheel, ifMatch: etag });
  wheelEvents = (schoolYear: string) =>
    this.request<{ schoolYear: string; events: ResolvedEvent[] }>('GET', `/api/year-wheel/${enc(inUrl(schoolYear))}/events`);
  dueForMe = (schoolYear: string) => this.request<DueForMe>('GET', `/api/year-wheel/${enc(inUrl(schoolYear))}/due-for-me`);

  // Dialoger

  dialogueProposal = (schoolYear: string, kind: DialogueKind) =>
    this.request<DialogueProposal>('GET', `/api/dialogues/proposal/${enc(inUrl(schoolYear))}?kind=${kind}`);
  dialogues = (schoolYear: string) => this.request<DialogueRound[]>('GET', `/api/dialogues?schoolYear=${enc(inUrl(schoolYear))}`);
  createDialogue = (input: RoundInput) =>
    this.request<DialogueRound>('POST', '/api/dialogues', { body: { ...input, schoolYear: inUrl(input.schoolYear) } });
  sendInvitations = (roundId: string) => this.request<InvitationSummary>('POST', `/api/dialogues/${enc(roundId)}/invitations`);
  dialogueAnswers = (roundId: string) => this.request<AnswersOverview>('GET', `/api/dialogues/${enc(roundId)}/answers`);
  myInvitations = () => this.request<DialogueInvitationView[]>('GET', '/api/my/dialogue-invitations');
  answerInvitation = (invitationId: string, answer: Exclude<DialogueAnswer, 'pending'>, note?: string) =>
    this.request<DialogueInvitationView>('POST', `/api/dialogue-invitations/${enc(invitationId)}/answer`, {
      body: { answer, ...(note ? { note } : {}) },
    });
  dialogueNotes = (unitId: string, schoolYear: string) =>
    this.request<DialogueNote[]>('GET', `/api/units/${enc(unitId)}/dialogue-notes/${enc(inUrl(schoolYear))}`);
  addDialogueNote = (unitId: string, schoolYear: string, input: { kind: DialogueKind; body: string; roundId?: string }) =>
    this.request<DialogueNote>('POST', `/api/units/${enc(unitId)}/dialogue-notes/${enc(inUrl(schoolYear))}`, { body: input });
  outbox = (source?: string) => this.request<OutboxOverview>('GET', `/api/outbox${source ? `?source=${enc(source)}` : ''}`);
}

export type AnnualWrites = ReturnType<OrganiserApi['annualWrites']>;
export type AnnualExtras = ReturnType<OrganiserApi['annualExtras']>;

/** A file picked by the person, as the base64 the import endpoints take. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

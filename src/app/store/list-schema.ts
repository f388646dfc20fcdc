/**
 * One list schema, as code. It drives the SQLite tables and the SharePoint lists
 * (columns and indexes) alike. Every column the app filters on is indexed:
 * SharePoint refuses unindexed filters on lists past 5,000 items.
 */
import { audited, dateTime, documentHeader, note, number, text, type ListDefinition } from './list-columns';
import { YEAR_LISTS } from './list-schema-year';

export const LIST_SCHEMA = {
  settings: { title: 'SKA Inställningar', columns: audited({ name: text(true), value: note() }) },
  units: {
    title: 'SKA Enheter',
    columns: audited({
      name: text(),
      schoolForm: text(true),
      schoolUnitCode: text(),
      koladaId: text(),
      status: text(), // 'closed' when Skolenhetsregistret says UPPHORT; empty = open
      schoolForms: note(), // JSON array of every school form the register gives the unit
      schoolFormsByHand: text(), // 'admin' once the admin set the forms by hand: the directory import keeps them; empty = from the register
    }),
  },
  people: {
    title: 'SKA Personer',
    columns: audited({
      displayName: text(),
      email: text(true),
      aadObjectId: text(true),
      appRoles: text(), // JSON array of app roles; in production they come from the token
      directoryStatus: text(), // 'active' from the directory import, 'left' no longer in its groups; empty = by hand
    }),
  },
  memberships: {
    title: 'SKA Enhetsroller',
    columns: audited({ unitId: text(true), personId: text(true), role: text() }),
  },
  plans: {
    title: 'SKA Åtagandeplaner',
    columns: audited({ planKey: text(true), unitId: text(true), schoolYear: text(true), status: text(), ...documentHeader() }),
  },
  planGoalAreas: {
    title: 'SKA Prioriterade målområden',
    columns: audited({
      planKey: text(true),
      schoolYear: text(true),
      key: text(),
      label: text(),
      required: { type: 'boolean' },
      position: number(),
      rev: text(),
    }),
  },
  commitments: {
    title: 'SKA Åtaganden',
    columns: audited({
      planKey: text(true),
      schoolYear: text(true),
      goalAreaId: text(),
      title: text(),
      description: note(),
      intendedEffects: note(),
      boardGoalIds: note(), // JSON array of board goal ids
      successFactors: note(), // JSON array of success factor codes
      position: number(),
      rev: text(),
    }),
  },
  activities: {
    title: 'SKA Aktiviteter',
    columns: audited({
      planKey: text(true),
      commitmentId: text(),
      title: text(),
      expectedResult: note(),
      outcome: note(),
      position: number(),
      rev: text(),
    }),
  },
  followUps: {
    title: 'SKA Uppföljningar',
    columns: audited({
      planKey: text(true),
      schoolYear: text(true),
      commitmentId: text(),
      date: dateTime(),
      status: text(),
      note: note(),
      authorId: text(),
      authorName: text(),
      rev: text(),
    }),
  },
  reports: {
    title: 'SKA Läsårsrapporter',
    columns: audited({ docKey: text(true), unitId: text(true), schoolYear: text(true), type: text(), status: text(), ...documentHeader() }),
  },
  keyFigures: {
    title: 'SKA Nyckeltal',
    columns: audited({ unitId: text(true), kpiId: text(true), year: number(), value: number(), source: text() }),
  },
  kpiComparisons: {
    title: 'SKA Nyckeltal jämförelse',
    columns: audited({ kpiId: text(true), year: number(), scope: text(), value: number() }),
  },
  publishedPages: {
    title: 'SKA Publicerade sidor',
    columns: audited({
      slug: text(true),
      kind: text(),
      title: text(),
      schoolYear: text(),
      content: note(),
      publishedAt: dateTime(),
      sourceKey: text(true),
    }),
  },
  reportSections: {
    title: 'SKA Rapportavsnitt',
    columns: audited({ docKey: text(true), schoolYear: text(true), sectionKey: text(), refId: text(), value: note(), rev: text() }),
  },
  comments: {
    title: 'SKA Kommentarer',
    columns: audited({
      docKey: text(true),
      anchor: text(),
      parentId: text(),
      authorId: text(),
      authorName: text(),
      authorRole: text(),
      body: note(),
      createdAt: dateTime(),
      resolved: { type: 'boolean' },
    }),
  },
  documentVersions: {
    title: 'SKA Dokumentversioner',
    columns: audited({ docKey: text(true), savedAt: dateTime(), authorId: text(), authorName: text(), status: text(), label: text() }),
  },
  versionSnapshots: {
    title: 'SKA Versionsinnehåll',
    columns: audited({ versionId: text(true), content: note() }),
  },
  surveyRounds: {
    title: 'SKA TLD-mätningar',
    columns: audited({
      schoolYear: text(true),
      period: text(),
      respondents: text(),
      label: text(),
      opensOn: dateTime(),
      closesOn: dateTime(),
      status: text(true),
    }),
  },
  surveyLinks: {
    title: 'SKA Enkätlänkar',
    columns: audited({ code: text(true), roundId: text(true), unitId: text(true), studentCount: number() }),
  },
  // No identity of any kind: not a name, an account, an address or a device. Only where the answer belongs.
  surveyAnswers: {
    title: 'SKA Enkätsvar',
    columns: { roundId: text(true), unitId: text(true), schoolForm: text(), gradeBand: text(), answers: note(), submittedOn: dateTime() },
  },
  // Answers in shuffled packs, dated to the day (src/domain/survey-packs.ts); surveyAnswers is the unpacked form, migrated.
  // hashes: the pack's devices, shuffled apart from the answers, as keyed hashes under the round's key (deleted at close).
  surveyAnswerPacks: {
    title: 'SKA Enkätsvar i paket',
    columns: {
      roundId: text(true),
      day: text(),
      // `${roundId}|${day}`: the devices' check reads only the packs of the days since it last read (survey-devices.ts).
      roundDay: text(true),
      count: number(),
      entries: note(),
      hashes: note(),
      migratedFrom: text(),
    },
  },
  surveyRoundKeys: { title: 'SKA Enkätnycklar', columns: { roundId: text(true), secret: text() } },
  // Per unit, up to which pack answers are released to results (they move in steps of the threshold).
  surveyReleases: { title: 'SKA Enkätresultat släppta', columns: { roundId: text(true), watermarks: note() } },
  conversationReferences: {
    title: 'SKA Botkonversationer',
    columns: audited({ userKey: text(true), personId: text(true), reference: note(), updatedAt: dateTime() }),
  },
  // Year wheel, dialogues, check-ins and the outbox (the bot's proactive messages).
  ...YEAR_LISTS,
} satisfies Record<string, ListDefinition>;

export type ListName = keyof typeof LIST_SCHEMA;
export type ListSchema = Record<string, ListDefinition>;
export const LIST_NAMES = Object.keys(LIST_SCHEMA) as ListName[];

/** One thing that needs the signed-in person now (GET /api/me/waiting), most urgent kinds first. */
export const WAITING_KINDS = [
  'returned',
  'unansweredComment',
  'invitation',
  'deadline',
  'tldFewAnswers',
  'readyForReview',
  'commentAnswered',
  'roundToSend',
  'noPlan',
  'published',
] as const;
export type WaitingKind = (typeof WAITING_KINDS)[number];

export interface WaitingItem {
  kind: WaitingKind;
  title: string;
  detail: string;
  unitId: string | null;
  unitName: string | null;
  dueDate: string | null;
  /** What the tab opens: a unit's document, or one of its views. */
  target: { view: 'document'; unitId: string; schoolYear: string; doc: 'plan' | 'report' } | { view: 'dialogues' | 'intranet' | 'survey' };
}

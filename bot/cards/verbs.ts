/** Card action verbs: the one list the cards and the handlers share. */
export const CARD_VERBS = {
  accept: 'dialogue.accept',
  decline: 'dialogue.decline',
  otherTime: 'dialogue.otherTime',
  change: 'dialogue.change',
  refresh: 'dialogue.refresh',
  checkIn: 'checkIn.submit',
} as const;

export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];
export const ALL_VERBS = Object.values(CARD_VERBS) as CardVerb[];

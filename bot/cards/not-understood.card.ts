import template from './not-understood.card.json';
import { expandCard } from './card-template';

export interface NotUnderstoodCardData {
  said: string;
  tabDeepLink: string;
}

/** What the bot answers to: each a button that sends the command (Teams' imBack, as Action.Submit's msteams data). */
export const SUGGESTIONS = [
  { command: 'mina dokument', title: 'Mina dokument', what: 'Dina enheters dokument och deras status' },
  { command: 'nästa steg', title: 'Nästa steg', what: 'Det som väntar på dig, från årshjulet och dina dokument' },
  { command: 'hjälp', title: 'Hjälp', what: 'Vad jag kan hjälpa dig med' },
];

/** Free text the bot does not understand: what it can do, one click away. */
export function buildNotUnderstoodCard(data: NotUnderstoodCardData) {
  const said = data.said.length > 80 ? `${data.said.slice(0, 79)}…` : data.said;
  return expandCard(template, { ...data, said, suggestions: SUGGESTIONS });
}

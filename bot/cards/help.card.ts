import template from './help.card.json';
import { expandCard } from './card-template';

export interface HelpCardData {
  firstName: string;
  municipalityName: string;
  abilities: { title: string; value: string }[];
  /** Deep link to the personal tab inside Teams. */
  tabDeepLink: string;
  /** The same tab outside Teams. */
  webUrl: string;
}

export const HELP_ABILITIES: HelpCardData['abilities'] = [
  { title: 'Åtagandeplan', value: 'Planera läsårets prioriterade målområden, åtaganden och aktiviteter.' },
  { title: 'Uppföljning', value: 'Påminnelser och snabba avstämningar av era åtaganden under året.' },
  { title: 'Dialoger', value: 'Inbjudningar till förutsättnings-, process- och resultatdialog.' },
  { title: 'TLD-mätning', value: 'Länkar och QR-koder till enkäten om trygghet, lärande och delaktighet.' },
];

export function buildHelpCard(data: HelpCardData) {
  return expandCard(template, data);
}

import { DEFAULT_DIALOGUE_TYPES } from '../dialogue';
import { DEFAULT_PROCESS_CONFIG } from './guideline-2024';
import { DEFAULT_SURVEY_CONFIG } from '../survey';
import { DEFAULT_YEAR_WHEEL } from '../year-wheel';
import type { ProcessPreset } from './preset';

/** The default: Åtagandeplan and Läsårsrapport, three dialogues, TLD in October and April. */
export const PRESET_2024: ProcessPreset = {
  key: '2024',
  label: '2024 års modell: åtagandeplan och läsårsrapport',
  description: 'Förutsättnings-, process- och resultatdialog; TLD-mätning i oktober och april; nämndens möten i februari och oktober.',
  process: {
    planRules: DEFAULT_PROCESS_CONFIG.planRules,
    statusRules: DEFAULT_PROCESS_CONFIG.statusRules,
    reportDefinition: DEFAULT_PROCESS_CONFIG.reportDefinition,
    annualDefinition: DEFAULT_PROCESS_CONFIG.annualDefinition,
    planLabel: 'Åtagandeplan',
  },
  yearWheel: { ...DEFAULT_YEAR_WHEEL, dialogueTypes: DEFAULT_DIALOGUE_TYPES },
  survey: DEFAULT_SURVEY_CONFIG,
};

import { PRESET_2011 } from './preset-2011';
import { PRESET_2018 } from './preset-2018';
import { PRESET_2020 } from './preset-2020';
import { PRESET_2024 } from './preset-2024';
import type { ProcessPreset } from './preset';

export type { ProcessPreset } from './preset';

/** The processes the product ships as configuration; 2024 is the default. */
export const PRESETS: ProcessPreset[] = [PRESET_2024, PRESET_2020, PRESET_2018, PRESET_2011];

/** Every document definition the presets know, so a document keeps its type after a switch. */
export const KNOWN_DEFINITIONS = PRESETS.flatMap((p) => [p.process.reportDefinition, p.process.annualDefinition]);

import type { StatusRules } from './document-lifecycle';
import type { ReportDefinition } from './report-definition';
import type { Curriculum } from './school-forms';

export interface GoalAreaDefinition {
  key: string;
  label: string;
}

export interface PlanRules {
  /** Goal areas that every plan of that curriculum must prioritise ("Kunskaper är alltid prioriterat"). */
  requiredGoalAreas: Record<Curriculum, string[]>;
  /** At most this many prioritised goal areas in all, required ones included. */
  maxGoalAreas: number;
}

/** The board's own goals (nämndens mål) that units' commitments can serve. */
export interface BoardGoal {
  id: string;
  title: string;
  /** Retired by the admin: stays on the commitments that carry it, cannot be picked anew. */
  retired?: boolean;
}

/** The organiser's process configuration. Stored as data; these are the 2024 guideline's defaults. */
export interface ProcessConfig {
  municipalityName: string;
  goalAreas: Record<Curriculum, GoalAreaDefinition[]>;
  planRules: PlanRules;
  statusRules: StatusRules;
  boardGoals: BoardGoal[];
  /** The unit's yearly document (Läsårsrapport in 2024; verksamhetsuppföljning, kvalitetsuppföljning elsewhere). */
  reportDefinition: ReportDefinition;
  /** The organiser's yearly document, built from the units. */
  annualDefinition: ReportDefinition;
  /** What the unit's plan is called (Åtagandeplan, Verksamhetsplan, Verksamhetsuppdrag). */
  planLabel: string;
}

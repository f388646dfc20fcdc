/** Where key figures come from in production: Kolada's open API (v2), answered in Kolada's own JSON. */
export interface KeyFigureSource {
  /** Figures per organisational unit (school unit): /v2/oudata/kpi/{kpis}/ou/{ous}/year/{years}. */
  unitFigures(kpis: string[], koladaUnitIds: string[], years: number[]): Promise<unknown>;
  /** Figures per municipality (0000 = the whole country): /v2/data/kpi/{kpis}/municipality/{ids}/year/{years}. */
  municipalityFigures(kpis: string[], municipalityIds: string[], years: number[]): Promise<unknown>;
}

/** Which document: the kind, the unit and the school year. Its key indexes versions and comments. */
export interface DocumentRef {
  kind: 'plan' | 'report' | 'annual';
  unitId: string;
  schoolYear: string;
}

export const docKeyOf = (ref: DocumentRef) => `${ref.kind}|${ref.unitId}|${ref.schoolYear}`;

/** Skolverket's seven success factors for effective school development: a lens, tagged on commitments. */
export const SUCCESS_FACTORS = {
  trust: 'Förtroendefullt klimat',
  health: 'Hälsofrämjande skolmiljö',
  compensatory: 'Kompensatoriska insatser',
  leadership: 'Kompetent ledarskap',
  professionalDevelopment: 'Professionell utveckling',
  qualityWork: 'Systematiskt kvalitetsarbete med undervisningen i fokus',
  roles: 'Tydlig roll- och ansvarsfördelning',
} as const;

export type SuccessFactor = keyof typeof SUCCESS_FACTORS;
export const SUCCESS_FACTOR_CODES = Object.keys(SUCCESS_FACTORS) as [SuccessFactor, ...SuccessFactor[]];

/** The factors as code and label, in this order: what the API's answers carry for the tab (plan and meeting). */
export const SUCCESS_FACTOR_CATALOGUE = SUCCESS_FACTOR_CODES.map((key) => ({ key, label: SUCCESS_FACTORS[key] }));

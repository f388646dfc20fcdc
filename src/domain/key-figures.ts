import type { SchoolForm } from './school-forms';

/** A key figure (nyckeltal) the organiser follows, as Kolada names it. */
export interface KpiDefinition {
  id: string;
  label: string;
  unit: '%' | 'poäng' | 'antal';
  higherIsBetter: boolean;
  schoolForms: SchoolForm[];
}

const compulsory: SchoolForm[] = ['compulsoryF3', 'compulsoryF6', 'compulsory46', 'compulsory79', 'adaptedCompulsory'];

/** The figures Swedish school authorities commonly follow (labels are our own wording). */
export const KPI_CATALOGUE: KpiDefinition[] = [
  {
    id: 'N15419',
    label: 'Elever i åk 9 som uppnått kunskapskraven i alla ämnen (%)',
    unit: '%',
    higherIsBetter: true,
    schoolForms: ['compulsory79'],
  },
  { id: 'N15421', label: 'Genomsnittligt meritvärde åk 9', unit: 'poäng', higherIsBetter: true, schoolForms: ['compulsory79'] },
  { id: 'N15438', label: 'Elever per lärare (heltidstjänst)', unit: 'antal', higherIsBetter: false, schoolForms: compulsory },
  {
    id: 'N15447',
    label: 'Lärare med lärarlegitimation och behörighet (%)',
    unit: '%',
    higherIsBetter: true,
    schoolForms: [...compulsory, 'upperSecondary'],
  },
  {
    id: 'N15613',
    label: 'Elever i åk 5 som känner sig trygga i skolan (%)',
    unit: '%',
    higherIsBetter: true,
    schoolForms: ['compulsoryF6', 'compulsory46'],
  },
  { id: 'N11102', label: 'Barn per årsarbetare i förskolan', unit: 'antal', higherIsBetter: false, schoolForms: ['preschool'] },
  { id: 'N17461', label: 'Gymnasieelever med examen inom 4 år (%)', unit: '%', higherIsBetter: true, schoolForms: ['upperSecondary'] },
];

export const kpiById = (id: string) => KPI_CATALOGUE.find((k) => k.id === id);

export interface KeyFigure {
  unitId: string;
  kpiId: string;
  year: number;
  value: number;
  source: 'kolada' | 'import';
}

/** The last three years of a figure, oldest first, and its direction: for the trend arrows. */
export function trend(values: { year: number; value: number }[], higherIsBetter: boolean) {
  const last = [...values].sort((a, b) => a.year - b.year).slice(-3);
  if (last.length < 2) return { values: last, direction: 'none' as const };
  const delta = last.at(-1)!.value - last.at(-2)!.value;
  const direction = Math.abs(delta) < 1e-9 ? ('flat' as const) : delta > 0 === higherIsBetter ? ('better' as const) : ('worse' as const);
  return { values: last, direction };
}

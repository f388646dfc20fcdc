import { useMemo } from 'react';
import type { DocumentTarget } from '../../shared/document/document-target';
import type { StatusTexts } from '../../shared/document/StatusActions/status-texts';
import { useOrganiserApi } from '../../shared/hooks/use-organiser-api';
import { TRANSITION_LABELS } from '../../lib/labels';

/** The annual follow-up's words: "klar" (no dialogue) waits for the analysis, and so does finalising. */
export const ANNUAL_STATUS_TEXTS: StatusTexts = {
  labels: { ...TRANSITION_LABELS, ready: 'Markera klar', reopen: 'Öppna igen med kommentar' },
  blockedByMissing: ['ready', 'finalise'],
  missingTitle: 'Innan verksamhetsuppföljningen kan markeras klar behöver du fylla i:',
  finaliseMissingTitle: 'Innan verksamhetsuppföljningen kan fastställas saknas:',
  incompleteTitle: 'Verksamhetsuppföljningen kan inte markeras klar',
  finalise: {
    title: 'Fastställ verksamhetsuppföljningen?',
    text: 'När verksamhetsuppföljningen är fastställd kan den inte längre ändras. Därefter kan den publiceras på intranätet för nämnden.',
  },
  reopen: {
    title: 'Öppna verksamhetsuppföljningen igen',
    text: 'Den går tillbaka till utkast. Skriv varför – kommentaren sparas i dokumentet.',
    confirmLabel: 'Öppna igen',
    commentLabel: 'Kommentar',
  },
};

/** The annual follow-up of a school year, for the shared document parts. */
export function useAnnualTarget(schoolYear: string): DocumentTarget {
  const api = useOrganiserApi();
  return useMemo(
    () => ({
      extras: api.annualExtras(schoolYear),
      title: `verksamhetsuppföljning ${schoolYear}`,
      lastMilestone: 'Senaste markeringen',
      sectionNoun: 'avsnitt',
      statusTexts: ANNUAL_STATUS_TEXTS,
    }),
    [api, schoolYear],
  );
}

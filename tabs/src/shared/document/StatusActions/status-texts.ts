import type { DocumentKind, Transition } from '../../../api/types';
import { TRANSITION_LABELS, type DocumentName } from '../../../lib/labels';

/** What the status buttons and their dialogs say for one kind of document. */
export interface StatusTexts {
  labels: Record<Transition, string>;
  /** The status changes that wait until no required section is empty. */
  blockedByMissing: Transition[];
  /** Above the list of empty sections. */
  missingTitle: string;
  /** Above the list of what finalising waits for. */
  finaliseMissingTitle: string;
  /** When the server refuses "klar" for empty sections. */
  incompleteTitle: string;
  finalise: { title: string; text: string };
  reopen: { title: string; text: string; confirmLabel: string; commentLabel: string };
}

/** The unit documents' words: "klar för dialog", and returning to the principal with a comment. */
export function documentStatusTexts(kind: DocumentKind, noun: DocumentName): StatusTexts {
  return {
    labels: TRANSITION_LABELS,
    blockedByMissing: ['ready'],
    missingTitle: `Innan ${noun.the} kan markeras klar för dialog behöver du fylla i:`,
    finaliseMissingTitle: `Innan ${noun.the} kan fastställas saknas:`,
    incompleteTitle: `${noun.The} kan inte markeras klar för dialog`,
    finalise: {
      title: `Fastställ ${noun.the}?`,
      text:
        kind === 'plan'
          ? 'När planen är fastställd kan målområden, åtaganden och aktiviteter inte längre ändras. Uppföljningar och aktiviteternas resultat kan fortfarande skrivas.'
          : `När ${noun.the} är fastställd kan den inte längre ändras.`,
    },
    reopen: {
      title: `Återsänd ${noun.the}`,
      text: `${noun.The} går tillbaka till utkast så att rektor kan arbeta vidare. Skriv vad som behöver göras – kommentaren visas i dokumentet.`,
      confirmLabel: 'Återsänd',
      commentLabel: 'Kommentar till rektor',
    },
  };
}

import type { NextStep } from '../../src/app/documents/my-work';
import template from './next-steps.card.json';
import { expandCard } from './card-template';

export interface NextStepsCardData {
  steps: NextStep[];
  tabDeepLink: string;
}

/** "Nästa steg": the most pressing first, each with a link to where it is done. */
export function buildNextStepsCard(data: NextStepsCardData) {
  // The heading names what waits for the person; the wheel's next event is listed, not made their step.
  const first = data.steps.find((s) => !s.wheel);
  return expandCard(template, {
    ...data,
    heading: first ? `Ditt nästa steg: ${first.title}` : 'Inget väntar på dig just nu',
    nothing: data.steps.length === 0,
    steps: data.steps.map((s) => ({ ...s, hasLink: s.link !== undefined, linkTitle: s.link?.title ?? '', linkUrl: s.link?.url ?? '' })),
  });
}

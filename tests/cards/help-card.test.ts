import { buildHelpCard, HELP_ABILITIES } from '../../bot/cards/help.card';
import { validateAdaptiveCard } from '../support/adaptive-card';

const data = {
  firstName: 'Anna',
  municipalityName: 'Sjöviks kommun',
  abilities: HELP_ABILITIES,
  tabDeepLink: 'https://teams.microsoft.com/l/entity/app-id/my-quality-work',
  webUrl: 'http://localhost:3978/',
};

describe('help card', () => {
  it('is a valid Adaptive Card 1.5 for Teams', () => {
    const card = buildHelpCard(data);
    expect(card.version).toBe('1.5');
    expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it('fills the template from typed data, one fact per ability', () => {
    const card = buildHelpCard(data) as any;
    expect(card.body[0].text).toBe('Hej Anna!');
    expect(card.body[1].text).toContain('Sjöviks kommun');
    expect(card.body[2].facts).toHaveLength(HELP_ABILITIES.length);
    expect(card.actions.map((a: any) => a.url)).toEqual([data.tabDeepLink, data.webUrl]);
    expect(JSON.stringify(card)).not.toContain('${');
  });

  it('is caught by the validator when broken', () => {
    const broken = { ...buildHelpCard(data), body: [{ type: 'TextBlok', text: 'x' }] };
    expect(validateAdaptiveCard(broken).length).toBeGreaterThan(0);
  });
});

/**
 * A card template is parsed once (adaptivecards-templating: `new Template` parses every `${…}`,
 * most of a card's CPU; the fan-out bench spent ~2.7 ms a message there) and then expanded for
 * each card, with nothing of one card's data left in the next.
 */
import { Template } from 'adaptivecards-templating';
import { expandCard } from '../../bot/cards/card-template';

const template = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: '${title}' },
    { type: 'FactSet', facts: [{ $data: '${facts}', title: '${label}', value: '${value}' }] },
    { type: 'TextBlock', text: '${comment}', $when: '${comment != null}' },
  ],
};

it('parses a template once and expands it for each card with that card’s data only', () => {
  const prepare = jest.spyOn(Template, 'parseInterpolatedString');
  try {
    const first = expandCard(template, { title: 'Första', facts: [{ label: 'A', value: '1' }], comment: 'Kom ihåg' });
    const parsed = prepare.mock.calls.length;
    expect(parsed).toBeGreaterThan(0);
    const second = expandCard(template, { title: 'Andra', facts: [] });
    expect(prepare.mock.calls.length).toBe(parsed); // no parse for the second card
    expect(JSON.stringify(first)).toContain('Kom ihåg');
    expect(second).toEqual({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'Andra' },
        { type: 'FactSet', facts: [] },
      ],
    });
  } finally {
    prepare.mockRestore();
  }
});

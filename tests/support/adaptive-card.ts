/**
 * Validates a card with Microsoft's adaptivecards library (the same one that renders cards):
 * parse errors (unknown elements, bad values) and property validation (duplicate ids etc.).
 * In Node its lib/ build (extensionless ESM) does not load; the dist bundle does.
 */
const AC = require('adaptivecards/dist/adaptivecards.js');

export function validateAdaptiveCard(json: object, maxVersion = '1.5'): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions[`v${maxVersion.replace('.', '_')}`]);
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`parse: ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents) problems.push(`validate: ${e.message}`);
  const version = (json as { version?: string }).version ?? '';
  if (Number(version) > Number(maxVersion)) problems.push(`version ${version} is above ${maxVersion}, the highest Teams renders`);
  return problems;
}

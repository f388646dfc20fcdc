import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { BotDeps } from '../bot-deps';
import { buildHelpCard, HELP_ABILITIES } from '../cards/help.card';

export async function sendHelp(context: TurnContext, deps: BotDeps, name?: string): Promise<void> {
  const { municipalityName } = await deps.settings.processConfig();
  const firstName = (name ?? context.activity.from?.name ?? '').split(' ')[0] || 'du';
  const card = buildHelpCard({ firstName, municipalityName, abilities: HELP_ABILITIES, ...deps.links });
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
}

import { TurnContext } from 'botbuilder';
import type { BotDeps } from '../bot-deps';

/** Stores where to reach the person who wrote or installed the app, so the bot can write to them later. */
export async function rememberConversation(context: TurnContext, deps: BotDeps): Promise<void> {
  const from = context.activity.from;
  if (!from?.id) return;
  const reference = TurnContext.getConversationReference(context.activity);
  await deps.conversations.remember({ aadObjectId: from.aadObjectId, channelUserId: from.id }, reference);
}

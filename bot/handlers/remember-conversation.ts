import { TurnContext } from 'botbuilder';
import type { BotDeps } from '../bot-deps';
import { PLAYGROUND_DEFAULT_USER, personOf } from './who';

/** Stores where to reach the person who wrote or installed the app, so the bot can write to them later. */
export async function rememberConversation(context: TurnContext, deps: BotDeps): Promise<void> {
  const from = context.activity.from;
  if (!from?.id) return;
  const reference = TurnContext.getConversationReference(context.activity);
  // The Playground user mapped to a demo person (local only) is remembered as that person.
  const mapped =
    deps.playgroundUser && (from.aadObjectId === PLAYGROUND_DEFAULT_USER.aadObjectId || from.id === PLAYGROUND_DEFAULT_USER.id)
      ? (await personOf(context, deps))?.id
      : undefined;
  await deps.conversations.remember({ aadObjectId: from.aadObjectId, channelUserId: from.id, personId: mapped }, reference);
}

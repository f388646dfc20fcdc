import { ActivityHandler } from 'botbuilder';
import type { BotDeps } from './bot-deps';
import { sendHelp } from './handlers/help';
import { handleMessage } from './handlers/message';
import { handleAdaptiveCardInvoke, handleCardSubmit, isCardSubmit } from './handlers/card-action';
import { rememberConversation } from './handlers/remember-conversation';

/** Thin: every event is dispatched to a handler in bot/handlers. No state lives on the instance. */
export class SkaBot extends ActivityHandler {
  constructor(deps: BotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await rememberConversation(context, deps);
      // An Action.Submit fallback arrives as a message with a value: the same use cases as Action.Execute.
      if (isCardSubmit(context)) await handleCardSubmit(context, deps);
      else await handleMessage(context, deps);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id === botId) continue;
        await rememberConversation(context, deps);
        // Welcome in personal chats only; in a team the welcome would reach everyone.
        if (context.activity.conversation?.conversationType !== 'channel') await sendHelp(context, deps, member.name);
      }
      await next();
    });
    // Action.Execute (universal actions): answered with the refreshed card.
    this.onAdaptiveCardInvoke = (context, value) => handleAdaptiveCardInvoke(context, deps, value);
    this.onInstallationUpdateAdd(async (context, next) => {
      await rememberConversation(context, deps);
      await next();
    });
  }
}

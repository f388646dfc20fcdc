import { CardFactory, MessageFactory, TurnContext } from 'botbuilder';
import type { BotDeps } from '../bot-deps';
import type { AdaptiveCardJson } from '../cards/card-template';
import { buildMyDocumentsCard } from '../cards/my-documents.card';
import { buildNextStepsCard } from '../cards/next-steps.card';
import { buildNotUnderstoodCard } from '../cards/not-understood.card';
import { sendHelp } from './help';
import { recognise } from './intents';
import { actorOf, UNKNOWN_PERSON_MESSAGE } from './who';

const sendCard = (context: TurnContext, card: AdaptiveCardJson) =>
  context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));

/** Plain-text commands: "hjälp", "mina dokument", "nästa steg"; anything else gets a card with what to try. */
export async function handleMessage(context: TurnContext, deps: BotDeps): Promise<void> {
  const text = (TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '').trim();
  const intent = recognise(text);
  if (intent === 'help') return sendHelp(context, deps);
  if (intent === 'unknown') {
    await sendCard(context, buildNotUnderstoodCard({ said: text, tabDeepLink: deps.links.tabDeepLink }));
    return;
  }
  const actor = await actorOf(context, deps);
  if (!actor) {
    await context.sendActivity(UNKNOWN_PERSON_MESSAGE);
    return;
  }
  if (intent === 'myDocuments')
    await sendCard(context, buildMyDocumentsCard({ ...(await deps.myWork.documents(actor)), tabDeepLink: deps.links.tabDeepLink }));
  else await sendCard(context, buildNextStepsCard({ steps: await deps.myWork.nextSteps(actor), tabDeepLink: deps.links.tabDeepLink }));
}

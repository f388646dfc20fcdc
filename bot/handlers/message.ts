import { TurnContext } from 'botbuilder';
import type { BotDeps } from '../bot-deps';
import { sendHelp } from './help';

const HELP_WORDS = new Set(['hjälp', 'hjalp', 'help', '?', 'meny', 'start']);

/** Plain-text commands. Only "hjälp" for now; anything else gets a pointer to it. */
export async function handleMessage(context: TurnContext, deps: BotDeps): Promise<void> {
  const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
  const command = text.trim().toLowerCase().replace(/[.!]+$/, '');
  if (HELP_WORDS.has(command)) return sendHelp(context, deps);
  await context.sendActivity('Det förstod jag inte riktigt. Skriv **hjälp** så visar jag vad jag kan hjälpa dig med.');
}

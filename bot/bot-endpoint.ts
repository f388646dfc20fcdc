import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import { readJsonBody } from '../src/http/body';
import type { BotDeps } from './bot-deps';
import { SkaBot } from './ska-bot';

export interface BotCredentials {
  appId: string;
  password: string;
  tenantId: string;
  type: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

const MAX_ACTIVITY_BYTES = 256 * 1024;

/**
 * The bot behind /api/messages: botbuilder's CloudAdapter validates the channel's JWT
 * (with no app id — local only — authentication is off; production refuses to start without one).
 */
export function createBotEndpoint(credentials: BotCredentials, deps: BotDeps) {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: credentials.appId,
    MicrosoftAppPassword: credentials.password,
    MicrosoftAppTenantId: credentials.tenantId,
    // With no app id (local only) SingleTenant would refuse to start; MultiTenant with no id means no auth.
    MicrosoftAppType: credentials.appId ? credentials.type : 'MultiTenant',
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    deps.log.error('bot turn failed', { err: error.stack ?? String(error), activityType: context.activity.type });
    await context.sendActivity('Något gick fel hos mig. Försök igen om en stund.').catch(() => undefined);
  };
  const bot = new SkaBot(deps);

  return {
    adapter,
    async handle(req: Request, res: Response): Promise<void> {
      (req as { body?: unknown }).body = await readJsonBody(req, MAX_ACTIVITY_BYTES);
      await adapter.process(req, res, (context) => bot.run(context));
    },
  };
}

import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { BotCredentials } from './bot-endpoint';
import { BotFrameworkNotifier } from './bot-framework-notifier';

/**
 * A CloudAdapter for sending only (the outbox sender in its own process, the fan-out bench):
 * the same authentication as the endpoint's, without the HTTP side.
 */
export function createProactiveNotifier(credentials: BotCredentials): BotFrameworkNotifier {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: credentials.appId,
    MicrosoftAppPassword: credentials.password,
    MicrosoftAppTenantId: credentials.tenantId,
    MicrosoftAppType: credentials.appId ? credentials.type : 'MultiTenant',
  });
  return new BotFrameworkNotifier(new CloudAdapter(auth), credentials.appId);
}

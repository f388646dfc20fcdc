/**
 * The consent pages Teams opens when tab SSO answers resourceRequiresConsent / consent_required:
 * auth-start.html sends the person to Entra ID to consent to this app's access_as_user scope;
 * auth-end.html tells Teams how it went, and the tab asks for its token again (once: no loop).
 * auth-end.html is registered as a single-page-app redirect URI (infra/entra/aad.manifest.json),
 * so the authorization request carries a PKCE challenge; the code itself is never redeemed.
 */
import { app, authentication } from '@microsoft/teams-js';
import { authorizeUrl, readConsentAnswer } from './consent-flow';

async function start() {
  await app.initialize();
  const context = await app.getContext();
  const config = (await (await fetch('/api/config')).json()) as { entra?: { clientId: string; appIdUri: string; authority?: string } };
  if (!config.entra?.clientId) return authentication.notifyFailure('Entra ID är inte konfigurerat på servern.');
  const state = crypto.randomUUID();
  sessionStorage.setItem('ska-consent-state', state);
  location.assign(
    await authorizeUrl({
      ...config.entra,
      origin: location.origin,
      host: location.host,
      tenantId: context.user?.tenant?.id,
      loginHint: context.user?.loginHint,
      state,
    }),
  );
}

async function end() {
  await app.initialize();
  const answer = readConsentAnswer(location.hash, sessionStorage.getItem('ska-consent-state'));
  sessionStorage.removeItem('ska-consent-state');
  if (answer.ok) authentication.notifySuccess('consented');
  else authentication.notifyFailure(answer.reason);
}

void (location.pathname.endsWith('auth-end.html') ? end() : start());

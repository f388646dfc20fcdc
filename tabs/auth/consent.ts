/**
 * The consent pages Teams opens when tab SSO answers resourceRequiresConsent:
 * auth-start.html sends the person to Entra ID to consent to this app's access_as_user scope;
 * auth-end.html tells Teams how it went, and the tab asks for its token again.
 */
import { app, authentication } from '@microsoft/teams-js';

async function start() {
  await app.initialize();
  const context = await app.getContext();
  const config = (await (await fetch('/api/config')).json()) as { entra?: { clientId: string; appIdUri: string } };
  if (!config.entra?.clientId) return authentication.notifyFailure('Entra ID är inte konfigurerat på servern.');
  const state = crypto.randomUUID();
  sessionStorage.setItem('ska-consent-state', state);
  const params = new URLSearchParams({
    client_id: config.entra.clientId,
    response_type: 'code',
    response_mode: 'fragment',
    redirect_uri: `${location.origin}/auth-end.html`,
    scope: `${config.entra.appIdUri || `api://${location.host}/${config.entra.clientId}`}/access_as_user openid profile`,
    prompt: 'consent',
    state,
    login_hint: context.user?.loginHint ?? '',
  });
  location.assign(`https://login.microsoftonline.com/${context.user?.tenant?.id ?? 'organizations'}/oauth2/v2.0/authorize?${params}`);
}

async function end() {
  await app.initialize();
  const answer = new URLSearchParams(location.hash.slice(1));
  const expected = sessionStorage.getItem('ska-consent-state');
  if (answer.get('error')) return authentication.notifyFailure(answer.get('error_description') ?? answer.get('error') ?? 'consent_failed');
  if (!expected || answer.get('state') !== expected) return authentication.notifyFailure('state_mismatch');
  authentication.notifySuccess('consented');
}

void (location.pathname.endsWith('auth-end.html') ? end() : start());

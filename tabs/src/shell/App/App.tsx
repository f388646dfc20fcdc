import { Button, FluentProvider } from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiClient } from '../../api/client';
import type { AppConfig } from '../../api/types';
import { toApiError, type ApiError } from '../../api/api-error';
import type { AuthProvider } from '../../auth/auth-provider';
import { DevAuth } from '../../auth/dev-auth';
import { TeamsSsoAuth } from '../../auth/teams-sso-auth';
import { detectHost, type Host } from '../../host/host';
import { fluentTheme, toThemeName, type ThemeName } from '../../host/theme';
import { prefetchLinkedPlan } from '../../shared/hooks/prefetch';
import { preloadable } from '../../lib/preloadable';
import { ServicesProvider, type Services } from '../../shared/hooks/services';
import { CenteredMessage } from '../CenteredMessage/CenteredMessage';
import { Shell } from '../Shell/Shell';
import { meetingTab } from '../views';
import { useAppStyles } from './App.styles';

// The demo sign-in is only for local runs: it is not part of what Teams loads.
const { Component: DevSignIn, load: loadDevSignIn } = preloadable(() => import('../DevSignIn/DevSignIn'));

type Boot =
  | { status: 'starting' }
  | { status: 'failed'; error: ApiError }
  | { status: 'ready'; host: Host; config: AppConfig; auth: AuthProvider; api: ApiClient };

/**
 * Finds the host, reads the server's config (both at once) and picks how people sign in. The
 * config may already be on its way (asked for before React started). A link to a plan is
 * asked for as soon as it is known who asks.
 */
async function boot(onUnauthorized: () => void, earlyConfig?: Promise<AppConfig>): Promise<Boot> {
  let auth: AuthProvider | null = null;
  const api = new ApiClient({ getToken: () => auth?.getToken() ?? Promise.resolve(null), onUnauthorized });
  const [host, config] = await Promise.all([detectHost(), earlyConfig ?? api.config()]);
  // A server in dev mode uses the demo sign-in even inside Teams (local sideloading).
  auth = config.authMode === 'dev' || host.kind === 'browser' ? new DevAuth() : new TeamsSsoAuth(host.teams.authentication);
  // The page's first script asked with the demo sign-in's token: its answer serves that sign-in only.
  if (!(auth instanceof DevAuth) || auth.signedIn)
    prefetchLinkedPlan(api, config.currentSchoolYear, { earlyIsValid: auth instanceof DevAuth });
  else void loadDevSignIn();
  return { status: 'ready', host, config, auth, api };
}

export function App({ earlyConfig }: { earlyConfig?: Promise<AppConfig> }) {
  const styles = useAppStyles();
  const [theme, setTheme] = useState<ThemeName>(() => toThemeName(new URLSearchParams(window.location.search).get('theme')));
  const [state, setState] = useState<Boot>({ status: 'starting' });
  // Bumped on sign-in and sign-out so everything below loads again for the new person.
  const [session, setSession] = useState(0);
  const [attempt, setAttempt] = useState(0);

  const auth = useRef<AuthProvider | null>(null);

  const signOut = useCallback(() => {
    auth.current?.signOut();
    setSession((n) => n + 1);
  }, []);

  useEffect(() => {
    let live = true;
    // The early answer serves the first attempt only; "Försök igen" asks again.
    boot(signOut, attempt === 0 ? earlyConfig : undefined).then(
      (b) => {
        if (!live) return;
        if (b.status === 'ready') {
          auth.current = b.auth;
          setTheme(b.host.theme);
          if (b.host.kind === 'teams') b.host.onThemeChange(setTheme);
        }
        setState(b);
      },
      (e: unknown) => live && setState({ status: 'failed', error: toApiError(e) }),
    );
    return () => {
      live = false;
    };
  }, [attempt, signOut, earlyConfig]);

  const services = useMemo<Services | null>(
    () => (state.status === 'ready' ? { api: state.api, auth: state.auth, config: state.config, host: state.host, signOut } : null),
    [state, signOut],
  );

  let content;
  if (state.status === 'starting') content = <CenteredMessage busy title="Startar…" />;
  else if (state.status === 'failed')
    content = (
      <CenteredMessage title="Appen kunde inte starta" text={state.error.message}>
        <Button appearance="primary" onClick={() => (setState({ status: 'starting' }), setAttempt((n) => n + 1))}>
          Försök igen
        </Button>
      </CenteredMessage>
    );
  else if (state.config.authMode === 'entra' && state.host.kind === 'browser')
    content = (
      <CenteredMessage
        title="Öppna appen i Microsoft Teams"
        text="Du loggar in med ditt skolkonto genom Teams. Öppna appen Systematiskt kvalitetsarbete där."
      />
    );
  else if (state.auth instanceof TeamsSsoAuth && state.auth.consentDeclined) {
    // Consent was asked for once and not given: a button, not another window by itself (no loop).
    const sso = state.auth;
    content = (
      <CenteredMessage
        title="Samtycke behövs"
        text="Appen behöver ditt samtycke för att logga in dig med ditt skolkonto. Om fönstret stängdes eller samtycket nekades kan du försöka igen; fungerar det inte kan din IT-avdelning ge samtycke för hela organisationen."
      >
        <Button appearance="primary" onClick={() => void sso.retryConsent().then(() => setSession((n) => n + 1))}>
          Ge samtycke
        </Button>
      </CenteredMessage>
    );
  } else if (state.auth instanceof DevAuth && !state.auth.signedIn)
    content = (
      <Suspense fallback={<CenteredMessage busy title="Startar…" />}>
        <DevSignIn auth={state.auth} onSignedIn={() => setSession((n) => n + 1)} />
      </Suspense>
    );
  else if (new URLSearchParams(window.location.search).get('view') === 'meeting')
    // In a Teams meeting (side panel, stage, its chat and details): the meeting's own screens, no app shell.
    content = (
      <Suspense fallback={<CenteredMessage busy title="Öppnar dialogen…" />}>
        <meetingTab.Component key={session} />
      </Suspense>
    );
  else content = <Shell key={session} />;

  return (
    <FluentProvider theme={fluentTheme(theme)}>
      {/* Layout on an inner element: Fluent copies the provider's classes onto portal mount nodes (dialogs). */}
      <div className={styles.root}>{services ? <ServicesProvider value={services}>{content}</ServicesProvider> : content}</div>
    </FluentProvider>
  );
}

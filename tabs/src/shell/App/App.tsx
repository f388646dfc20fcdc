import { Button, FluentProvider } from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { toApiError } from '../../api/api-error';
import type { AuthProvider } from '../../auth/auth-provider';
import { DevAuth } from '../../auth/dev-auth';
import { TeamsSsoAuth } from '../../auth/teams-sso-auth';
import { fluentTheme, toThemeName, type ThemeName } from '../../host/theme';
import { ServicesProvider, type Services } from '../../shared/hooks/services';
import { CenteredMessage } from '../CenteredMessage/CenteredMessage';
import { Shell } from '../Shell/Shell';
import { meetingTab } from '../views';
import { startUrl } from '../use-location-state';
import { forgetPrefetched } from '../../shared/hooks/prefetch';
import { useAppStyles } from './App.styles';
import { boot, devSignIn, type Boot, type FirstBoot } from './boot';

const { Component: DevSignIn } = devSignIn;

/** The app. The first boot may be under way or over already (main.tsx starts it before React renders). */
export function App({ firstBoot }: { firstBoot?: FirstBoot }) {
  const styles = useAppStyles();
  const booted = firstBoot?.settled;
  const [theme, setTheme] = useState<ThemeName>(() =>
    booted?.status === 'ready' ? booted.host.theme : toThemeName(new URLSearchParams(window.location.search).get('theme')),
  );
  const [state, setState] = useState<Boot>(booted ?? { status: 'starting' });
  // Bumped on sign-in and sign-out so everything below loads again for the new person.
  const [session, setSession] = useState(0);
  const [attempt, setAttempt] = useState(0);

  const auth = useRef<AuthProvider | null>(booted?.status === 'ready' ? booted.auth : null);

  const signOut = useCallback(() => {
    auth.current?.signOut();
    setSession((n) => n + 1);
  }, []);

  // A 401 keeps the URL (the same person signs in again where they were); a switch does not.
  const switchUser = useCallback(() => {
    window.history.replaceState(null, '', startUrl());
    forgetPrefetched();
    signOut();
  }, [signOut]);

  useEffect(() => firstBoot?.onUnauthorized(signOut), [firstBoot, signOut]);

  useEffect(() => {
    let live = true;
    // The first boot serves the first attempt only; "Försök igen" asks again.
    (attempt === 0 && firstBoot ? firstBoot.promise : boot(signOut)).then(
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
  }, [attempt, signOut, firstBoot]);

  const services = useMemo<Services | null>(
    () =>
      state.status === 'ready' ? { api: state.api, auth: state.auth, config: state.config, host: state.host, signOut, switchUser } : null,
    [state, signOut, switchUser],
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

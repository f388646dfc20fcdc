import { Button, Field, FluentProvider, Select, Spinner } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiClient } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import type { Unit } from '../../api/types';
import type { AuthProvider } from '../../auth/auth-provider';
import { DevAuth } from '../../auth/dev-auth';
import { TeamsSsoAuth } from '../../auth/teams-sso-auth';
import { detectHost, type Host } from '../../host/host';
import { fluentTheme, type ThemeName } from '../../host/theme';
import { ErrorBar } from '../../shared/components/ErrorBar/ErrorBar';
import { useConfigPageStyles } from './ConfigPage.styles';

type Load =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'signedOut' } | { status: 'ready'; host: Host; units: Unit[] };

/** The channel tab's configuration page: which unit's documents the tab shows. */
export function ConfigPage() {
  const styles = useConfigPageStyles();
  const [theme, setTheme] = useState<ThemeName>('default');
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [unitId, setUnitId] = useState('');
  const auth = useRef<AuthProvider | null>(null);
  const api = useMemo(() => new ApiClient({ getToken: () => auth.current?.getToken() ?? Promise.resolve(null) }), []);

  useEffect(() => {
    (async () => {
      const host = await detectHost();
      setTheme(host.theme);
      if (host.kind === 'teams') host.onThemeChange(setTheme);
      const config = await api.config();
      const a = config.authMode === 'dev' || host.kind === 'browser' ? new DevAuth() : new TeamsSsoAuth(host.teams.authentication);
      auth.current = a;
      if (a instanceof DevAuth && !a.signedIn) return setLoad({ status: 'signedOut' });
      setLoad({ status: 'ready', host, units: await api.units() });
    })().catch((e: unknown) => setLoad({ status: 'error', error: toApiError(e) }));
  }, [api]);

  const ready = load.status === 'ready' ? load : null;
  const unit = ready?.units.find((u) => u.id === unitId);

  // Teams asks for the settings when the person presses Save.
  useEffect(() => {
    if (!ready || ready.host.kind !== 'teams') return;
    const { pages } = ready.host.teams;
    pages.config.setValidityState(!!unit);
    if (!unit) return;
    pages.config.registerOnSaveHandler((save) => {
      const query = `view=channel&unitId=${encodeURIComponent(unit.id)}`;
      const contentUrl = `${location.origin}/?inTeams=1&${query}`;
      pages.config
        .setConfig({
          entityId: `plan-${unit.id}`,
          contentUrl,
          websiteUrl: `${location.origin}/?${query}`,
          suggestedDisplayName: `Kvalitetsarbete – ${unit.name}`,
        })
        .then(
          () => save.notifySuccess(),
          (e: unknown) => save.notifyFailure(String(e)),
        );
    });
  }, [ready, unit]);

  return (
    <FluentProvider theme={fluentTheme(theme)}>
      <main className={styles.root}>
        <h1 className={styles.title}>Systematiskt kvalitetsarbete i kanalen</h1>
        <p className={styles.text}>Välj vilken enhets åtagandeplan och läsårsrapport fliken ska visa.</p>
        {load.status === 'loading' && <Spinner label="Hämtar enheter…" />}
        {load.status === 'error' && <ErrorBar error={load.error} />}
        {load.status === 'signedOut' && (
          <p className={styles.text}>
            Lokalt demoläge: logga in i appen först.{' '}
            <Button as="a" href="/">
              Öppna appen
            </Button>
          </p>
        )}
        {ready && (
          <Field label="Enhet" required>
            <Select value={unitId} onChange={(_, d) => setUnitId(d.value)}>
              <option value="">Välj enhet…</option>
              {ready.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.schoolFormLabel})
                </option>
              ))}
            </Select>
          </Field>
        )}
        {ready && ready.host.kind === 'browser' && (
          <p className={styles.text}>Sidan används när fliken läggs till i en kanal i Microsoft Teams.</p>
        )}
      </main>
    </FluentProvider>
  );
}

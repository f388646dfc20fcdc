import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Spinner, Switch, Textarea } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { toApiError, type ApiError } from '../../../api/api-error';
import { DirectoryImportApi, type DirectoryImportConfig, type DirectoryPreview } from '../../../api/directory-import-api';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { useServices } from '../../../shared/hooks/services';
import { useAsync } from '../../../shared/hooks/use-async';
import { dateTime } from '../../../lib/dates';
import { Panel } from '../../../shared/components/Panel/Panel';
import { ViewHeader } from '../../../shared/components/ViewHeader/ViewHeader';
import { useDirectoryImportViewStyles } from './DirectoryImportView.styles';

const EMPTY: DirectoryImportConfig = {
  municipalityCode: '',
  roleSource: 'groups',
  groups: {},
  units: [],
  leadership: {},
  schedule: 'daily',
  autoApply: false,
};
const GROUPS = [
  ['organiser', 'Huvudmannanivån'],
  ['board', 'Nämnden'],
  ['admin', 'Systemförvaltare'],
  ['principals', 'Alla rektorer (för ledningen nedan)'],
] as const;
const CHANGE: Record<string, string> = {
  new: 'ny',
  renamed: 'nytt namn',
  forms: 'nya skolformer',
  closed: 'nedlagd',
  reopened: 'öppnad igen',
};

/** "10000001: anna@kommun.se, per@kommun.se" per line ⇄ the leadership mapping. */
const leadershipText = (l: Record<string, string[]>) =>
  Object.entries(l)
    .map(([code, refs]) => `${code}: ${refs.join(', ')}`)
    .join('\n');
const parseLeadership = (text: string) =>
  Object.fromEntries(
    text
      .split('\n')
      .map((line) => line.split(':'))
      .filter(([code, refs]) => code?.trim() && refs?.trim())
      .map(([code, refs]) => [
        code.trim(),
        refs
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean),
      ]),
  );
const blankToUndefined = (v?: string) => (v && v.trim() ? v.trim() : undefined);

/** Katalog: the admin names the municipality and the Entra ID groups, previews what changes, then applies exactly that. */
export default function DirectoryImportView() {
  const styles = useDirectoryImportViewStyles();
  const { api: client } = useServices();
  const api = useMemo(() => new DirectoryImportApi(client.http), [client]);
  const state = useAsync(() => Promise.all([api.state(), api.intranetPublic()]), [api]);
  const [config, setConfig] = useState<DirectoryImportConfig>(EMPTY);
  const [leadership, setLeadership] = useState('');
  const [preview, setPreview] = useState<DirectoryPreview | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [intranetPublic, setIntranetPublic] = useState(false);

  useEffect(() => {
    if (state.status !== 'ready') return;
    const [s, visibility] = state.data;
    const c = s.config ?? EMPTY;
    setConfig(c);
    setLeadership(leadershipText(c.leadership));
    setPreview(s.lastRun?.pending ?? null);
    setIntranetPublic(visibility.public);
  }, [state.status, state.data]);

  const run = async (what: string, action: () => Promise<void>) => {
    setBusy(what);
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(null);
    }
  };
  const save = () =>
    run('save', async () => {
      const clean: DirectoryImportConfig = {
        ...config,
        groups: Object.fromEntries(Object.entries(config.groups).filter(([, v]) => blankToUndefined(v))),
        units: config.units
          .filter((u) => u.schoolUnitCode.trim())
          .map((u) => ({
            schoolUnitCode: u.schoolUnitCode.trim(),
            principalGroupId: blankToUndefined(u.principalGroupId),
            staffGroupId: blankToUndefined(u.staffGroupId),
          })),
        leadership: parseLeadership(leadership),
      };
      setConfig(await api.saveConfig(clean));
      setNotice('Inställningarna är sparade.');
    });
  const doPreview = () => run('preview', async () => setPreview(await api.preview()));
  const apply = () =>
    run('apply', async () => {
      if (!preview) return;
      try {
        await api.apply(preview.fingerprint);
        setPreview(null);
        setNotice('Ändringarna är tillämpade. Inga dokument har tagits bort.');
      } catch (e) {
        // Changed since the preview: show the new one instead of applying something unseen.
        if (toApiError(e).code !== 'DIRECTORY_PREVIEW_STALE') throw e;
        setPreview(await api.preview());
        setNotice('Katalogen har ändrats sedan förhandsgranskningen. Granska de nya ändringarna och tillämpa igen.');
      }
    });
  const unit = (i: number, patch: Partial<DirectoryImportConfig['units'][number]>) =>
    setConfig((c) => ({ ...c, units: c.units.map((u, j) => (j === i ? { ...u, ...patch } : u)) }));

  if (state.status === 'loading') return <Spinner label="Hämtar katalogimporten…" />;
  if (state.status === 'error') return <ErrorBar error={state.error} onRetry={state.reload} />;
  const lastRun = state.data[0].lastRun;
  return (
    <div className={styles.root} data-testid="directory-import">
      <ViewHeader
        title="Katalog"
        intro="Enheterna hämtas från Skolverkets skolenhetsregister, personerna och deras roller från kommunens grupper i Entra ID. Du ser vad som ändras innan något sparas, och inga dokument tas någonsin bort."
      />
      {error && <ErrorBar error={error} onDismiss={() => setError(null)} />}
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <Panel
        title="Inställningar"
        description={
          lastRun ? `Senast körd ${dateTime(lastRun.at)}${lastRun.applied ? ' och tillämpad' : ''}.` : 'Importen har inte körts än.'
        }
      >
        <div className={styles.grid}>
          <Field label="Kommunkod" hint="Fyra siffror, t.ex. 0180">
            <Input
              value={config.municipalityCode}
              onChange={(_, d) => setConfig({ ...config, municipalityCode: d.value })}
              data-testid="municipality-code"
            />
          </Field>
          {GROUPS.map(([key, label]) => (
            <Field key={key} label={`Grupp: ${label}`} hint="Gruppens objekt-id i Entra ID">
              <Input
                value={config.groups[key] ?? ''}
                onChange={(_, d) => setConfig({ ...config, groups: { ...config.groups, [key]: d.value } })}
                data-testid={`group-${key}`}
              />
            </Field>
          ))}
        </div>
        <h3>Enheter med egna grupper</h3>
        {config.units.map((u, i) => (
          <div key={i} className={styles.row}>
            <Field label="Skolenhetskod">
              <Input value={u.schoolUnitCode} onChange={(_, d) => unit(i, { schoolUnitCode: d.value })} data-testid={`unit-code-${i}`} />
            </Field>
            <Field label="Rektorsgrupp">
              <Input
                value={u.principalGroupId ?? ''}
                onChange={(_, d) => unit(i, { principalGroupId: d.value })}
                data-testid={`unit-principals-${i}`}
              />
            </Field>
            <Field label="Personalgrupp">
              <Input value={u.staffGroupId ?? ''} onChange={(_, d) => unit(i, { staffGroupId: d.value })} data-testid={`unit-staff-${i}`} />
            </Field>
            <Button onClick={() => setConfig({ ...config, units: config.units.filter((_, j) => j !== i) })}>Ta bort</Button>
          </div>
        ))}
        <div className={styles.actions}>
          <Button onClick={() => setConfig({ ...config, units: [...config.units, { schoolUnitCode: '' }] })} data-testid="add-unit">
            Lägg till enhet
          </Button>
        </div>
        <Field
          label="Vem leder vilken enhet"
          hint="En rad per enhet: skolenhetskod: e-post eller objekt-id, kommaseparerade. Används där enheten saknar egen rektorsgrupp."
        >
          <Textarea value={leadership} onChange={(_, d) => setLeadership(d.value)} resize="vertical" data-testid="leadership" />
        </Field>
        <div className={styles.actions}>
          <Switch
            label="Kör varje dag"
            checked={config.schedule === 'daily'}
            onChange={(_, d) => setConfig({ ...config, schedule: d.checked ? 'daily' : 'off' })}
          />
          <Checkbox
            label="Tillämpa automatiskt (annars väntar en förhandsgranskning på dig)"
            checked={config.autoApply}
            onChange={(_, d) => setConfig({ ...config, autoApply: d.checked === true })}
          />
        </div>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={save} disabled={busy !== null} data-testid="save-config">
            Spara
          </Button>
        </div>
      </Panel>
      <Panel
        title="Förhandsgranska och tillämpa"
        actions={
          <>
            <Button onClick={doPreview} disabled={busy !== null} data-testid="preview">
              {busy === 'preview' ? 'Hämtar…' : 'Förhandsgranska'}
            </Button>
            <Button appearance="primary" onClick={apply} disabled={!preview || preview.empty || busy !== null} data-testid="apply">
              Tillämpa
            </Button>
          </>
        }
      >
        {!preview && <p className={styles.muted}>Förhandsgranska för att se vad importen skulle ändra.</p>}
        {preview && <PreviewList preview={preview} />}
      </Panel>
      <Panel
        title="Intranätet i appen"
        description="Lokalt visas de publicerade sidorna på /intranet bara för inloggade. I SharePoint styr intranätets egna behörigheter."
      >
        <Switch
          label="Sidorna är publika"
          checked={intranetPublic}
          onChange={(_, d) => void run('visibility', async () => setIntranetPublic((await api.setIntranetPublic(d.checked)).public))}
          data-testid="intranet-public"
        />
      </Panel>
    </div>
  );
}

function PreviewList({ preview }: { preview: DirectoryPreview }) {
  const styles = useDirectoryImportViewStyles();
  const c = preview.counts;
  if (preview.empty) return <p data-testid="preview-empty">Inga ändringar: katalogen stämmer med Entra ID och skolenhetsregistret.</p>;
  return (
    <div data-testid="preview-result">
      <p className={styles.counts}>
        {c.newUnits} nya enheter, {c.changedUnits} ändrade ({c.closedUnits} nedlagda) · {c.newPeople} nya personer, {c.movedPeople}{' '}
        flyttade, {c.leftPeople} har slutat
      </p>
      {preview.warnings.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{preview.warnings.join(' ')}</MessageBarBody>
        </MessageBar>
      )}
      <Section
        title="Enheter"
        items={preview.units.map(
          (u) => `${u.name} (${u.schoolFormLabel}, ${u.schoolUnitCode}): ${u.change.map((w) => CHANGE[w] ?? w).join(', ')}`,
        )}
      />
      <Section title="Nya" items={preview.newPeople.map((p) => `${p.displayName}${p.units?.length ? `: ${p.units.join(', ')}` : ''}`)} />
      <Section
        title="Flyttade"
        items={preview.moved.map((p) => `${p.displayName}: ${p.from?.join(', ') || '–'} → ${p.to?.join(', ') || '–'}`)}
      />
      <Section title="Har slutat (behåller sina dokument)" items={preview.left.map((p) => p.displayName)} />
    </div>
  );
}

function Section({ title, items }: { title: string; items: string[] }) {
  const styles = useDirectoryImportViewStyles();
  if (!items.length) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className={styles.list}>
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    </>
  );
}

import { Badge, Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, Field, OverlayDrawer, Select, Spinner } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { VersionMeta } from '../../../api/types';
import { useAnnualChanges, useAnnualVersions } from '../use-annual-follow-up';
import { dateTime } from '../../../lib/dates';
import { ChangeList } from '../../../shared/document/ChangeList/ChangeList';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { useAnnualHistoryPanelStyles } from './AnnualHistoryPanel.styles';

interface Props {
  schoolYear: string;
  open: boolean;
  revision: string;
  onClose(): void;
}

const describe = (v: VersionMeta) => `${dateTime(v.savedAt)} – ${v.authorName}${v.label ? ` – ${v.label}` : ''}`;

/** Every saved version of the annual follow-up, and what changed since any of them, word by word. */
export default function AnnualHistoryPanel({ schoolYear, open, revision, onClose }: Props) {
  const styles = useAnnualHistoryPanelStyles();
  const [since, setSince] = useState('');
  const versions = useAnnualVersions(schoolYear, revision);
  const changes = useAnnualChanges(schoolYear, since || undefined, revision);
  const id = useId();
  return (
    <OverlayDrawer open={open} position="end" size="medium" onOpenChange={(_, d) => !d.open && onClose()} className={styles.drawer}>
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" onClick={onClose}>
              Stäng
            </Button>
          }
        >
          Versionshistorik – verksamhetsuppföljning {schoolYear}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        <Field label="Visa ändringar sedan…">
          <Select value={since} onChange={(_, d) => setSince(d.value)}>
            <option value="">Senaste markeringen</option>
            {(versions.data ?? []).map((v) => (
              <option key={v.id} value={v.id}>
                {describe(v)}
              </option>
            ))}
          </Select>
        </Field>
        <section className={styles.section} aria-labelledby={`${id}-changes`}>
          <h2 id={`${id}-changes`} className={styles.heading}>
            {changes.data?.since ? `Ändringar sedan ${describe(changes.data.since)}` : 'Ändringar'}
          </h2>
          {changes.status === 'loading' && <Spinner size="small" label="Jämför versionerna…" />}
          {changes.status === 'error' && <ErrorBar error={changes.error} onRetry={changes.reload} />}
          {changes.status === 'ready' && <ChangeList changes={changes.data.changes} />}
        </section>
        <section className={styles.section} aria-labelledby={`${id}-versions`}>
          <h2 id={`${id}-versions`} className={styles.heading}>
            Alla versioner
          </h2>
          {versions.status === 'loading' && <Spinner size="small" label="Hämtar versionerna…" />}
          {versions.status === 'error' && <ErrorBar error={versions.error} onRetry={versions.reload} />}
          {versions.status === 'ready' && (
            <ol className={styles.versions} data-testid="versions">
              {versions.data.map((v) => (
                <li key={v.id} className={styles.version}>
                  <span className={styles.versionText}>
                    <time dateTime={v.savedAt} className={styles.when}>
                      {dateTime(v.savedAt)}
                    </time>
                    <span>{v.authorName}</span>
                    {v.label && (
                      <Badge appearance="tint" color="brand">
                        {v.label}
                      </Badge>
                    )}
                  </span>
                  <Button size="small" appearance={since === v.id ? 'primary' : 'secondary'} aria-pressed={since === v.id} aria-label={`Visa ändringar sedan denna: ${describe(v)}`} onClick={() => setSince(v.id)}>
                    Visa ändringar sedan denna
                  </Button>
                </li>
              ))}
            </ol>
          )}
        </section>
      </DrawerBody>
    </OverlayDrawer>
  );
}

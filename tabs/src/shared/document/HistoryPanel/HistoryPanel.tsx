import {
  Badge,
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  OverlayDrawer,
  Select,
  Spinner,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { DocumentKind, VersionMeta } from '../../../api/types';
import { useChanges, useVersions } from '../use-history';
import { dateTime } from '../../../lib/dates';
import { useDocumentNames } from '../use-document-names';
import { PLAN_STATUS_LABELS } from '../../../lib/labels';
import { ChangeList } from '../ChangeList/ChangeList';
import { ErrorBar } from '../../components/ErrorBar/ErrorBar';
import { useHistoryPanelStyles } from './HistoryPanel.styles';

interface Props {
  kind: DocumentKind;
  unitId: string;
  schoolYear: string;
  open: boolean;
  /** The document's current ETag: a new one means there is a newer version to list. */
  revision: string;
  onClose(): void;
}

const describe = (v: VersionMeta) => `${dateTime(v.savedAt)} – ${v.authorName}${v.label ? ` – ${v.label}` : ''}`;

/**
 * The document's versions (who, when, milestone) and what changed since any of them, word by
 * word. By default since the last dialogue milestone, as the server decides. Loaded on first use.
 */
export default function HistoryPanel({ kind, unitId, schoolYear, open, revision, onClose }: Props) {
  const styles = useHistoryPanelStyles();
  const names = useDocumentNames();
  const [since, setSince] = useState('');
  const versions = useVersions(kind, unitId, schoolYear, revision);
  const changes = useChanges(kind, unitId, schoolYear, since || undefined, revision);
  const listId = useId();

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
          Versionshistorik – {names[kind].label.toLowerCase()} {schoolYear}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        <Field label="Visa ändringar sedan…">
          <Select value={since} onChange={(_, d) => setSince(d.value)} data-testid="changes-since">
            <option value="">Senaste dialogmarkeringen</option>
            {(versions.data ?? []).map((v) => (
              <option key={v.id} value={v.id}>
                {describe(v)}
              </option>
            ))}
          </Select>
        </Field>

        <section className={styles.section} aria-labelledby={`${listId}-changes`}>
          <h2 id={`${listId}-changes`} className={styles.heading}>
            {changes.data?.since ? `Ändringar sedan ${describe(changes.data.since)}` : 'Ändringar'}
          </h2>
          {changes.status === 'loading' && <Spinner size="small" label="Jämför versionerna…" />}
          {changes.status === 'error' && <ErrorBar error={changes.error} onRetry={changes.reload} />}
          {changes.status === 'ready' && <ChangeList changes={changes.data.changes} />}
        </section>

        <section className={styles.section} aria-labelledby={`${listId}-versions`}>
          <h2 id={`${listId}-versions`} className={styles.heading}>
            Alla versioner
          </h2>
          {versions.status === 'loading' && <Spinner size="small" label="Hämtar versionerna…" />}
          {versions.status === 'error' && <ErrorBar error={versions.error} onRetry={versions.reload} />}
          {versions.status === 'ready' && (
            <ol className={styles.versions} data-testid="versions">
              {versions.data.map((v) => (
                <li key={v.id} className={styles.version}>
                  <div className={styles.versionText}>
                    <time dateTime={v.savedAt} className={styles.when}>
                      {dateTime(v.savedAt)}
                    </time>
                    <span>{v.authorName}</span>
                    {v.label !== PLAN_STATUS_LABELS[v.status] && <span className={styles.status}>{PLAN_STATUS_LABELS[v.status]}</span>}
                    {v.label && (
                      <Badge appearance="tint" color="brand">
                        {v.label}
                      </Badge>
                    )}
                  </div>
                  <Button
                    size="small"
                    appearance={since === v.id ? 'primary' : 'secondary'}
                    aria-pressed={since === v.id}
                    aria-label={`Visa ändringar sedan denna: ${describe(v)}`}
                    onClick={() => setSince(v.id)}
                  >
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

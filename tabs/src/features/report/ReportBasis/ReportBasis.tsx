import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { ReportBasisPreview, ReportDocument } from '../../../../../src/contract/reports';
import { reportBasisApi } from '../../../api/report-basis-api';
import { toApiError, type ApiError } from '../../../api/api-error';
import type { DocumentSession } from '../../../shared/document/document-session';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { useServices } from '../../../shared/hooks/services';
import { useReportBasisStyles } from './ReportBasis.styles';

/** The first line of a generated part (src/domain/report-basis.ts): the section was filled before. */
const MARKER = '▸ Hämtat underlag';

interface Props {
  session: DocumentSession<ReportDocument>;
  sectionKey: string;
  label: string;
}

/** In a TLD or statistics section: shows what would be fetched, then fills the basis sections in one write. */
export function ReportBasis({ session, sectionKey, label }: Props) {
  const styles = useReportBasisStyles();
  const { api } = useServices();
  const doc = session.doc;
  const basis = useMemo(() => reportBasisApi(api.http, doc.unit.id, doc.report.schoolYear), [api, doc.unit.id, doc.report.schoolYear]);
  const [preview, setPreview] = useState<ReportBasisPreview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const text = doc.report.content[sectionKey];
  const filled = typeof text === 'string' && text.includes(MARKER);
  const mine = preview?.sections.find((s) => s.sectionKey === sectionKey);

  const show = async () => {
    setBusy(true);
    setError(null);
    try {
      setPreview(await basis.preview());
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const fill = async () => {
    setBusy(true);
    await session.flush(); // what was typed is saved first, so the fill goes on top of it
    const failed = await session.write((etag) => basis.fill(etag));
    setBusy(false);
    setError(failed);
    if (!failed) setPreview(null);
  };

  return (
    <div className={styles.root} data-testid={`report-basis-${sectionKey}`}>
      <div className={styles.actions}>
        <Button appearance="secondary" disabled={busy} onClick={() => void show()}>
          {filled ? 'Uppdatera' : 'Hämta från TLD och nyckeltal'}
        </Button>
      </div>
      {error && <ErrorBar error={error} />}
      {mine && (
        <>
          {mine.empty ? (
            <MessageBar intent="info">
              <MessageBarBody>{mine.text}</MessageBarBody>
            </MessageBar>
          ) : (
            <pre className={styles.preview} aria-label={`Förhandsvisning: ${label}`}>
              {mine.text}
            </pre>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => void fill()}>
              {filled ? 'Uppdatera avsnitten' : 'Fyll i avsnitten'}
            </Button>
            <Button appearance="subtle" onClick={() => setPreview(null)}>
              Avbryt
            </Button>
          </div>
        </>
      )}
    </div>
  );
}

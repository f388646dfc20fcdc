import { Button, Spinner } from '@fluentui/react-components';
import type { DocumentKind } from '../../../api/types';
import { useExport } from '../use-export';
import { ErrorBar } from '../../components/ErrorBar/ErrorBar';
import { useExportButtonStyles } from './ExportButton.styles';

/** "Exportera till Word": the server builds the file; the browser saves it. */
export function ExportButton({ kind, unitId, schoolYear }: { kind: DocumentKind; unitId: string; schoolYear: string }) {
  const styles = useExportButtonStyles();
  const { busy, error, run, dismiss } = useExport(kind, unitId, schoolYear);
  return (
    <div className={styles.root}>
      <Button disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined} onClick={() => void run()}>
        Exportera till Word
      </Button>
      {error && <ErrorBar error={error} onDismiss={dismiss} />}
    </div>
  );
}

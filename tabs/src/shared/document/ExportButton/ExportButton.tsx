import { Button, Spinner } from '@fluentui/react-components';
import { BusyButton } from '../../components/BusyButton/BusyButton';
import type { DocumentExtras } from '../../../api/client';
import { useExport } from '../use-export';
import { ErrorBar } from '../../components/ErrorBar/ErrorBar';
import { useExportButtonStyles } from './ExportButton.styles';

/** "Exportera till Word" and "till PDF": the server builds the file; the browser saves it. */
export function ExportButton({ extras }: { extras: DocumentExtras }) {
  const styles = useExportButtonStyles();
  const { busy, error, run, dismiss } = useExport(extras);
  const pdf = useExport(extras, 'pdf');
  return (
    <div className={styles.root}>
      <BusyButton busy={busy} onClick={() => void run()}>
        Exportera till Word
      </BusyButton>
      <Button disabled={pdf.busy} icon={pdf.busy ? <Spinner size="tiny" /> : undefined} onClick={() => void pdf.run()}>
        Exportera till PDF
      </Button>
      {error && <ErrorBar error={error} onDismiss={dismiss} />}
      {pdf.error && <ErrorBar error={pdf.error} onDismiss={pdf.dismiss} />}
    </div>
  );
}

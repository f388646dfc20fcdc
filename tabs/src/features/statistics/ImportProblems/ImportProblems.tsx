import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Button } from '@fluentui/react-components';
import type { ApiError } from '../../../api/api-error';
import { importProblems } from '../use-statistics-import';
import { DataTable } from '../../../shared/components/DataTable/DataTable';
import { useImportProblemsStyles } from './ImportProblems.styles';

/** A refused import: the server's message, and each bad line in a table. Nothing was imported. */
export function ImportProblems({ error, onDismiss }: { error: ApiError; onDismiss(): void }) {
  const styles = useImportProblemsStyles();
  const { problems, more } = importProblems(error);
  return (
    <div className={styles.root} data-testid="import-problems">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{error.code === 'IMPORT_INVALID' ? 'Filen importerades inte' : 'Det gick inte'}</MessageBarTitle>
          {error.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onDismiss}>Stäng</Button>
        </MessageBarActions>
      </MessageBar>
      {problems.length > 0 && (
        <DataTable
          caption="Fel i filen, per rad"
          columns={[{ label: 'Rad', numeric: true }, { label: 'Fel' }]}
          rows={problems.map((p) => [p.line, p.message])}
          testId="import-problem-table"
        />
      )}
      {more > 0 && <p className={styles.more}>… och {more} fel till. Rätta dem ovan först och försök igen.</p>}
    </div>
  );
}

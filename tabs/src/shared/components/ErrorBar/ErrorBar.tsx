import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ApiError } from '../../../api/api-error';
import { useErrorBarStyles } from './ErrorBar.styles';

export const CONFLICT_TEXT =
  'Någon annan har ändrat planen medan du arbetade. Du ser nu den senaste versionen. Det du skrev finns kvar – kontrollera och spara igen.';

/** A server error where it happened: the server's Swedish message, a clearer one for conflicts. */
export function ErrorBar({ error, onRetry, onDismiss }: { error: ApiError; onRetry?(): void; onDismiss?(): void }) {
  const styles = useErrorBarStyles();
  const conflict = error.isConflict;
  return (
    <MessageBar intent={conflict ? 'warning' : 'error'} layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{conflict ? 'Planen har ändrats' : 'Det gick inte'}</MessageBarTitle>
        {conflict ? CONFLICT_TEXT : error.message}
      </MessageBarBody>
      {(onRetry || onDismiss) && (
        <MessageBarActions>
          {onRetry && <Button onClick={onRetry}>Försök igen</Button>}
          {onDismiss && <Button onClick={onDismiss}>Stäng</Button>}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

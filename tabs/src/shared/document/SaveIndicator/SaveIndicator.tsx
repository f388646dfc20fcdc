import { Button, Spinner } from '@fluentui/react-components';
import type { SaveStatus } from '../document-session';
import { clockTime } from '../../../lib/dates';
import { useSaveIndicatorStyles } from './SaveIndicator.styles';

interface Props {
  save: SaveStatus;
  /** Fields where both people wrote: to be settled in their merge panels. */
  conflicts: number;
  onRetry(): void;
  /** The saved state's clock ("Sparat 10:42"); false where the screen already shows the stored time of the save (one clock, the server's). */
  withTime?: boolean;
}

/** "Sparar… / Sparat 10:42", announced politely; a failed save says so and offers to try again. */
export function SaveIndicator({ save, conflicts, onRetry, withTime = true }: Props) {
  const styles = useSaveIndicatorStyles();
  let content = null;
  if (conflicts > 0)
    content = (
      <span className={styles.warning}>
        {conflicts === 1
          ? 'Ett fält har ändrats av någon annan – välj vilken text som ska gälla.'
          : `${conflicts} fält har ändrats av någon annan – välj vilken text som ska gälla.`}
      </span>
    );
  else if (save.kind === 'pending' || save.kind === 'saving')
    content = (
      <span className={styles.busy}>
        <Spinner size="extra-tiny" aria-hidden />
        Sparar…
      </span>
    );
  else if (save.kind === 'saved') content = <span className={styles.saved}>{withTime ? `Sparat ${clockTime(save.at)}` : 'Sparat'}</span>;
  else if (save.kind === 'error')
    content = (
      <span className={styles.warning}>
        Kunde inte spara: {save.error.message}{' '}
        <Button size="small" appearance="transparent" onClick={onRetry}>
          Försök igen
        </Button>
      </span>
    );
  return (
    <div className={styles.root} role="status" aria-live="polite" data-testid="save-indicator">
      {content}
    </div>
  );
}

import { Button, type ButtonProps } from '@fluentui/react-components';
import type { ApiError } from '../../../api/api-error';
import { useConfirm } from '../../hooks/confirm';
import { useConfirmButtonStyles } from './ConfirmButton.styles';

interface Props {
  /** Visible text, e.g. "Ta bort". */
  label: string;
  /** The full name for assistive technology, starting with the visible text, e.g. "Ta bort aktiviteten X". */
  accessibleName: string;
  title: string;
  text: string;
  confirmLabel: string;
  /** Resolves to the error to show in the dialog, or null when done. */
  onConfirm(): Promise<ApiError | null>;
  size?: ButtonProps['size'];
}

/** A destructive action behind a confirmation dialog (the document's one dialog, loaded on first use). */
export function ConfirmButton({ label, accessibleName, title, text, confirmLabel, onConfirm, size = 'small' }: Props) {
  const styles = useConfirmButtonStyles();
  const confirm = useConfirm();
  return (
    <Button
      className={styles.trigger}
      size={size}
      appearance="subtle"
      aria-label={accessibleName}
      aria-haspopup="dialog"
      onClick={() => confirm({ title, text, confirmLabel, run: onConfirm })}
    >
      {label}
    </Button>
  );
}

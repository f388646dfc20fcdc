import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Spinner,
  type ButtonProps,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../api/api-error';
import { useConfirmButtonStyles } from './ConfirmButton.styles';

interface Props {
  /** Visible text, e.g. "Ta bort". */
  label: string;
  /** The full name for assistive technology, starting with the visible text, e.g. "Ta bort aktiviteten X". */
  accessibleName: string;
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm(): Promise<ApiError | null>;
  /** The error goes to the caller, which shows it beside the thing. */
  onError(error: ApiError): void;
  size?: ButtonProps['size'];
}

/** A destructive action behind a confirmation dialog. */
export function ConfirmButton({ label, accessibleName, title, text, confirmLabel, onConfirm, onError, size = 'small' }: Props) {
  const styles = useConfirmButtonStyles();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    const error = await onConfirm();
    setBusy(false);
    setOpen(false);
    if (error) onError(error);
  }

  return (
    <Dialog open={open} onOpenChange={(_, d) => !busy && setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button size={size} appearance="subtle" aria-label={accessibleName}>
          {label}
        </Button>
      </DialogTrigger>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{text}</DialogContent>
          <DialogActions>
            <Button className={styles.action} appearance="primary" disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined} onClick={() => void confirm()}>
              {confirmLabel}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button disabled={busy}>Avbryt</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
} from '@fluentui/react-components';
import { BusyButton } from '../BusyButton/BusyButton';
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../../api/api-error';
import { ErrorBar } from '../ErrorBar/ErrorBar';
import { useConfirmDialogStyles } from './ConfirmDialog.styles';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  /** Asks for a comment too (returning a document says why); required when set. */
  comment?: { label: string; hint?: string };
  /** Resolves to the error to show in the dialog, or null when done. */
  onConfirm(comment?: string): Promise<ApiError | null>;
  onClose(): void;
}

/**
 * Confirms an action that cannot simply be undone, optionally with a required comment.
 * Loaded when first needed; Fluent's Dialog traps focus and gives it back on close.
 */
export default function ConfirmDialog({ open, title, text, confirmLabel, comment, onConfirm, onClose }: ConfirmDialogProps) {
  const styles = useConfirmDialogStyles();
  const [busy, setBusy] = useState(false);
  const [value, setValue] = useState('');
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const missing = !!comment && !value.trim();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setChecked(true);
    if (busy || missing) return;
    setBusy(true);
    setError(null);
    const failure = await onConfirm(comment ? value.trim() : undefined);
    setBusy(false);
    if (failure) setError(failure);
    else {
      setValue('');
      setChecked(false);
      onClose();
    }
  }

  return (
    <Dialog open={open} onOpenChange={(_, d) => !busy && !d.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              <p className={styles.text}>{text}</p>
              {comment && (
                <Field
                  label={comment.label}
                  hint={comment.hint}
                  required
                  validationMessage={checked && missing ? 'Skriv en kommentar.' : undefined}
                >
                  <Textarea value={value} resize="vertical" rows={4} maxLength={4000} onChange={(_, d) => setValue(d.value)} />
                </Field>
              )}
              {error && <ErrorBar error={error} />}
            </DialogContent>
            <DialogActions>
              <BusyButton busy={busy} type="submit" appearance="primary">
                {confirmLabel}
              </BusyButton>
              <Button type="button" disabled={busy} onClick={onClose}>
                Avbryt
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

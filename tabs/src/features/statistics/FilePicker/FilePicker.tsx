import { BusyButton } from '../../../shared/components/BusyButton/BusyButton';
import { useId, useRef } from 'react';
import { useFilePickerStyles } from './FilePicker.styles';

interface Props {
  label: string;
  /** e.g. ".csv,.xlsx" */
  accept: string;
  busy?: boolean;
  fileName?: string;
  hint?: string;
  onPick(file: File): void;
}

/** A Fluent button that opens the browser's file picker; the chosen file's name is shown beside it. */
export function FilePicker({ label, accept, busy, fileName, hint, onPick }: Props) {
  const styles = useFilePickerStyles();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  return (
    <div className={styles.root}>
      <input
        ref={input}
        type="file"
        accept={accept}
        className={styles.input}
        tabIndex={-1}
        aria-hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same file may be picked again after it is corrected
          if (file) onPick(file);
        }}
      />
      <BusyButton busy={busy} appearance="primary" aria-describedby={hint ? hintId : undefined} onClick={() => input.current?.click()}>
        {label}
      </BusyButton>
      {fileName && <span className={styles.name}>{fileName}</span>}
      {hint && (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      )}
    </div>
  );
}

import { Textarea } from '@fluentui/react-components';
import { useId } from 'react';
import type { DocumentSession } from '../document-session';
import { useField } from '../use-document-session';
import { MergePanel } from '../MergePanel/MergePanel';
import { useAutosaveFieldStyles } from './AutosaveField.styles';

interface Props<TDoc extends { etag: string }> {
  session: DocumentSession<TDoc>;
  fieldKey: string;
  /** Shown above the field; leave out when a heading names it (pass labelledBy). */
  label?: string;
  /** Ids of elements that name the field (with the label, if any). */
  labelledBy?: string;
  /** Used in the merge panel's title. */
  name: string;
  hint?: string;
  required?: boolean;
  readOnly: boolean;
  rows?: number;
  emptyText?: string;
  /** What a reader sees when the field is read-only (e.g. the report's text without its basis markers). */
  readOnlyText?(text: string): string;
}

/**
 * A text field that saves itself a second after typing stops and when it loses focus. When
 * someone else saved the same field meanwhile, the merge panel takes its place.
 */
export function AutosaveField<TDoc extends { etag: string }>({
  session,
  fieldKey,
  label,
  labelledBy,
  name,
  hint,
  required,
  readOnly,
  rows = 4,
  emptyText = 'Inte ifyllt ännu.',
  readOnlyText,
}: Props<TDoc>) {
  const styles = useAutosaveFieldStyles();
  const id = useId();
  const { value, conflict, edit, flush, resolve } = useField(session, fieldKey);
  const text = typeof value === 'string' ? value : '';
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const names = [label ? labelId : '', labelledBy ?? ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className={styles.root}>
      {label && (
        <label id={labelId} htmlFor={id} className={styles.label}>
          {label}
        </label>
      )}
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {conflict ? (
        <MergePanel label={name} conflict={conflict} onResolve={(r) => void resolve(r)} />
      ) : readOnly ? (
        <p className={text ? styles.readOnly : styles.empty}>{(text && readOnlyText ? readOnlyText(text) : text) || emptyText}</p>
      ) : (
        <Textarea
          id={id}
          className={styles.textarea}
          value={text}
          rows={rows}
          resize="vertical"
          maxLength={20000}
          aria-labelledby={names}
          aria-describedby={hint ? hintId : undefined}
          aria-required={required || undefined}
          onChange={(_, d) => edit(d.value)}
          onBlur={flush}
        />
      )}
    </div>
  );
}

import { Badge, Button, Input } from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import type { AnnualDocument, AnnualSectionDefinition } from '../../../api/organiser-types';
import type { DocumentSession } from '../../../shared/document/document-session';
import { listKey } from '../annual-fields';
import { useField } from '../../../shared/document/use-document-session';
import { useCommentAnchor } from '../../../shared/document/CommentAnchor/CommentAnchor';
import { MergePanel } from '../../../shared/document/MergePanel/MergePanel';
import { useAnnualListSectionStyles } from './AnnualListSection.styles';

interface Props {
  section: Extract<AnnualSectionDefinition, { kind: 'list' }>;
  session: DocumentSession<AnnualDocument>;
  readOnly: boolean;
  missing: boolean;
}

/** A short numbered list the organiser writes (Prioriteringar inför nästa läsår), saved as it is typed. */
export function AnnualListSection({ section, session, readOnly, missing }: Props) {
  const styles = useAnnualListSectionStyles();
  const headingId = useId();
  const { value, conflict, edit, flush, resolve } = useField(session, listKey(section.key));
  const items = Array.isArray(value) ? value : [];
  const focusLast = useRef(false);
  const list = useRef<HTMLOListElement>(null);
  const comments = useCommentAnchor({ anchor: `section:${section.key}`, about: section.label });
  const item = section.itemLabel.toLowerCase();

  useEffect(() => {
    if (!focusLast.current) return;
    focusLast.current = false;
    const inputs = list.current?.querySelectorAll('input');
    inputs?.[inputs.length - 1]?.focus();
  }, [items.length]);

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="annual-list">
      <div className={styles.header}>
        <h3 id={headingId} className={styles.title}>
          {section.label}
        </h3>
        {section.required && (
          <Badge appearance="tint" color={missing ? 'warning' : 'informative'}>
            {missing ? 'Obligatorisk – saknas' : 'Obligatorisk'}
          </Badge>
        )}
        <span className={styles.spacer} />
        {comments.button}
      </div>
      {section.hint && <p className={styles.hint}>{section.hint}</p>}
      {conflict ? (
        <MergePanel label={section.label.toLowerCase()} conflict={conflict} onResolve={(r) => void resolve(r)} />
      ) : readOnly ? (
        items.length ? (
          <ol className={styles.readList}>
            {items.map((e, i) => (
              <li key={i}>{e.text}</li>
            ))}
          </ol>
        ) : (
          <p className={styles.empty}>Inte ifyllt ännu.</p>
        )
      ) : (
        <>
          {items.length > 0 && (
            <ol ref={list} className={styles.list}>
              {items.map((e, i) => (
                <li key={i} className={styles.item}>
                  <Input
                    className={styles.text}
                    value={e.text}
                    maxLength={255}
                    aria-label={`${section.itemLabel} ${i + 1}`}
                    onChange={(_, d) => edit(items.map((x, j) => (j === i ? { text: d.value } : { text: x.text })))}
                    onBlur={flush}
                  />
                  <Button
                    appearance="subtle"
                    aria-label={`Ta bort ${item} ${i + 1}`}
                    onClick={() => {
                      edit(items.filter((_, j) => j !== i));
                      flush();
                    }}
                  >
                    Ta bort
                  </Button>
                </li>
              ))}
            </ol>
          )}
          <div>
            <Button
              onClick={() => {
                focusLast.current = true;
                edit([...items, { text: '' }]);
              }}
            >
              Lägg till {item}
            </Button>
          </div>
        </>
      )}
      {comments.thread}
    </section>
  );
}

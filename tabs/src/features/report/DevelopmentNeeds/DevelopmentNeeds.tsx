import { Badge, Button, Input, Select } from '@fluentui/react-components';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CatalogueEntry, ListEntry, ReportDocument, SectionDefinition } from '../../../api/types';
import type { DocumentSession } from '../../../shared/document/document-session';
import { listKey } from '../../../shared/document/report-fields';
import { useField } from '../../../shared/document/use-document-session';
import { useCommentAnchor } from '../../../shared/document/CommentAnchor/CommentAnchor';
import { MergePanel } from '../../../shared/document/MergePanel/MergePanel';
import { useDevelopmentNeedsStyles } from './DevelopmentNeeds.styles';

type ListSection = Extract<SectionDefinition, { kind: 'list' }>;

/** A need with no text is not a need: it is neither saved nor shown as an empty "1.". */
const withText = (rows: ListEntry[]) => rows.filter((e) => e.text.trim() !== '');

interface Props {
  section: ListSection;
  session: DocumentSession<ReportDocument>;
  readOnly: boolean;
  missing: boolean;
  /** The goal areas an item may be tied to. */
  goalAreas: CatalogueEntry[];
}

/** A short editable list (Utvecklingsbehov): each item a line of text and, if it concerns one, a goal area. */
export function DevelopmentNeeds({ section, session, readOnly, missing, goalAreas }: Props) {
  const styles = useDevelopmentNeedsStyles();
  const headingId = useId();
  const hintId = useId();
  const { value, conflict, edit, flush, resolve } = useField(session, listKey(section.key));
  const saved = useMemo(() => (Array.isArray(value) ? value : []), [value]);
  // The rows on screen: a row without text yet lives only here, so an empty need is never saved.
  const [items, setItems] = useState<ListEntry[]>(saved);
  useEffect(() => {
    // Someone else's version, or a merge: show what the document holds.
    setItems((rows) => (JSON.stringify(withText(rows)) === JSON.stringify(saved) ? rows : saved));
  }, [saved]);
  const update = (next: ListEntry[]) => {
    setItems(next);
    edit(withText(next));
  };
  const focusLast = useRef(false);
  const list = useRef<HTMLOListElement>(null);
  const comments = useCommentAnchor({ anchor: `section:${section.key}`, about: section.label });

  useEffect(() => {
    if (!focusLast.current) return;
    focusLast.current = false;
    const inputs = list.current?.querySelectorAll('input');
    inputs?.[inputs.length - 1]?.focus();
  }, [items.length]);

  const change = (i: number, patch: Partial<ListEntry>) => {
    update(items.map((e, j) => (j === i ? { ...e, ...patch } : e)).map((e) => (e.goalAreaKey ? e : { text: e.text })));
  };
  const nameOf = (key: string | undefined) => goalAreas.find((g) => g.key === key)?.label ?? key;
  const areaOptions = (current: string | undefined) => (current && !goalAreas.some((g) => g.key === current) ? [...goalAreas, { key: current, label: current }] : goalAreas);

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="development-needs">
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
      {section.hint && (
        <p id={hintId} className={styles.hint}>
          {section.hint}
        </p>
      )}
      {conflict ? (
        <MergePanel label={section.label.toLowerCase()} conflict={conflict} onResolve={(r) => void resolve(r)} />
      ) : readOnly ? (
        withText(saved).length ? (
          <ol className={styles.readList}>
            {withText(saved).map((e, i) => (
              <li key={i}>
                {e.text}
                {e.goalAreaKey && <span className={styles.area}> – {nameOf(e.goalAreaKey)}</span>}
              </li>
            ))}
          </ol>
        ) : (
          <p className={styles.empty}>Inga utvecklingsbehov ännu.</p>
        )
      ) : (
        <>
          {items.length > 0 && (
            <ol ref={list} className={styles.list}>
              {items.map((e, i) => {
                const n = `${section.itemLabel} ${i + 1}`;
                return (
                  <li key={i} className={styles.item}>
                    <Input
                      className={styles.text}
                      value={e.text}
                      maxLength={255}
                      aria-label={n}
                      aria-describedby={section.hint ? hintId : undefined}
                      onChange={(_, d) => change(i, { text: d.value })}
                      onBlur={flush}
                    />
                    <Select
                      className={styles.select}
                      value={e.goalAreaKey ?? ''}
                      aria-label={`Målområde för ${n.toLowerCase()}`}
                      onChange={(_, d) => {
                        change(i, { goalAreaKey: d.value || undefined });
                        flush();
                      }}
                    >
                      <option value="">Inget särskilt målområde</option>
                      {areaOptions(e.goalAreaKey).map((g) => (
                        <option key={g.key} value={g.key}>
                          {g.label}
                        </option>
                      ))}
                    </Select>
                    <Button
                      appearance="subtle"
                      aria-label={`Ta bort ${n.toLowerCase()}`}
                      onClick={() => {
                        update(items.filter((_, j) => j !== i));
                        flush();
                      }}
                    >
                      Ta bort
                    </Button>
                  </li>
                );
              })}
            </ol>
          )}
          <div>
            <Button
              onClick={() => {
                focusLast.current = true;
                setItems([...items, { text: '' }]);
              }}
            >
              Lägg till {section.itemLabel.toLowerCase()}
            </Button>
          </div>
        </>
      )}
      {comments.thread}
    </section>
  );
}

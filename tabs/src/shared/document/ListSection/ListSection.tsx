import { Button, Input, Select } from '@fluentui/react-components';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CatalogueEntry, ListEntry } from '../../../api/types';
import type { DocumentSession } from '../document-session';
import { listKey } from '../report-fields';
import { useField } from '../use-document-session';
import { MergePanel } from '../MergePanel/MergePanel';
import { SectionCard } from '../SectionCard/SectionCard';
import { useListSectionStyles } from './ListSection.styles';

/** An item with no text is not an item: it is neither saved nor shown as an empty "1.". */
const withText = (rows: ListEntry[]) => rows.filter((e) => e.text.trim() !== '');

interface Props<TDoc extends { etag: string }> {
  section: { key: string; label: string; hint?: string; required?: boolean; itemLabel: string };
  session: DocumentSession<TDoc>;
  readOnly: boolean;
  missing: boolean;
  /** The goal areas an item may be tied to (the report's development needs); without them, text only. */
  goalAreas?: CatalogueEntry[];
  /** Shown read-only when the list is empty. */
  empty?: string;
  testId: string;
}

/**
 * A short editable list (Utvecklingsbehov, Prioriteringar inför nästa läsår): each item a line of
 * text and, where goal areas are given, the one it concerns. Saved as it is typed.
 */
export function ListSection<TDoc extends { etag: string }>({
  section,
  session,
  readOnly,
  missing,
  goalAreas,
  empty = 'Inte ifyllt ännu.',
  testId,
}: Props<TDoc>) {
  const styles = useListSectionStyles();
  const hintId = useId();
  const { value, conflict, edit, flush, resolve } = useField(session, listKey(section.key));
  const saved = useMemo(() => (Array.isArray(value) ? value : []), [value]);
  // The rows on screen: a row without text yet lives only here, so an empty item is never saved.
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

  useEffect(() => {
    if (!focusLast.current) return;
    focusLast.current = false;
    const inputs = list.current?.querySelectorAll('input');
    inputs?.[inputs.length - 1]?.focus();
  }, [items.length]);

  const change = (i: number, patch: Partial<ListEntry>) => {
    update(items.map((e, j) => (j === i ? { ...e, ...patch } : e)).map((e) => (e.goalAreaKey ? e : { text: e.text })));
  };
  const areas = goalAreas ?? [];
  const nameOf = (key: string | undefined) => areas.find((g) => g.key === key)?.label ?? key;
  const areaOptions = (current: string | undefined) =>
    current && !areas.some((g) => g.key === current) ? [...areas, { key: current, label: current }] : areas;

  const editor = () => (
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
                {goalAreas && (
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
                )}
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
  );

  return (
    <SectionCard sectionKey={section.key} label={section.label} required={section.required} missing={missing} testId={testId}>
      {() => (
        <>
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
              <p className={styles.empty}>{empty}</p>
            )
          ) : (
            editor()
          )}
        </>
      )}
    </SectionCard>
  );
}

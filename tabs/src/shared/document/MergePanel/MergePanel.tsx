import { Button, Field, Textarea } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ListEntry } from '../../../api/types';
import type { FieldConflict, FieldValue, Resolution } from '../document-session';
import { useMergePanelStyles } from './MergePanel.styles';

interface Props {
  /** The field's name: "Strukturkvalitet". */
  label: string;
  conflict: FieldConflict;
  onResolve(resolution: Resolution): void;
}

const isList = (v: FieldValue): v is ListEntry[] => Array.isArray(v);

/** Both lists, theirs first, without repeating an item with the same text. */
function union(theirs: ListEntry[], mine: ListEntry[]): ListEntry[] {
  const seen = new Set(theirs.map((e) => e.text.trim()));
  return [...theirs, ...mine.filter((e) => e.text.trim() && !seen.has(e.text.trim()))];
}

function Version({ title, value }: { title: string; value: FieldValue }) {
  const styles = useMergePanelStyles();
  return (
    <div className={styles.version}>
      <p className={styles.versionTitle}>{title}</p>
      {isList(value) ? (
        value.length ? (
          <ul className={styles.list}>
            {value.map((e, i) => (
              <li key={i}>{e.text}</li>
            ))}
          </ul>
        ) : (
          <p className={styles.empty}>(tom lista)</p>
        )
      ) : (
        <p className={value ? styles.text : styles.empty}>{value || '(tomt)'}</p>
      )}
    </div>
  );
}

/**
 * Two people wrote in the same field: the other person's saved text beside this person's,
 * and a choice — keep mine, use theirs, or a merged text (prefilled with both, so nothing is
 * lost by accident). Nothing is saved until a choice is made.
 */
export function MergePanel({ label, conflict, onResolve }: Props) {
  const styles = useMergePanelStyles();
  const titleId = useId();
  const { mine, theirs } = conflict;
  const [merged, setMerged] = useState(() => (isList(mine) || isList(theirs) ? '' : [theirs, mine].filter((t) => t.trim()).join('\n\n')));

  return (
    <div className={styles.root} role="group" aria-labelledby={titleId} data-testid="merge-panel">
      <p id={titleId} className={styles.title}>
        Någon annan har ändrat {label} medan du skrev
      </p>
      <p className={styles.intro}>Välj vilken text som ska gälla eller skriv ihop dem. Inget sparas förrän du har valt.</p>
      <div className={styles.versions}>
        <Version title="Deras version" value={theirs} />
        <Version title="Din version" value={mine} />
      </div>
      {!isList(mine) && !isList(theirs) && (
        <Field label="Sammanfogad text" hint="Börjar med båda texterna – ändra så att den blir som den ska.">
          <Textarea value={merged} rows={6} resize="vertical" maxLength={20000} onChange={(_, d) => setMerged(d.value)} />
        </Field>
      )}
      <div className={styles.actions}>
        <Button onClick={() => onResolve('mine')}>Behåll min</Button>
        <Button onClick={() => onResolve('theirs')}>Använd deras</Button>
        {isList(mine) && isList(theirs) ? (
          <Button appearance="primary" onClick={() => onResolve({ value: union(theirs, mine) })}>
            Ta med båda
          </Button>
        ) : (
          <Button appearance="primary" onClick={() => onResolve({ value: merged })}>
            Spara sammanfogad text
          </Button>
        )}
      </div>
    </div>
  );
}

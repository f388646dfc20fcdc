import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { DocumentChange } from '../../../api/types';
import { useChangeListStyles } from './ChangeList.styles';

const KIND: Record<DocumentChange['kind'], { label: string; color: BadgeProps['color'] }> = {
  added: { label: 'Tillagt', color: 'success' },
  removed: { label: 'Borttaget', color: 'danger' },
  changed: { label: 'Ändrat', color: 'informative' },
};

/** Changes in the document's order, grouped by section; the order of first appearance is kept. */
function bySection(changes: DocumentChange[]) {
  const groups = new Map<string, DocumentChange[]>();
  for (const c of changes) groups.set(c.section, [...(groups.get(c.section) ?? []), c]);
  return [...groups];
}

function Added({ text }: { text: string }) {
  const styles = useChangeListStyles();
  return (
    <ins className={styles.added}>
      <span className={styles.cue}>Tillagt: </span>
      {text}
    </ins>
  );
}

function Removed({ text }: { text: string }) {
  const styles = useChangeListStyles();
  return (
    <del className={styles.removed}>
      <span className={styles.cue}>Borttaget: </span>
      {text}
    </del>
  );
}

/**
 * The word diff per section. Added text is underlined and removed text struck through (and
 * coloured), and each is named for screen readers, so colour is never the only cue.
 */
export function ChangeList({ changes }: { changes: DocumentChange[] }) {
  const styles = useChangeListStyles();
  if (!changes.length) return <p className={styles.empty}>Inga ändringar.</p>;
  return (
    <div className={styles.root} data-testid="changes">
      <p className={styles.legend}>
        <ins className={styles.added}>Tillagd text</ins> är understruken. <del className={styles.removed}>Borttagen text</del> är
        genomstruken.
      </p>
      {bySection(changes).map(([section, items]) => (
        <section key={section} className={styles.section} aria-label={section}>
          <h3 className={styles.sectionTitle}>{section}</h3>
          <ul className={styles.list}>
            {items.map((c) => (
              <li key={c.key} className={styles.change}>
                <div className={styles.meta}>
                  <span className={styles.field}>{c.field}</span>
                  <Badge appearance="outline" color={KIND[c.kind].color}>
                    {KIND[c.kind].label}
                  </Badge>
                </div>
                <p className={styles.text}>
                  {c.kind === 'added' && <Added text={c.after ?? ''} />}
                  {c.kind === 'removed' && <Removed text={c.before ?? ''} />}
                  {c.kind === 'changed' &&
                    (c.words ?? [{ text: c.after ?? '', change: 'same' as const }]).map((w, i) =>
                      w.change === 'added' ? (
                        <Added key={i} text={w.text} />
                      ) : w.change === 'removed' ? (
                        <Removed key={i} text={w.text} />
                      ) : (
                        <span key={i}>{w.text}</span>
                      ),
                    )}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

import { useId, type ReactNode } from 'react';
import { useSectionGroupStyles } from './SectionGroup.styles';

/** A group of a document's sections (Resultat, Analys…), under its heading and hint. */
export function SectionGroup({ label, hint, children }: { label: string; hint?: string; children: ReactNode }) {
  const styles = useSectionGroupStyles();
  const id = useId();
  return (
    <section className={styles.root} aria-labelledby={id}>
      <div className={styles.header}>
        <h2 id={id} className={styles.title}>
          {label}
        </h2>
        {hint && <p className={styles.hint}>{hint}</p>}
      </div>
      {children}
    </section>
  );
}

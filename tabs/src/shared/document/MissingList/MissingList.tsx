import { useMissingListStyles } from './MissingList.styles';

/** What still has to be written, by section name. */
export function MissingList({ id, title, missing }: { id?: string; title: string; missing: string[] }) {
  const styles = useMissingListStyles();
  return (
    <div id={id} className={styles.root} data-testid="missing-list">
      <p className={styles.title}>{title}</p>
      <ul className={styles.list}>
        {missing.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}

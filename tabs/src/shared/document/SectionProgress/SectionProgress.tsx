import { Badge } from '@fluentui/react-components';
import type { Completeness } from '../../../api/types';
import { useSectionProgressStyles } from './SectionProgress.styles';

interface Props {
  completeness: Completeness;
  /** What the sections are: "målområden", "avsnitt". */
  noun: string;
}

/** Progress per section ("klar" or "saknas"), as Stratsys shows it; the server decides which is which. */
export function SectionProgress({ completeness, noun }: Props) {
  const styles = useSectionProgressStyles();
  const { sections } = completeness;
  const done = sections.filter((s) => s.state === 'klar').length;
  return (
    <section className={styles.root} aria-label="Framsteg" data-testid="section-progress">
      <p className={styles.summary}>
        {done} av {sections.length} {noun} klara
      </p>
      <ul className={styles.list}>
        {sections.map((s) => (
          <li key={s.key} className={styles.item} data-state={s.state}>
            <span className={styles.label}>{s.label}</span>
            <Badge
              appearance="tint"
              color={s.state === 'klar' ? 'success' : s.required ? 'warning' : 'subtle'}
              title={s.reason || undefined}
            >
              {s.state === 'klar' ? 'klar' : s.required ? 'saknas' : 'saknas (frivillig)'}
            </Badge>
          </li>
        ))}
      </ul>
    </section>
  );
}

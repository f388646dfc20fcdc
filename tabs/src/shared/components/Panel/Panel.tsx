import { mergeClasses } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { usePanelStyles } from './Panel.styles';

interface Props {
  title: string;
  /** h2 by default; h3 inside another panel. */
  level?: 2 | 3;
  description?: ReactNode;
  /** Buttons at the heading's right. */
  actions?: ReactNode;
  /** Marks the panel as needing attention (a warning stripe; the text says why). */
  tone?: 'default' | 'warning';
  testId?: string;
  children?: ReactNode;
}

/** A titled card: one part of a view, a landmark named by its heading. */
export function Panel({ title, level = 2, description, actions, tone = 'default', testId, children }: Props) {
  const styles = usePanelStyles();
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={mergeClasses(styles.root, tone === 'warning' && styles.warning)} aria-labelledby={id} data-testid={testId}>
      <div className={styles.header}>
        <Heading id={id} className={level === 2 ? styles.title : styles.subtitle}>
          {title}
        </Heading>
        {actions && <div className={styles.actions}>{actions}</div>}
      </div>
      {description && <p className={styles.description}>{description}</p>}
      {children}
    </section>
  );
}

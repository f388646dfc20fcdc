import type { ReactNode } from 'react';
import { useViewHeaderStyles } from './ViewHeader.styles';

/** A view's title, one line on what it is for, and what belongs beside the title (a filter, a year). */
export function ViewHeader({ title, intro, children }: { title: string; intro?: ReactNode; children?: ReactNode }) {
  const styles = useViewHeaderStyles();
  return (
    <div className={styles.root}>
      <div className={styles.text}>
        <h1 className={styles.title}>{title}</h1>
        {intro && <p className={styles.intro}>{intro}</p>}
      </div>
      {children && <div className={styles.side}>{children}</div>}
    </div>
  );
}

import { Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useCenteredMessageStyles } from './CenteredMessage.styles';

/** A whole-area message: loading, an empty state, or a failure with a way on. */
export function CenteredMessage({ title, text, busy, children }: { title: string; text?: string; busy?: boolean; children?: ReactNode }) {
  const styles = useCenteredMessageStyles();
  return (
    <div className={styles.root} role={busy ? 'status' : undefined}>
      {busy ? <Spinner label={title} /> : <h1 className={styles.title}>{title}</h1>}
      {text && <p className={styles.text}>{text}</p>}
      {children}
    </div>
  );
}

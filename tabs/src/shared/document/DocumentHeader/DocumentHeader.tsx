import type { ReactNode } from 'react';
import type { DocumentStatus } from '../../../api/types';
import { DocumentStatusBadge } from '../StatusBadges/StatusBadges';
import { useDocumentHeaderStyles } from './DocumentHeader.styles';

interface Props {
  title: string;
  status?: DocumentStatus;
  /** One line under the title, e.g. the effect chain. */
  subtitle?: string;
  children?: ReactNode;
}

/** A document's title with its status in words. */
export function DocumentHeader({ title, status, subtitle, children }: Props) {
  const styles = useDocumentHeaderStyles();
  return (
    <div className={styles.root}>
      <div className={styles.titleRow}>
        <h1 className={styles.title}>{title}</h1>
        {status && <DocumentStatusBadge status={status} />}
      </div>
      {subtitle && <p className={styles.subtitle}>{subtitle}</p>}
      {children}
    </div>
  );
}

import type { ReactNode } from 'react';
import type { DocumentStatus } from '../../api/types';
import { PlanStatusBadge } from '../StatusBadges/StatusBadges';
import { usePlanHeaderStyles } from './PlanHeader.styles';

export function PlanHeader({ schoolYear, unitName, status, children }: { schoolYear: string; unitName: string; status?: DocumentStatus; children?: ReactNode }) {
  const styles = usePlanHeaderStyles();
  return (
    <div className={styles.root}>
      <div className={styles.titleRow}>
        <h1 className={styles.title}>
          Åtagandeplan {schoolYear} – {unitName}
        </h1>
        {status && <PlanStatusBadge status={status} />}
      </div>
      <p className={styles.chain}>Effektkedjan: målområde → åtagande och tänkta effekter → aktiviteter → uppföljning</p>
      {children}
    </div>
  );
}

import { Badge } from '@fluentui/react-components';
import type { AnnualSectionDefinition, GeneratedTable } from '../../../api/organiser-types';
import { formatNumber } from '../../../lib/figures';
import { DataTable } from '../../../shared/components/DataTable/DataTable';
import { SectionCard } from '../../../shared/document/SectionCard/SectionCard';
import { useGeneratedSectionStyles } from './GeneratedSection.styles';

/** A section the app writes from every unit's documents and results: a read-only table. */
export function GeneratedSection({ section, table }: { section: AnnualSectionDefinition; table: GeneratedTable | undefined }) {
  const styles = useGeneratedSectionStyles();
  // A year is a name, not an amount: no thousands separator.
  const years = table ? table.columns.map((c) => /^(år|läsår)$/i.test(c.trim())) : [];
  const numeric = table
    ? table.columns.map((_, i) => table.rows.length > 0 && table.rows.every((r) => r[i] === null || typeof r[i] === 'number'))
    : [];
  const badge = (
    <Badge appearance="outline" color="informative">
      Hämtas från enheterna
    </Badge>
  );
  return (
    <SectionCard sectionKey={section.key} label={section.label} badge={badge} generated testId="generated-section">
      {() => (
        <>
          {table ? (
            <DataTable
              caption={section.label}
              captionHidden
              rowHeaders
              columns={table.columns.map((c, i) => ({ label: c, numeric: numeric[i] }))}
              rows={table.rows.map((r) => r.map((cell, i) => (typeof cell === 'number' && !years[i] ? formatNumber(cell) : (cell ?? '–'))))}
              empty="Inget underlag ännu."
            />
          ) : (
            <p className={styles.note}>Inget underlag ännu.</p>
          )}
          {table?.note && <p className={styles.note}>{table.note}</p>}
        </>
      )}
    </SectionCard>
  );
}

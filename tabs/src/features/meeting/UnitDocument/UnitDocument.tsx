import { useDocumentNames } from '../../../shared/document/use-document-names';
import { mergeClasses } from '@fluentui/react-components';
import type { MeetingUnit } from '../../../api/meeting-types';
import { ChangeList } from '../../../shared/document/ChangeList/ChangeList';
import { useUnitDocumentStyles } from './UnitDocument.styles';

type Doc = NonNullable<MeetingUnit['document']>;

/** The document's entries in reading order, grouped by section (the order of first appearance kept). */
function bySection(entries: Doc['entries']) {
  const groups = new Map<string, Doc['entries']>();
  for (const e of entries) if (e.text.trim()) groups.set(e.section, [...(groups.get(e.section) ?? []), e]);
  return [...groups];
}

/**
 * A unit's document in the meeting, read-only: what changed since the last dialogue at the top,
 * then the document. On the stage it is big, for everyone to read.
 */
export function UnitDocument({ unit, bring, stage = false }: { unit: MeetingUnit; bring: 'plan' | 'report' | null; stage?: boolean }) {
  const styles = useUnitDocumentStyles();
  const names = useDocumentNames();
  const doc = unit.document;
  if (!doc) {
    const missing =
      bring === 'report'
        ? `${names.report.The} är inte påbörjad ännu.`
        : bring === 'plan'
          ? `${names.plan.The} är inte påbörjad ännu.`
          : 'Den här dialogen har inget dokument att ta med.';
    return <p className={styles.empty}>{missing}</p>;
  }
  const headingId = `doc-${unit.unitId}`;
  return (
    <article className={mergeClasses(styles.root, stage && styles.stage)} aria-labelledby={headingId} data-testid="unit-document">
      <h3 id={headingId} className={stage ? styles.stageTitle : styles.title}>
        {stage ? `${unit.name}: ${doc.title}` : doc.title}
      </h3>
      <p className={styles.meta}>{doc.statusLabel}</p>
      <section className={styles.changes} aria-label="Ändrat sedan förra dialogen" data-testid="changes-since-dialogue">
        <h4 className={styles.changesTitle}>Ändrat sedan förra dialogen{doc.changes.sinceLabel ? ` (${doc.changes.sinceLabel})` : ''}</h4>
        {doc.changes.changes.length ? (
          <ChangeList changes={doc.changes.changes} />
        ) : (
          <p className={styles.empty}>Inget har ändrats sedan förra dialogen.</p>
        )}
      </section>
      {bySection(doc.entries).map(([section, entries]) => (
        <section key={section} className={styles.section}>
          <h4 className={styles.sectionTitle}>{section}</h4>
          {entries.map((e) => (
            <p key={e.key} className={styles.entry}>
              {e.field && <span className={styles.field}>{e.field}: </span>}
              {e.text}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}

import type { DocumentSession } from '../document-session';
import { textKey } from '../report-fields';
import { AutosaveField } from '../AutosaveField/AutosaveField';
import { SectionCard } from '../SectionCard/SectionCard';

interface Props<TDoc extends { etag: string }> {
  section: { key: string; label: string; hint?: string; required?: boolean };
  session: DocumentSession<TDoc>;
  readOnly: boolean;
  /** Required and still empty on the server. */
  missing: boolean;
  rows?: number;
  testId: string;
  /** What a reader sees when the section is read-only (the editor keeps the text as stored). */
  readOnlyText?(text: string): string;
}

/** One written section (TLD-resultat, Strukturkvalitet, Likvärdighet…): heading, hint, text saved as it is typed, and its comments. */
export function TextSection<TDoc extends { etag: string }>({
  section,
  session,
  readOnly,
  missing,
  rows = 6,
  testId,
  readOnlyText,
}: Props<TDoc>) {
  return (
    <SectionCard sectionKey={section.key} label={section.label} required={section.required} missing={missing} testId={testId}>
      {(headingId) => (
        <AutosaveField
          session={session}
          fieldKey={textKey(section.key)}
          labelledBy={headingId}
          name={section.label}
          hint={section.hint}
          required={section.required}
          readOnly={readOnly}
          rows={rows}
          readOnlyText={readOnlyText}
        />
      )}
    </SectionCard>
  );
}

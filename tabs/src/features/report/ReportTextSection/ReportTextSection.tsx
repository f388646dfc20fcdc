import { Badge } from '@fluentui/react-components';
import { useId } from 'react';
import type { ReportDocument, SectionDefinition } from '../../../api/types';
import type { DocumentSession } from '../../../shared/document/document-session';
import { textKey } from '../../../shared/document/report-fields';
import { AutosaveField } from '../../../shared/document/AutosaveField/AutosaveField';
import { useCommentAnchor } from '../../../shared/document/CommentAnchor/CommentAnchor';
import { useReportTextSectionStyles } from './ReportTextSection.styles';

interface Props {
  section: SectionDefinition;
  session: DocumentSession<ReportDocument>;
  readOnly: boolean;
  /** Required and still empty on the server. */
  missing: boolean;
}

/** One written section (TLD-resultat, Strukturkvalitet…): heading, hint, text and its comments. */
export function ReportTextSection({ section, session, readOnly, missing }: Props) {
  const styles = useReportTextSectionStyles();
  const headingId = useId();
  const comments = useCommentAnchor({ anchor: `section:${section.key}`, about: section.label });
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="report-section">
      <div className={styles.header}>
        <h3 id={headingId} className={styles.title}>
          {section.label}
        </h3>
        {section.required && (
          <Badge appearance="tint" color={missing ? 'warning' : 'informative'}>
            {missing ? 'Obligatorisk – saknas' : 'Obligatorisk'}
          </Badge>
        )}
        <span className={styles.spacer} />
        {comments.button}
      </div>
      <AutosaveField
        session={session}
        fieldKey={textKey(section.key)}
        labelledBy={headingId}
        name={section.label}
        hint={section.hint}
        required={section.required}
        readOnly={readOnly}
        rows={6}
      />
      {comments.thread}
    </section>
  );
}

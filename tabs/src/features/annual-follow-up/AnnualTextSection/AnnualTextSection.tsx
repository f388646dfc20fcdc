import { Badge } from '@fluentui/react-components';
import { useId } from 'react';
import type { AnnualDocument, AnnualSectionDefinition } from '../../../api/organiser-types';
import type { DocumentSession } from '../../../shared/document/document-session';
import { textKey } from '../annual-fields';
import { AutosaveField } from '../../../shared/document/AutosaveField/AutosaveField';
import { useCommentAnchor } from '../../../shared/document/CommentAnchor/CommentAnchor';
import { useAnnualTextSectionStyles } from './AnnualTextSection.styles';

interface Props {
  section: AnnualSectionDefinition;
  session: DocumentSession<AnnualDocument>;
  readOnly: boolean;
  missing: boolean;
}

/** One of the organiser's written sections (Strukturkvalitet, Likvärdighet…): saved as it is typed. */
export function AnnualTextSection({ section, session, readOnly, missing }: Props) {
  const styles = useAnnualTextSectionStyles();
  const headingId = useId();
  const comments = useCommentAnchor({ anchor: `section:${section.key}`, about: section.label });
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="annual-section">
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
      <AutosaveField session={session} fieldKey={textKey(section.key)} labelledBy={headingId} name={section.label} hint={section.hint} required={section.required} readOnly={readOnly} rows={5} />
      {comments.thread}
    </section>
  );
}

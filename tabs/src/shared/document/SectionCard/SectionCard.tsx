import { Badge, mergeClasses } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useCommentAnchor } from '../CommentAnchor/CommentAnchor';
import { useSectionCardStyles } from './SectionCard.styles';

interface Props {
  /** The section's key: its comments are anchored at `section:<key>`. */
  sectionKey: string;
  label: string;
  required?: boolean;
  /** Required and still empty on the server. */
  missing?: boolean;
  /** Instead of the required badge (a generated section says where it comes from). */
  badge?: ReactNode;
  generated?: boolean;
  testId: string;
  /** The section's content, given the heading's id to be named by. */
  children(headingId: string): ReactNode;
}

/** One section of a document (report, annual follow-up): heading, badge, its comments, and what it holds. */
export function SectionCard({ sectionKey, label, required, missing, badge, generated, testId, children }: Props) {
  const styles = useSectionCardStyles();
  const headingId = useId();
  const comments = useCommentAnchor({ anchor: `section:${sectionKey}`, about: label });
  return (
    <section className={mergeClasses(styles.root, generated && styles.generated)} aria-labelledby={headingId} data-testid={testId}>
      <div className={styles.header}>
        <h3 id={headingId} className={styles.title}>
          {label}
        </h3>
        {badge ??
          (required && (
            <Badge appearance="tint" color={missing ? 'warning' : 'informative'}>
              {missing ? 'Obligatorisk – saknas' : 'Obligatorisk'}
            </Badge>
          ))}
        <span className={styles.spacer} />
        {comments.button}
      </div>
      {children(headingId)}
      {comments.thread}
    </section>
  );
}

/**
 * A document part's header, the same in the plan and the report: a goal area's or a commitment's
 * heading block, its comment button and the part's own actions side by side, and its comment
 * thread to place under it (the plan puts the commitment's tags between).
 */
import type { ReactNode } from 'react';
import type { Commitment, GoalArea } from '../../../api/types';
import { useCommentAnchor } from '../CommentAnchor/CommentAnchor';
import { GoalAreaHeading } from '../GoalAreaHeading/GoalAreaHeading';
import { LatestFollowUp } from '../StatusBadges/StatusBadges';

interface Part {
  header: ReactNode;
  thread: ReactNode;
}

/** The header's classes, from the screen's own makeStyles; `actions`, if given, boxes the comment button with the actions. */
interface HeaderClasses {
  header: string;
  headingBlock: string;
  title: string;
  actions?: string;
}

function usePartHeader(anchor: string, about: string, heading: ReactNode, classes: HeaderClasses, actions: ReactNode): Part {
  const comments = useCommentAnchor({ anchor, about });
  const tools = (
    <>
      {comments.button}
      {actions}
    </>
  );
  const header = (
    <div className={classes.header}>
      {heading}
      {classes.actions ? (comments.button || actions) && <div className={classes.actions}>{tools}</div> : tools}
    </div>
  );
  return { header, thread: comments.thread };
}

/** A goal area's header: "Övergripande målområde" over its name, its comments, then `actions` (a badge, remove). */
export function useGoalAreaHeader(
  area: Pick<GoalArea, 'key' | 'label'>,
  headingId: string,
  level: 2 | 3,
  classes: HeaderClasses & { overline: string },
  actions?: ReactNode,
): Part {
  const heading = (
    <GoalAreaHeading
      id={headingId}
      level={level}
      label={area.label}
      classes={{ block: classes.headingBlock, overline: classes.overline, title: classes.title }}
    />
  );
  return usePartHeader(`goalArea:${area.key}`, `målområdet ${area.label}`, heading, classes, actions);
}

/** A commitment's header: its title and latest follow-up (or `none`), its comments, then `actions` (edit, remove). */
export function useCommitmentHeader(
  commitment: Pick<Commitment, 'id' | 'title' | 'followUps'>,
  headingId: string,
  level: 3 | 4,
  none: string,
  classes: HeaderClasses & { summary: string },
  actions?: ReactNode,
): Part {
  const Heading = level === 3 ? 'h3' : 'h4';
  const heading = (
    <div className={classes.headingBlock}>
      <Heading id={headingId} className={classes.title}>
        {commitment.title}
      </Heading>
      <div className={classes.summary} data-testid="commitment-summary">
        <LatestFollowUp followUps={commitment.followUps} none={none} />
      </div>
    </div>
  );
  return usePartHeader(`commitment:${commitment.id}`, `åtagandet ${commitment.title}`, heading, classes, actions);
}

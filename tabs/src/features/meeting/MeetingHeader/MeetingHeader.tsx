import { Link } from '@fluentui/react-components';
import type { MeetingView } from '../../../api/meeting-types';
import { useMeetingHeaderStyles } from './MeetingHeader.styles';

/** Which dialogue, which group, when; what to bring; the join link where the tab is outside the call. */
export function MeetingHeader({ view, showJoin }: { view: MeetingView; showJoin: boolean }) {
  const styles = useMeetingHeaderStyles();
  return (
    <header className={styles.root}>
      <p className={styles.kind}>{view.kindLabel}</p>
      <h2 className={styles.title}>{view.groupName}</h2>
      <p className={styles.meta}>
        {view.when}
        {view.place ? ` · ${view.place}` : ''}
      </p>
      {view.bring && (
        <p className={styles.bring}>
          <strong>Ta med:</strong> {view.bring.text}
        </p>
      )}
      {showJoin && view.meeting.joinUrl && (
        <p className={styles.bring}>
          <Link href={view.meeting.joinUrl} target="_blank" rel="noreferrer">
            Anslut till Teams-mötet
          </Link>
        </p>
      )}
    </header>
  );
}

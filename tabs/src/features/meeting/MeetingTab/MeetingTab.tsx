import { Spinner } from '@fluentui/react-components';
import { useMemo } from 'react';
import { ErrorBar } from '../../../shared/components/ErrorBar/ErrorBar';
import { useAsync } from '../../../shared/hooks/use-async';
import { meetingAddress, type MeetingAddress } from '../meeting-texts';
import { MeetingOverview } from '../MeetingOverview/MeetingOverview';
import { SidePanel } from '../SidePanel/SidePanel';
import { StageView } from '../StageView/StageView';
import { useMeeting } from '../use-meeting';
import { useMeetingTabStyles } from './MeetingTab.styles';

function Screens({ address }: { address: MeetingAddress }) {
  const styles = useMeetingTabStyles();
  const { meetingApi, seam, view } = useMeeting(address);
  const canShare = useAsync(async () => (seam.data ? seam.data.canShareToStage() : false), [seam.data]);

  if (view.status === 'error')
    return (
      <div className={styles.message}>
        <ErrorBar error={view.error} onRetry={view.reload} />
      </div>
    );
  if (seam.status === 'error')
    return (
      <div className={styles.message}>
        <ErrorBar error={seam.error} onRetry={seam.reload} />
      </div>
    );
  if (view.status !== 'ready' || seam.status !== 'ready') return <Spinner label="Hämtar dialogen…" />;

  const surface = seam.data.place.surface;
  if (surface === 'stage') return <StageView view={view.data} unitId={address.stageUnitId} />;
  if (surface === 'sidePanel')
    return <SidePanel view={view.data} meetingApi={meetingApi} seam={seam.data} canShare={canShare.data === true} address={address} />;
  return <MeetingOverview view={view.data} meetingApi={meetingApi} />;
}

/**
 * The dialogue meeting's tab (?view=meeting&roundId=…&groupId=…, added to the meeting by the app):
 * in the side panel, on the stage, or as a tab in the meeting's chat and details.
 */
export default function MeetingTab() {
  const styles = useMeetingTabStyles();
  const address = useMemo(() => meetingAddress(), []);
  if (!address)
    return (
      <div className={styles.message}>
        <h2 className={styles.title}>Fliken vet inte vilken dialog den hör till</h2>
        <p>Ta bort fliken och lägg till den igen från mötet, eller skicka inbjudningarna på nytt från Dialoger.</p>
      </div>
    );
  return <Screens address={address} />;
}

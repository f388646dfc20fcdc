/** A page that only runs the tab's host seam, for the seam's own test: what it read, and a share. */
import { detectHost } from '../../tabs/src/host/host';
import { loadMeetingHost } from '../../tabs/src/host/meeting';

void (async () => {
  const host = await detectHost(3000);
  const meeting = await loadMeetingHost(host);
  const canShare = await meeting.canShareToStage();
  const share = (url: string) =>
    meeting.shareToStage(url).then(
      () => 'shared',
      (e: Error) => `${e.name}: ${e.message}`,
    );
  (window as unknown as { seam: unknown }).seam = { kind: host.kind, theme: host.theme, place: meeting.place, canShare, share };
})();

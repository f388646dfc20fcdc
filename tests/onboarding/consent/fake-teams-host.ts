/**
 * The Teams side of tab SSO, in the browser: getAuthToken fails with resourceRequiresConsent
 * until the person consents; authenticate opens the consent page in a popup, as Teams does,
 * and settles when the page reports. The tab's own TeamsSsoAuth runs against it.
 */
import { TeamsSsoAuth } from '../../../tabs/src/auth/teams-sso-auth';

let consented = false;
let popups = 0;
const authentication = {
  async getAuthToken() {
    if (!consented) throw new Error('resourceRequiresConsent');
    return 'token-after-consent';
  },
  authenticate({ url }: { url: string }) {
    popups++;
    return new Promise<string>((resolve, reject) => {
      const popup = window.open(url, 'consent', 'width=600,height=535');
      const onMessage = (e: MessageEvent) => {
        if (e.origin !== location.origin || !e.data?.consent) return;
        window.removeEventListener('message', onMessage);
        popup?.close();
        if (e.data.consent === 'success') {
          consented = true;
          resolve(String(e.data.result));
        } else reject(new Error(String(e.data.reason)));
      };
      window.addEventListener('message', onMessage);
    });
  },
};
const auth = new TeamsSsoAuth(authentication, location.origin);
(window as unknown as { ska: unknown }).ska = { auth, popups: () => popups, declined: () => auth.consentDeclined };

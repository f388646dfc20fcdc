/** Stands in for @microsoft/teams-js in the consent pages under test: the popup tells its opener (the fake Teams host) how it went. */
export const app = {
  initialize: async () => undefined,
  getContext: async () => ({ user: { tenant: { id: 'tenant-1' }, loginHint: 'pia@sjovik.example' } }),
};
const tell = (data: unknown) => (window.opener as Window | null)?.postMessage(data, location.origin);
export const authentication = {
  notifySuccess: (result?: string) => tell({ consent: 'success', result }),
  notifyFailure: (reason?: string) => tell({ consent: 'failure', reason }),
};

import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from '../../api/client';
import type { AppConfig } from '../../api/types';
import type { AuthProvider } from '../../auth/auth-provider';
import type { Host } from '../../host/host';

/** What every screen may use: the API client, who signs in how, the server's config and the host. */
export interface Services {
  api: ApiClient;
  auth: AuthProvider;
  config: AppConfig;
  host: Host;
  /** Forget the person and show the sign-in again (dev mode). */
  signOut(): void;
  /** "Byt användare" (dev mode): sign out and start the next person on their own start view, not the previous person's place. */
  switchUser(): void;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ value, children }: { value: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}

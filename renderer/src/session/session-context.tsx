import type { WerkbankApi } from '../../../shared/contract/api';
import { createStoreContext } from '../stores/store-context';
import { storeFor } from '../stores/store-for';
import { createSessionStore, type SessionState, type SessionStore } from './session-store';

/** One session store per engine connection, kept while the user visits other sections. */
export function sessionStoreFor(api: WerkbankApi): SessionStore {
  return storeFor(api, createSessionStore);
}

const context = createStoreContext<SessionState>('Session');

export const SessionProvider = context.Provider;
export const useSession = context.useSelect;
export const useSessionStore = context.useStoreApi;

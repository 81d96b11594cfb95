import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { WerkbankApi } from '../../../shared/contract/api';
import { createCodingStore, type CodingState, type CodingStore } from './coding-store';

/**
 * One coding store per engine connection, kept while the user visits other sections, so coming back
 * shows the same dataset, filter and record. A new project starts it afresh.
 */
const stores = new WeakMap<WerkbankApi, CodingStore>();

export function codingStoreFor(api: WerkbankApi): CodingStore {
  let store = stores.get(api);
  if (!store) {
    store = createCodingStore(api);
    stores.set(api, store);
  }
  return store;
}

const CodingContext = createContext<CodingStore | null>(null);

export function CodingProvider({ store, children }: { store: CodingStore; children: ReactNode }) {
  return <CodingContext.Provider value={store}>{children}</CodingContext.Provider>;
}

export function useCodingStore(): CodingStore {
  const store = useContext(CodingContext);
  if (!store) throw new Error('useCoding is used outside <CodingProvider>');
  return store;
}

export function useCoding<T>(selector: (state: CodingState) => T): T {
  return useStore(useCodingStore(), selector);
}

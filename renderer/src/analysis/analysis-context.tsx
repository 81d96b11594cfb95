import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { WerkbankApi } from '../../../shared/contract/api';
import { createAnalysisStore, type AnalysisState, type AnalysisStore } from './analysis-store';

/**
 * One analysis store per engine connection, kept while the user visits other sections, so that coming
 * back shows the same dataset, view and chosen areas. A new project starts the store afresh.
 */
const stores = new WeakMap<WerkbankApi, AnalysisStore>();

export function analysisStoreFor(api: WerkbankApi): AnalysisStore {
  let store = stores.get(api);
  if (!store) {
    store = createAnalysisStore(api);
    stores.set(api, store);
  }
  return store;
}

const AnalysisContext = createContext<AnalysisStore | null>(null);

export function AnalysisProvider({ store, children }: { store: AnalysisStore; children: ReactNode }) {
  return <AnalysisContext.Provider value={store}>{children}</AnalysisContext.Provider>;
}

export function useAnalysis<T>(selector: (state: AnalysisState) => T): T {
  const store = useContext(AnalysisContext);
  if (!store) throw new Error('useAnalysis is used outside <AnalysisProvider>');
  return useStore(store, selector);
}

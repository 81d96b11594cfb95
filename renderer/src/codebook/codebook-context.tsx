import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { WerkbankApi } from '../../../shared/contract/api';
import { createCodebookStore, type CodebookState, type CodebookStore } from './codebook-store';

/**
 * One codebook store per engine connection, kept while the user visits other sections, so coming back
 * shows the same code, open branches and reports. A new project starts it afresh.
 */
const stores = new WeakMap<WerkbankApi, CodebookStore>();

export function codebookStoreFor(api: WerkbankApi): CodebookStore {
  let store = stores.get(api);
  if (!store) {
    store = createCodebookStore(api);
    stores.set(api, store);
  }
  return store;
}

const CodebookContext = createContext<CodebookStore | null>(null);

export function CodebookProvider({ store, children }: { store: CodebookStore; children: ReactNode }) {
  return <CodebookContext.Provider value={store}>{children}</CodebookContext.Provider>;
}

export function useCodebook<T>(selector: (state: CodebookState) => T): T {
  const store = useContext(CodebookContext);
  if (!store) throw new Error('useCodebook is used outside <CodebookProvider>');
  return useStore(store, selector);
}

import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { CrosstabState, CrosstabStore } from './crosstab-store';

const CrosstabContext = createContext<CrosstabStore | null>(null);

export function CrosstabProvider({ store, children }: { store: CrosstabStore; children: ReactNode }) {
  return <CrosstabContext.Provider value={store}>{children}</CrosstabContext.Provider>;
}

export function useCrosstab<T>(selector: (state: CrosstabState) => T): T {
  const store = useContext(CrosstabContext);
  if (!store) throw new Error('useCrosstab is used outside <CrosstabProvider>');
  return useStore(store, selector);
}

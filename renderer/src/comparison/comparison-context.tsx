import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ComparisonState, ComparisonStore } from './comparison-store';

const ComparisonContext = createContext<ComparisonStore | null>(null);

export function ComparisonProvider({ store, children }: { store: ComparisonStore; children: ReactNode }) {
  return <ComparisonContext.Provider value={store}>{children}</ComparisonContext.Provider>;
}

export function useComparison<T>(selector: (state: ComparisonState) => T): T {
  const store = useContext(ComparisonContext);
  if (!store) throw new Error('useComparison is used outside <ComparisonProvider>');
  return useStore(store, selector);
}

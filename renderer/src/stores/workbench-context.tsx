import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { WorkbenchState, WorkbenchStore } from './workbench-store';

const WorkbenchContext = createContext<WorkbenchStore | null>(null);

/** A store per app instance rather than a module singleton, so each test renders with its own engine. */
export function WorkbenchProvider({ store, children }: { store: WorkbenchStore; children: ReactNode }) {
  return <WorkbenchContext.Provider value={store}>{children}</WorkbenchContext.Provider>;
}

export function useWorkbench<T>(selector: (state: WorkbenchState) => T): T {
  const store = useContext(WorkbenchContext);
  if (!store) throw new Error('useWorkbench is used outside <WorkbenchProvider>');
  return useStore(store, selector);
}

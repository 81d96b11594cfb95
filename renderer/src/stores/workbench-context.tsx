import { createStoreContext } from './store-context';
import type { WorkbenchState } from './workbench-store';

/** A store per app instance rather than a module singleton, so each test renders with its own engine. */
const context = createStoreContext<WorkbenchState>('Workbench');

export const WorkbenchProvider = context.Provider;
export const useWorkbench = context.useSelect;
export const useWorkbenchStore = context.useStoreApi;

import { createStoreContext } from '../stores/store-context';
import type { CrosstabState } from './crosstab-store';

const context = createStoreContext<CrosstabState>('Crosstab');

export const CrosstabProvider = context.Provider;
export const useCrosstab = context.useSelect;

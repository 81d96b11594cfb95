import { createStoreContext } from '../stores/store-context';
import type { ComparisonState } from './comparison-store';

const context = createStoreContext<ComparisonState>('Comparison');

export const ComparisonProvider = context.Provider;
export const useComparison = context.useSelect;

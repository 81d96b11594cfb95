import type { WerkbankApi } from '../../../shared/contract/api';
import { createStoreContext } from '../stores/store-context';
import { storeFor } from '../stores/store-for';
import { createAnalysisStore, type AnalysisState, type AnalysisStore } from './analysis-store';

/**
 * One analysis store per engine connection, kept while the user visits other sections, so that coming
 * back shows the same dataset, view and chosen areas. A new project starts the store afresh.
 */
export function analysisStoreFor(api: WerkbankApi): AnalysisStore {
  return storeFor(api, createAnalysisStore);
}

const context = createStoreContext<AnalysisState>('Analysis');

export const AnalysisProvider = context.Provider;
export const useAnalysis = context.useSelect;

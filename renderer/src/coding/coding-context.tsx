import type { WerkbankApi } from '../../../shared/contract/api';
import { createStoreContext } from '../stores/store-context';
import { storeFor } from '../stores/store-for';
import { createCodingStore, type CodingState, type CodingStore } from './coding-store';

/**
 * One coding store per engine connection, kept while the user visits other sections, so coming back
 * shows the same dataset, filter and record. A new project starts it afresh.
 */
export function codingStoreFor(api: WerkbankApi): CodingStore {
  return storeFor(api, createCodingStore);
}

const context = createStoreContext<CodingState>('Coding');

export const CodingProvider = context.Provider;
export const useCodingStore = context.useStoreApi;
export const useCoding = context.useSelect;

import type { WerkbankApi } from '../../../shared/contract/api';
import { createStoreContext } from '../stores/store-context';
import { storeFor } from '../stores/store-for';
import { createCodebookStore, type CodebookState, type CodebookStore } from './codebook-store';

/**
 * One codebook store per engine connection, kept while the user visits other sections, so coming back
 * shows the same code, open branches and reports. A new project starts it afresh.
 */
export function codebookStoreFor(api: WerkbankApi): CodebookStore {
  return storeFor(api, createCodebookStore);
}

const context = createStoreContext<CodebookState>('Codebook');

export const CodebookProvider = context.Provider;
export const useCodebook = context.useSelect;

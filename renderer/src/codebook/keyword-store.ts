import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { KeywordDictionary } from '../../../shared/coding/coding-types';
import type { WerkbankApi } from '../../../shared/contract/api';
import type { LocalizedText } from '../../../shared/contract/result';
import { createCaller } from '../../../shared/contract/caller';
import { useWorkbench } from '../stores/workbench-context';
import { storeFor } from '../stores/store-for';

export interface KeywordState {
  /** The project this state belongs to; another project starts afresh. */
  project: string | null;
  dictionary: KeywordDictionary | 'loading' | 'unavailable';
  busy: boolean;
  /** A failure to read or reset the dictionary; a refused pattern goes back to the field that sent it. */
  error: LocalizedText | null;

  open(project: string): Promise<void>;
  /** Replaces one code's patterns; answers the engine's refusal (naming the bad pattern), or null. */
  setPatterns(code: string, patterns: string[]): Promise<LocalizedText | null>;
  reset(): Promise<boolean>;
  dismissError(): void;
}

export type KeywordStore = StoreApi<KeywordState>;

/** The keyword dictionary of the open project, as the codebook edits it. */
export function createKeywordStore(api: WerkbankApi): KeywordStore {
  const callEngine = createCaller(api);
  return createStore<KeywordState>()((set, get) => ({
    project: null,
    dictionary: 'loading',
    busy: false,
    error: null,

    async open(project) {
      if (get().project !== project) set({ project, dictionary: 'loading', error: null });
      const answer = await callEngine('keywords.get', {});
      if (get().project !== project) return;
      set(answer.ok ? { dictionary: answer.data } : { dictionary: 'unavailable', error: answer.error.message });
    },

    async setPatterns(code, patterns) {
      set({ busy: true });
      const answer = await callEngine('keywords.set', { code, patterns });
      set({ busy: false });
      if (!answer.ok) return answer.error.message;
      set({ dictionary: answer.data });
      return null;
    },

    async reset() {
      set({ busy: true, error: null });
      const answer = await callEngine('keywords.reset', {});
      set(answer.ok ? { busy: false, dictionary: answer.data } : { busy: false, error: answer.error.message });
      return answer.ok;
    },

    dismissError() {
      set({ error: null });
    },
  }));
}

export function keywordStoreFor(api: WerkbankApi): KeywordStore {
  return storeFor(api, createKeywordStore);
}

export function useKeywords<T>(selector: (state: KeywordState) => T): T {
  const api = useWorkbench((state) => state.api);
  return useStore(keywordStoreFor(api), selector);
}

import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CodingProfile, CodingProgress } from '../../../shared/coding/coding-types';
import { defaultWordsCoder } from '../../../shared/coding/words-index';
import type { WerkbankApi } from '../../../shared/contract/api';
import type { DatasetSummary } from '../../../shared/contract/channels';
import type { LocalizedText } from '../../../shared/contract/result';
import type { ScoreAudience } from '../../../shared/scores/score-types';
import { createCaller, type Caller } from '../../../shared/contract/caller';
import { useWorkbench } from '../stores/workbench-context';
import { storeFor } from '../stores/store-for';

/** A dataset with records to place by area and coders who coded some of them. */
export interface CodedDataset {
  name: string;
  /** Only the coders with codings, in the engine's order: consensus, people, the auto-coder. */
  coders: CodingProgress[];
}

/** The two radars side by side, or both on one index chart. */
export type Arrangement = 'pair' | 'overlay';

export interface CodingProfileState {
  project: string | null;
  datasets: CodedDataset[] | 'loading';
  dataset: string | null;
  coder: string | null;
  /** Why the view opened on this coder (null once the user chose one): said beside the choice. */
  coderChosenBy: 'consensus' | 'most_coded' | null;
  audience: ScoreAudience;
  profile: CodingProfile | null;
  area: string | null;
  arrangement: Arrangement;
  error: LocalizedText | null;

  /** Reads which datasets have codings again (they change in Coderen and the codebook), then the profile. */
  open(project: string, datasets: DatasetSummary[], audience: ScoreAudience): Promise<void>;
  selectDataset(dataset: string): Promise<void>;
  selectCoder(coder: string): Promise<void>;
  selectArea(code: string): void;
  setArrangement(arrangement: Arrangement): void;
  dismissError(): void;
}

export type CodingProfileStore = StoreApi<CodingProfileState>;

const initial = {
  project: null,
  datasets: 'loading',
  dataset: null,
  coder: null,
  coderChosenBy: null,
  audience: 'researcher',
  profile: null,
  area: null,
  arrangement: 'pair',
  error: null,
} satisfies Partial<CodingProfileState>;

async function codedDatasets(callEngine: Caller, datasets: DatasetSummary[]): Promise<CodedDataset[]> {
  const found = await Promise.all(
    datasets.map(async ({ name }) => {
      const [setup, progress] = await Promise.all([
        callEngine('coding.setup', { dataset: name }),
        callEngine('coding.progress', { dataset: name }),
      ]);
      if (!setup.ok || !progress.ok || setup.data.areaColumn === null) return null;
      const coders = progress.data.filter((coder) => coder.coded > 0);
      return coders.length > 0 ? { name, coders } : null;
    }),
  );
  return found.filter((dataset): dataset is CodedDataset => dataset !== null);
}

/**
 * Profiles from codings: which coded dataset and coder, and the engine's shares per area for them. An
 * answer overtaken by a later request is dropped.
 */
export function createCodingProfileStore(api: WerkbankApi): CodingProfileStore {
  const callEngine = createCaller(api);
  return createStore<CodingProfileState>()((set, get) => {
    let request = 0;

    async function loadProfile(): Promise<void> {
      const { dataset, coder, audience } = get();
      const number = ++request;
      if (!dataset || !coder) {
        set({ profile: null });
        return;
      }
      const answer = await callEngine('coding.profile', { dataset, coder, audience });
      if (number !== request) return;
      if (!answer.ok) {
        set({ profile: null, error: answer.error.message });
        return;
      }
      const profile = answer.data;
      const area = get().area;
      const shown =
        profile.areas.find((candidate) => candidate.coded !== null && !candidate.belowThreshold) ?? profile.areas[0];
      set({
        profile,
        area: area && profile.areas.some((candidate) => candidate.code === area) ? area : (shown?.code ?? null),
      });
    }

    /** The coder chosen before where the dataset has it, else the consensus or the coder with the most coded records. */
    function defaultCoder(dataset: string | null): Pick<CodingProfileState, 'coder' | 'coderChosenBy'> {
      const datasets = get().datasets;
      const coders = Array.isArray(datasets)
        ? (datasets.find((candidate) => candidate.name === dataset)?.coders ?? [])
        : [];
      const { coder: current, coderChosenBy } = get();
      if (coders.some((coder) => coder.coder === current)) return { coder: current, coderChosenBy };
      const chosen = defaultWordsCoder(coders);
      return { coder: chosen?.coder ?? null, coderChosenBy: chosen?.why ?? null };
    }

    return {
      ...initial,

      async open(project, summaries, audience) {
        if (get().project !== project) set({ ...initial, project });
        set({ audience });
        const number = ++request;
        const datasets = await codedDatasets(callEngine, summaries);
        if (number !== request || get().project !== project) return;
        const current = get().dataset;
        const dataset = datasets.some((candidate) => candidate.name === current)
          ? current
          : (datasets[0]?.name ?? null);
        set({ datasets, dataset });
        set(defaultCoder(dataset));
        await loadProfile();
      },

      async selectDataset(dataset) {
        set({ dataset, profile: null, area: null });
        set(defaultCoder(dataset));
        await loadProfile();
      },

      async selectCoder(coder) {
        set({ coder, coderChosenBy: null });
        await loadProfile();
      },

      selectArea(area) {
        set({ area });
      },

      setArrangement(arrangement) {
        set({ arrangement });
      },

      dismissError() {
        set({ error: null });
      },
    };
  });
}

/** One store per engine connection, kept while the user visits other sections; a new project starts afresh. */
export function codingProfileStoreFor(api: WerkbankApi): CodingProfileStore {
  return storeFor(api, createCodingProfileStore);
}

export function useCodingProfile<T>(selector: (state: CodingProfileState) => T): T {
  const api = useWorkbench((state) => state.api);
  return useStore(codingProfileStoreFor(api), selector);
}

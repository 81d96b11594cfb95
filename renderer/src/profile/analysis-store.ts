import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WerkbankApi } from '../../../shared/contract/api';
import type { DatasetSummary, VariableSummary } from '../../../shared/contract/channels';
import type { LocalizedText } from '../../../shared/contract/result';
import type { ConditionId } from '../../../shared/conditions';
import type {
  IndicatorMapping,
  MappedIndicator,
  ScoreAudience,
  ScoreReference,
  ScoreTable,
} from '../../../shared/scores/score-types';
import { createCaller, failed, reportingCaller } from '../../../shared/contract/caller';
import { MAX_SERIES } from '../charts/series-styles';
import type { AreaSort, ChartLevel } from '../../../shared/scores/profile-data';

/** `words`: the profile from codings beside the indicator profile (coding-profile/). */
export type AnalysisView = 'indicators' | 'profiles' | 'words' | 'crosstabs';
/** One area against the reference, up to four areas overlaid, or every area as small multiples. */
export type ChartMode = 'profile' | 'compare' | 'all';

export type Loadable<T> = T | 'loading' | 'unavailable';

export interface AnalysisState {
  /** The project this state belongs to; another project starts afresh. */
  project: string | null;
  datasets: DatasetSummary[];
  dataset: string | null;
  variables: Loadable<VariableSummary[]>;
  /** Every mapping of every dataset: the table of all mappings shows them all. */
  mappings: Loadable<MappedIndicator[]>;
  scores: ScoreTable | null;
  scoresLoading: boolean;
  view: AnalysisView;
  audience: ScoreAudience;
  /** Only this municipality's areas are shown (GM code); null: all. */
  municipality: string | null;
  /** The areas standardised over: those shown, or all of the dataset. */
  reference: ScoreReference;
  threshold: number | null;
  error: LocalizedText | null;

  selectedArea: string | null;
  comparedAreas: string[];
  chartMode: ChartMode;
  level: ChartLevel;
  /** Zoomed in on one condition's indicators or domains; null for all conditions. */
  zoomCondition: ConditionId | null;
  tableSort: AreaSort;
  multiplesSort: AreaSort;

  open(project: string, datasets: DatasetSummary[]): Promise<void>;
  selectDataset(dataset: string): Promise<void>;
  setView(view: AnalysisView): void;
  setAudience(audience: ScoreAudience): Promise<void>;
  setMunicipality(municipality: string | null): Promise<void>;
  setReference(reference: ScoreReference): Promise<void>;
  setThreshold(threshold: number): Promise<void>;
  /** An area dataset's base column (null: none) and the threshold it carries (null: none). */
  setBase(variable: string | null, threshold: number | null): Promise<void>;
  mapVariable(variable: string, condition: ConditionId): Promise<void>;
  updateMapping(mapping: IndicatorMapping): Promise<void>;
  removeMapping(dataset: string, variable: string): Promise<void>;
  selectArea(code: string): void;
  toggleCompared(code: string): void;
  setChartMode(mode: ChartMode): void;
  setLevel(level: ChartLevel): void;
  setZoomCondition(condition: ConditionId | null): void;
  setTableSort(sort: AreaSort): void;
  setMultiplesSort(sort: AreaSort): void;
  dismissError(): void;
}

export type AnalysisStore = StoreApi<AnalysisState>;

const initial = {
  project: null,
  datasets: [],
  dataset: null,
  variables: 'loading',
  mappings: 'loading',
  scores: null,
  scoresLoading: false,
  view: 'indicators',
  audience: 'researcher',
  municipality: null,
  reference: 'municipality',
  threshold: null,
  error: null,
  selectedArea: null,
  comparedAreas: [],
  chartMode: 'profile',
  level: 'conditions',
  zoomCondition: null,
  tableSort: 'name',
  multiplesSort: 'name',
} satisfies Partial<AnalysisState>;

/**
 * The Analyse section's state. Every change of a mapping, the audience, the reference set or the
 * threshold asks the engine for the scores again at once; an answer overtaken by a later request is
 * dropped, so the table and charts always show the latest state.
 */
export function createAnalysisStore(api: WerkbankApi): AnalysisStore {
  const callEngine = createCaller(api);
  return createStore<AnalysisState>()((set, get) => {
    let scoresRequest = 0;
    let variablesRequest = 0;

    const call = reportingCaller(callEngine, (error) => set({ error }));

    async function refreshScores(): Promise<void> {
      const { dataset, municipality, reference, audience } = get();
      const number = ++scoresRequest;
      if (!dataset) {
        set({ scores: null, scoresLoading: false });
        return;
      }
      set({ scoresLoading: true });
      const answer = await callEngine('scores.compute', { dataset, municipality, reference, audience });
      if (number !== scoresRequest) return;
      if (!answer.ok) {
        set({ scores: null, scoresLoading: false, error: answer.error.message });
        return;
      }
      const scores = answer.data;
      const codes = new Set(scores.areas.map((area) => area.code));
      const shown = scores.areas.filter((area) => !(area.suppressed && audience === 'partner'));
      const selected = get().selectedArea;
      set({
        scores,
        scoresLoading: false,
        selectedArea: selected && codes.has(selected) ? selected : (shown[0]?.code ?? scores.areas[0]?.code ?? null),
        comparedAreas: get().comparedAreas.filter((code) => codes.has(code)),
      });
    }

    async function loadVariables(dataset: string): Promise<void> {
      const number = ++variablesRequest;
      set({ variables: 'loading' });
      const variables = await call('datasets.variables', { dataset });
      if (number !== variablesRequest) return;
      set({ variables: variables === failed ? 'unavailable' : variables });
    }

    async function applyMappings(change: Promise<MappedIndicator[] | typeof failed>): Promise<void> {
      const mappings = await change;
      if (mappings === failed) return;
      set({ mappings });
      await refreshScores();
    }

    return {
      ...initial,

      async open(project, datasets) {
        const fresh = get().project !== project;
        if (fresh) set({ ...initial, project, datasets });
        else set({ datasets });
        // Read again on every visit: mappings, labels and the threshold may have changed elsewhere (the CLI, the Data section).
        const [mappings, settings] = await Promise.all([call('mappings.list', {}), call('project.settings', {})]);
        if (get().project !== project) return;
        set({
          mappings: mappings === failed ? 'unavailable' : mappings,
          threshold: settings === failed ? null : settings.publicationThreshold,
        });
        const current = get().dataset;
        if (current && datasets.some((d) => d.name === current)) {
          await Promise.all([loadVariables(current), refreshScores()]);
          return;
        }
        const mapped =
          mappings === failed ? undefined : datasets.find((d) => mappings.some((m) => m.dataset === d.name));
        const first = mapped ?? datasets[0];
        // A project whose indicators are mapped opens on its profiles; one without, on the mapping.
        if (fresh) set({ view: mapped ? 'profiles' : 'indicators' });
        if (first) await get().selectDataset(first.name);
        else set({ dataset: null, variables: [], scores: null });
      },

      async selectDataset(dataset) {
        set({
          dataset,
          scores: null,
          selectedArea: null,
          comparedAreas: [],
          municipality: null,
          reference: 'municipality',
          error: null,
        });
        await Promise.all([loadVariables(dataset), refreshScores()]);
      },

      setView(view) {
        set({ view });
      },

      async setAudience(audience) {
        if (audience === get().audience) return;
        set({ audience });
        await refreshScores();
      },

      async setMunicipality(municipality) {
        set({ municipality });
        await refreshScores();
      },

      async setReference(reference) {
        set({ reference });
        await refreshScores();
      },

      async setBase(variable, threshold) {
        const { dataset } = get();
        if (!dataset) return;
        const base = await call('datasets.setBase', { dataset, variable, threshold });
        if (base === failed) return;
        await refreshScores();
      },

      async setThreshold(threshold) {
        const settings = await call('project.updateSettings', { publicationThreshold: threshold });
        if (settings === failed) return;
        set({ threshold: settings.publicationThreshold });
        await refreshScores();
      },

      async mapVariable(variable, condition) {
        const { dataset, mappings } = get();
        if (!dataset) return;
        // Moving a mapped variable to another condition keeps its polarity, weight and reversal.
        const existing = Array.isArray(mappings)
          ? mappings.find((m) => m.dataset === dataset && m.variable === variable)
          : undefined;
        const mapping: IndicatorMapping = existing
          ? {
              dataset,
              variable,
              condition,
              domain: existing.condition === condition ? existing.domain : null,
              polarity: existing.polarity,
              weight: existing.weight,
              reverse: existing.reverse,
            }
          : { dataset, variable, condition, domain: null, polarity: 'positive', weight: 1, reverse: false };
        await applyMappings(call('mappings.set', mapping));
      },

      async updateMapping(mapping) {
        await applyMappings(call('mappings.set', mapping));
      },

      async removeMapping(dataset, variable) {
        await applyMappings(call('mappings.remove', { dataset, variable }));
      },

      selectArea(code) {
        set({ selectedArea: code });
      },

      toggleCompared(code) {
        const compared = get().comparedAreas;
        if (compared.includes(code)) set({ comparedAreas: compared.filter((c) => c !== code) });
        else if (compared.length < MAX_SERIES) set({ comparedAreas: [...compared, code] });
      },

      setChartMode(chartMode) {
        set({ chartMode });
      },

      setLevel(level) {
        set({ level });
      },

      setZoomCondition(zoomCondition) {
        set({ zoomCondition });
      },

      setTableSort(tableSort) {
        set({ tableSort });
      },

      setMultiplesSort(multiplesSort) {
        set({ multiplesSort });
      },

      dismissError() {
        set({ error: null });
      },
    };
  });
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  CONSENSUS_CODER,
  type AgreementReport,
  type CodingProgress,
  type DisagreementPage,
} from '../../../shared/coding/coding-types';
import { codeLineage, type CodeLineage } from '../../../shared/coding/code-lineage';
import type { WerkbankApi } from '../../../shared/contract/api';
import type { LocalizedText } from '../../../shared/contract/result';
import { createCaller, failed, reportingCaller } from '../../../shared/contract/caller';

/** Disagreements shown per page: each is a small table, and ten fit a few screens. */
export const DISAGREEMENTS_PER_PAGE = 10;

/** What the consensus holds and what is still open, for the progress line. */
export interface ConsensusCounts {
  consensus: CodingProgress;
  /** Records on which the compared coders differ, and those of them the consensus does not hold yet. */
  disagreements: number;
  unresolved: number;
}

export interface ComparisonState {
  /** The project this state belongs to; another project starts afresh. */
  project: string | null;
  dataset: string | null;
  textColumn: string | null;
  /** The codebook, archived codes included (old codings may use them), for labels and colours. */
  lineage: CodeLineage | null;
  /** Coded / total per coder of this dataset, the consensus included. */
  progress: CodingProgress[];
  /** The coders being compared. */
  selected: string[];
  /** Whether the user chose the coders; until then every person who coded is compared, also one merged in later. */
  selectionChosen: boolean;
  /** Null while fewer than two coders are chosen. */
  agreement: AgreementReport | 'loading' | null;
  disagreements: DisagreementPage | 'loading' | null;
  counts: ConsensusCounts | null;
  unresolvedOnly: boolean;
  offset: number;
  /** Records the last "accept agreements" took into the consensus. */
  accepted: number | null;
  /** The id of the record whose consensus was saved last. */
  saved: string | null;
  busy: boolean;
  error: LocalizedText | null;

  open(project: string, dataset: string, textColumn: string): Promise<void>;
  /** Reads everything again: after a merge or an import other coders or codes may be there. */
  refresh(): Promise<void>;
  setCoderChosen(coder: string, chosen: boolean): Promise<void>;
  setUnresolvedOnly(unresolvedOnly: boolean): Promise<void>;
  showPage(offset: number): Promise<void>;
  saveConsensus(record: number, id: string, codes: string[]): Promise<boolean>;
  acceptAgreements(): Promise<void>;
  dismissError(): void;
}

export type ComparisonStore = StoreApi<ComparisonState>;

/** The coders whose codings can be compared: everyone who coded this dataset but the consensus. */
export function comparableCoders(progress: readonly CodingProgress[]): CodingProgress[] {
  return progress.filter((entry) => entry.coder !== CONSENSUS_CODER && entry.coded > 0);
}

/** People are compared by default; the auto-coder only when chosen, as the engine does. */
function defaultSelection(progress: readonly CodingProgress[], people: ReadonlySet<string>): string[] {
  return comparableCoders(progress)
    .filter((entry) => people.has(entry.coder))
    .map((entry) => entry.coder);
}

export function createComparisonStore(api: WerkbankApi): ComparisonStore {
  return createStore<ComparisonState>()((set, get) => {
    const call = reportingCaller(createCaller(api), (error) => set({ error }));
    /**
     * The latest request of each kind: an answer to an older one is dropped, since the user has moved on
     * (other coders, another page). Kept apart, so a new page does not drop the agreement on its way.
     */
    const latest = { base: 0, agreement: 0, list: 0 };

    const compared = () => (get().selected.length >= 2 ? get().selected : null);

    async function loadAgreement(dataset: string): Promise<void> {
      const round = ++latest.agreement;
      const coders = compared();
      if (!coders) {
        set({ agreement: null });
        return;
      }
      set({ agreement: 'loading' });
      const report = await call('coding.agreement', { dataset, coders });
      if (round === latest.agreement) set({ agreement: report === failed ? null : report });
    }

    async function loadDisagreements(dataset: string, textColumn: string): Promise<void> {
      const round = ++latest.list;
      const coders = compared();
      if (!coders) {
        set({ disagreements: null, counts: null });
        return;
      }
      const { unresolvedOnly, offset } = get();
      // A page shown stays until the next one is there, so the focus in it is not lost meanwhile.
      if (get().disagreements === null) set({ disagreements: 'loading' });
      const request = { dataset, textColumn, coders, offset: 0, limit: 1 };
      const [page, other, progress] = await Promise.all([
        call('coding.disagreements', { ...request, unresolvedOnly, offset, limit: DISAGREEMENTS_PER_PAGE }),
        call('coding.disagreements', { ...request, unresolvedOnly: !unresolvedOnly }),
        call('coding.progress', { dataset }),
      ]);
      if (round !== latest.list) return;
      if (page === failed || other === failed || progress === failed) {
        set({ disagreements: null, counts: null });
        return;
      }
      // A page beyond the end (the last record of the last page resolved) falls back to the page before.
      if (page.rows.length === 0 && offset > 0) {
        set({ offset: Math.max(0, offset - DISAGREEMENTS_PER_PAGE) });
        return loadDisagreements(dataset, textColumn);
      }
      const all = unresolvedOnly ? other.matching : page.matching;
      const unresolved = unresolvedOnly ? page.matching : other.matching;
      const consensus = progress.find((entry) => entry.coder === CONSENSUS_CODER) ?? {
        coder: CONSENSUS_CODER,
        coded: 0,
        total: progress[0]?.total ?? 0,
      };
      set({ disagreements: page, progress, counts: { consensus, disagreements: all, unresolved } });
    }

    async function loadComparison(): Promise<void> {
      const { dataset, textColumn } = get();
      if (!dataset || !textColumn) return;
      await Promise.all([loadAgreement(dataset), loadDisagreements(dataset, textColumn)]);
    }

    async function loadAll(): Promise<void> {
      const dataset = get().dataset;
      if (!dataset) return;
      const round = ++latest.base;
      const [codebook, coders, progress] = await Promise.all([
        call('codebook.get', { includeArchived: true }),
        call('coders.list', {}),
        call('coding.progress', { dataset }),
      ]);
      if (round !== latest.base || codebook === failed || coders === failed || progress === failed) return;
      const people = new Set(coders.coders.filter((coder) => coder.kind === 'person').map((coder) => coder.name));
      const available = new Set(comparableCoders(progress).map((entry) => entry.coder));
      const selected = get().selectionChosen
        ? get().selected.filter((coder) => available.has(coder))
        : defaultSelection(progress, people);
      set({ lineage: codeLineage(codebook.codes), progress, selected });
      await loadComparison();
    }

    return {
      project: null,
      dataset: null,
      textColumn: null,
      lineage: null,
      progress: [],
      selected: [],
      selectionChosen: false,
      agreement: null,
      disagreements: null,
      counts: null,
      unresolvedOnly: false,
      offset: 0,
      accepted: null,
      saved: null,
      busy: false,
      error: null,

      async open(project, dataset, textColumn) {
        if (get().project !== project || get().dataset !== dataset || get().textColumn !== textColumn) {
          set({
            project,
            dataset,
            textColumn,
            lineage: null,
            progress: [],
            selected: [],
            selectionChosen: false,
            agreement: 'loading',
            disagreements: 'loading',
            counts: null,
            offset: 0,
            accepted: null,
            saved: null,
            error: null,
          });
        }
        await loadAll();
      },

      refresh: loadAll,

      async setCoderChosen(coder, chosen) {
        const selected = get().selected.filter((name) => name !== coder);
        if (chosen) selected.push(coder);
        const order = get().progress.map((entry) => entry.coder);
        selected.sort((a, b) => order.indexOf(a) - order.indexOf(b));
        set({ selected, selectionChosen: true, offset: 0, accepted: null, saved: null });
        await loadComparison();
      },

      async setUnresolvedOnly(unresolvedOnly) {
        set({ unresolvedOnly, offset: 0, saved: null });
        const { dataset, textColumn } = get();
        if (dataset && textColumn) await loadDisagreements(dataset, textColumn);
      },

      async showPage(offset) {
        set({ offset, saved: null });
        const { dataset, textColumn } = get();
        if (dataset && textColumn) await loadDisagreements(dataset, textColumn);
      },

      async saveConsensus(record, id, codes) {
        const { dataset, textColumn } = get();
        if (!dataset || !textColumn) return false;
        set({ busy: true, error: null, saved: null, accepted: null });
        const change = await call('coding.set', { dataset, coder: CONSENSUS_CODER, record, codes, coded: true });
        set({ busy: false });
        if (change === failed) return false;
        set({ saved: id });
        await loadDisagreements(dataset, textColumn);
        return true;
      },

      async acceptAgreements() {
        const { dataset, textColumn } = get();
        const coders = compared();
        if (!dataset || !textColumn || !coders) return;
        set({ busy: true, error: null, saved: null, accepted: null });
        const result = await call('coding.acceptAgreements', { dataset, coders });
        set({ busy: false });
        if (result === failed) return;
        set({ accepted: result.records });
        await loadDisagreements(dataset, textColumn);
      },

      dismissError() {
        set({ error: null });
      },
    };
  });
}

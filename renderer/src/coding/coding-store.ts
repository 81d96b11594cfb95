import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WerkbankApi } from '../../../shared/contract/api';
import type { DatasetSummary } from '../../../shared/contract/channels';
import type { LocalizedText } from '../../../shared/contract/result';
import type {
  Coders,
  CodingFilter,
  CodingProgress,
  CodingSetup,
  RecordDetail,
  Segment,
} from '../../../shared/coding/coding-types';
import { codeLineage, type CodeLineage } from '../../../shared/coding/code-lineage';
import type { KeywordMatcher } from '../../../shared/coding/keyword-match';
import { createCaller, failed, reportingCaller } from '../../../shared/contract/caller';
import { codeKeymap, type CodeKeymap } from './code-keys';
import { createCodingActions, type CodingScope } from './coding-actions';
import { emptyCache, engineOffset, pagesBetween, PAGE_SIZE, withPage, type PageCache } from './page-cache';
import type { TextSpan } from './selection-span';
import { dictionaryMatcher } from './suggestions';
import { emptyHistory, type UndoHistory } from './undo-history';

export type Loadable<T> = T | 'loading' | 'unavailable';

export interface CodingState {
  /** The project this state belongs to; another project starts afresh. */
  project: string | null;
  coders: Loadable<Coders>;
  /** The form to choose another coder is open. */
  switchingCoder: boolean;
  /** The codebook as coding uses it: every code with its place, and the keys of the codable ones. */
  lineage: CodeLineage;
  keymap: CodeKeymap;
  /** Null while the project has no keyword dictionary to suggest from. */
  matcher: KeywordMatcher | null;
  setups: Loadable<CodingSetup[]>;
  dataset: string | null;
  textColumn: string | null;
  filter: CodingFilter;
  cache: PageCache;
  /** Records that passed the filter when the grid's rows were fetched; null while the first page loads. */
  matching: number | null;
  progress: CodingProgress | null;
  /** The grid position of the record being coded. */
  active: number;
  detail: RecordDetail | null;
  /** The part of the focus view's text the user has selected, to code as a segment. */
  selection: TextSpan | null;
  history: UndoHistory;
  /** Coding actions sent and not yet answered. */
  saving: number;
  helpOpen: boolean;
  error: LocalizedText | null;

  open(project: string, datasets: DatasetSummary[]): Promise<void>;
  chooseCoder(name: string): Promise<void>;
  setSwitchingCoder(open: boolean): void;
  selectDataset(dataset: string): void;
  selectTextColumn(column: string): void;
  setFilter(change: Partial<CodingFilter>): void;
  /** Fetches the pages that hold the grid positions `first` to `last` (and the rows just after), where not fetched yet. */
  ensureRows(first: number, last: number): void;
  setActive(index: number): void;
  moveBy(step: number): void;
  loadDetail(record: number): Promise<void>;
  setSelection(span: TextSpan | null): void;
  setHelpOpen(open: boolean): void;
  dismissError(): void;

  /** Toggles the code on the active record, or codes the selected text with it when there is a selection. */
  codeWith(guid: string): void;
  acceptSuggestions(): void;
  /** Marks the active record coded (with the codes it has, or none) and moves to the next. */
  markCodedAndNext(): void;
  removeSegment(segment: Segment): void;
  undo(): void;
  redo(): void;
}

export type CodingStore = StoreApi<CodingState>;

/** Rows fetched beyond the last one in view, so moving down with the keys never reaches a row still loading. */
const PREFETCH = PAGE_SIZE / 2;

const noFilter: CodingFilter = { status: 'all', code: null, search: '' };

const fresh = {
  project: null,
  coders: 'loading',
  switchingCoder: false,
  lineage: new Map(),
  keymap: { groups: [], byKey: new Map(), byGuid: new Map() },
  matcher: null,
  setups: 'loading',
  dataset: null,
  textColumn: null,
  filter: noFilter,
  cache: emptyCache(),
  matching: null,
  progress: null,
  active: 0,
  detail: null,
  selection: null,
  history: emptyHistory,
  saving: 0,
  helpOpen: false,
  error: null,
} satisfies Partial<CodingState>;

/**
 * The Coderen section's state: who codes, which dataset and text column, the grid's rows fetched page by
 * page for the filter, and the record in focus. The coding actions themselves live in coding-actions.ts.
 */
export function createCodingStore(api: WerkbankApi): CodingStore {
  const callEngine = createCaller(api);
  return createStore<CodingState>()((set, get) => {
    const call = reportingCaller(callEngine, (error) => set({ error }));
    /** Pages being fetched, and the filter generation they belong to: a page of an older filter is dropped. */
    const loading = new Set<number>();
    let generation = 0;
    let detailRequest = 0;

    function scope(): CodingScope | null {
      const { coders, dataset, textColumn } = get();
      const coder = typeof coders === 'object' ? coders.current : null;
      return coder && dataset && textColumn ? { coder, dataset, textColumn } : null;
    }

    /** Forgets the fetched rows; the grid asks for the rows it shows again. */
    function invalidate(): void {
      generation++;
      loading.clear();
      set({ cache: emptyCache(), matching: null });
    }

    const coding = createCodingActions(set, get, { call, scope, invalidate });

    /** Another coder, dataset or text column: other records, and undo must not reach back into the old ones. */
    function rescope(change: Partial<CodingState>): void {
      coding.forget();
      set({ ...change, active: 0, detail: null, selection: null, history: emptyHistory, progress: null });
      invalidate();
    }

    async function fetchPage(page: number): Promise<void> {
      const where = scope();
      if (!where) return;
      const mine = generation;
      loading.add(page);
      // Where codings can move records out of the filter, the page's offset must count the engine's state
      // after the codings on their way; without such a filter, nothing waits.
      const { filter } = get();
      if (filter.status !== 'all' || filter.code !== null) {
        await coding.settled();
        if (mine !== generation) return;
      }
      const answer = await callEngine('coding.page', {
        dataset: where.dataset,
        coder: where.coder,
        textColumn: where.textColumn,
        filter: get().filter,
        offset: engineOffset(get().cache, page),
        limit: PAGE_SIZE,
      });
      if (mine !== generation) return;
      loading.delete(page);
      if (!answer.ok) {
        set({ error: answer.error.message });
        return;
      }
      set({
        cache: withPage(get().cache, page, coding.overlay(answer.data.rows)),
        matching: get().matching ?? answer.data.matching,
        progress: answer.data.progress,
      });
    }

    return {
      ...fresh,
      ...coding.actions,

      async open(project, datasets) {
        if (get().project !== project) {
          coding.forget();
          set({ ...fresh, project });
        }
        const [coders, codebook, keywords, setups] = await Promise.all([
          call('coders.list', {}),
          call('codebook.get', { includeArchived: true }),
          // Suggestions are a help: without a dictionary, coding goes on without them.
          callEngine('keywords.get', {}),
          Promise.all(datasets.map((dataset) => call('coding.setup', { dataset: dataset.name }))),
        ]);
        if (get().project !== project) return;
        const lineage = codebook === failed ? get().lineage : codeLineage(codebook.codes);
        const knownSetups = setups.filter((setup) => setup !== failed);
        const { dataset, textColumn } = get();
        const chosen =
          knownSetups.find((setup) => setup.dataset === dataset) ??
          knownSetups.find((setup) => setup.textColumns.length > 0) ??
          knownSetups[0] ??
          null;
        set({
          coders: coders === failed ? 'unavailable' : coders,
          lineage,
          keymap: codebook === failed ? get().keymap : codeKeymap(codebook.codes, lineage),
          matcher: keywords.ok ? dictionaryMatcher(keywords.data, lineage) : null,
          setups: knownSetups,
          dataset: chosen?.dataset ?? null,
          textColumn: chosen?.textColumns.includes(textColumn ?? '') ? textColumn : (chosen?.textColumns[0] ?? null),
        });
        if (chosen?.dataset !== dataset) rescope({});
        // Codings may have changed elsewhere since the grid was filled (an import, another section).
        else invalidate();
      },

      async chooseCoder(name) {
        const coders = await call('coders.setCurrent', { name });
        if (coders === failed) return;
        const previous = get().coders;
        set({ coders, switchingCoder: false });
        if (typeof previous !== 'object' || previous.current !== coders.current) rescope({});
      },

      setSwitchingCoder(open) {
        set({ switchingCoder: open });
      },

      selectDataset(dataset) {
        if (dataset === get().dataset) return;
        const setups = get().setups;
        const setup =
          typeof setups === 'object' ? setups.find((candidate) => candidate.dataset === dataset) : undefined;
        rescope({ dataset, textColumn: setup?.textColumns[0] ?? null });
      },

      selectTextColumn(textColumn) {
        if (textColumn !== get().textColumn) rescope({ textColumn });
      },

      setFilter(change) {
        const filter = { ...get().filter, ...change };
        if (
          filter.status === get().filter.status &&
          filter.code === get().filter.code &&
          filter.search === get().filter.search
        )
          return;
        set({ filter, active: 0, detail: null, selection: null });
        invalidate();
      },

      ensureRows(first, last) {
        if (!scope()) return;
        const { cache, matching } = get();
        const end = matching === null ? first : Math.min(last + PREFETCH, matching - 1);
        for (const page of pagesBetween(first, Math.max(first, end))) {
          if (!cache.pages.has(page) && !loading.has(page)) void fetchPage(page);
        }
      },

      setActive(index) {
        const matching = get().matching ?? 0;
        const active = Math.max(0, Math.min(index, matching - 1));
        if (active !== get().active) set({ active, selection: null });
      },

      moveBy(step) {
        get().setActive(get().active + step);
      },

      async loadDetail(record) {
        const dataset = get().dataset;
        if (!dataset || get().detail?.record === record) return;
        const mine = ++detailRequest;
        const detail = await call('coding.record', { dataset, record });
        if (mine === detailRequest && detail !== failed) set({ detail });
      },

      setSelection(selection) {
        const current = get().selection;
        if (current?.start !== selection?.start || current?.end !== selection?.end) set({ selection });
      },

      setHelpOpen(helpOpen) {
        set({ helpOpen });
      },

      dismissError() {
        set({ error: null });
      },
    };
  });
}

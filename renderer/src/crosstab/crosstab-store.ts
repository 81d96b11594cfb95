import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WerkbankApi } from '../../../shared/contract/api';
import type { Language, VariableSummary } from '../../../shared/contract/channels';
import type { LocalizedText } from '../../../shared/contract/result';
import type {
  CategoryOrder,
  CrosstabAudience,
  CrosstabMeasure,
  CrosstabRequest,
  CrosstabResult,
  MissingMode,
  VariableSpec,
} from '../../../shared/crosstab/crosstab-types';
import { createCaller, failed, reportingCaller } from '../../../shared/contract/caller';
import type { CellMeasure } from '../../../shared/crosstab/table-figures';
import type { HeatMode } from '../../../shared/crosstab/heat-colours';
import { storeFor } from '../stores/store-for';
import { needsCuts } from './crosstab-variables';

export type AxisId = 'rows' | 'cols' | 'layer';

export interface AxisChoice {
  variable: string | null;
  /** The cut points as typed, kept so the field shows what the user wrote. */
  cutsText: string;
  cuts: number[] | null;
  order: CategoryOrder;
}

export type FileFormat = 'csv-nl' | 'csv' | 'xlsx';

/** The last export, for the status line under the export buttons. */
export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; path: string }
  /** Browser host: the browser has the file as a download. */
  | { kind: 'downloaded'; file: string }
  | { kind: 'copied' }
  /** The clipboard refused: the text is shown to copy by hand. */
  | { kind: 'copyFallback'; text: string }
  | { kind: 'imageSaved'; file: string }
  | { kind: 'imageFailed' }
  /** Shown beside the export buttons, where the user is looking, not at the top of the view. */
  | { kind: 'failed'; error: LocalizedText };

/** What the view around the cross-tab decides: the dataset and audience (the Analyse section's), the UI language. */
export interface CrosstabContext {
  dataset: string | null;
  audience: CrosstabAudience;
  language: Language;
}

export type Loadable<T> = T | 'loading' | 'unavailable';

export interface CrosstabState {
  context: CrosstabContext;
  variables: Loadable<VariableSummary[]>;
  axes: Record<AxisId, AxisChoice>;
  weight: string | null;
  missing: MissingMode;
  measure: CellMeasure;
  heat: HeatMode;
  result: CrosstabResult | null;
  computing: boolean;
  error: LocalizedText | null;
  exportStatus: ExportStatus;

  setContext(context: CrosstabContext): Promise<void>;
  /** Reads the variables again (labels may have changed in the Data section) and recomputes. */
  refresh(): Promise<void>;
  setAxisVariable(axis: AxisId, variable: string | null): Promise<void>;
  setAxisCuts(axis: AxisId, text: string, cuts: number[] | null): Promise<void>;
  setAxisOrder(axis: AxisId, order: CategoryOrder): Promise<void>;
  setWeight(weight: string | null): Promise<void>;
  setMissing(missing: MissingMode): Promise<void>;
  setMeasure(measure: CellMeasure): void;
  setHeat(heat: HeatMode): void;
  /** Writes the table to a file through the engine, always as partners see it. */
  exportFile(format: FileFormat, path: string, overwrite: boolean): Promise<boolean>;
  copyText(): Promise<void>;
  /** The current table as partners see it, for images: hidden cells stay hidden in every export. */
  partnerResult(): Promise<CrosstabResult | null>;
  setExportStatus(status: ExportStatus): void;
  dismissError(): void;
}

export type CrosstabStore = StoreApi<CrosstabState>;

const noAxis: AxisChoice = { variable: null, cutsText: '', cuts: null, order: 'value' };
const freshChoices = {
  variables: 'loading' as Loadable<VariableSummary[]>,
  axes: { rows: noAxis, cols: noAxis, layer: noAxis },
  weight: null,
  missing: 'exclude' as MissingMode,
  result: null,
  computing: false,
  exportStatus: { kind: 'idle' } as ExportStatus,
};

/** The request without audience and language, or null while the choices cannot make a table yet. */
type TableRequest = Omit<CrosstabRequest, 'audience' | 'language'>;

/** A file name with the extension of its format: one path field serves CSV and Excel alike. */
export function withExtension(path: string, format: FileFormat): string {
  const extension = format === 'xlsx' ? '.xlsx' : '.csv';
  return `${path.replace(/\.(csv|xlsx|xls|txt)$/i, '')}${extension}`;
}

/** What exports hold: the counts, and the figure the view shows when that is not the count. */
export function exportMeasures(measure: CellMeasure): CrosstabMeasure[] {
  return measure === 'count' ? ['count'] : ['count', measure];
}

/**
 * The cross-tab view's state. Every change of a choice asks the engine for the table again; an answer
 * overtaken by a later request is dropped, so the table always shows the latest choices.
 */
export function createCrosstabStore(api: WerkbankApi): CrosstabStore {
  const callEngine = createCaller(api);
  return createStore<CrosstabState>()((set, get) => {
    let computeRequest = 0;
    let variablesRequest = 0;

    const call = reportingCaller(callEngine, (error) => set({ error }));

    function tableRequest(): TableRequest | null {
      const { context, variables, axes, weight, missing } = get();
      if (!context.dataset || !Array.isArray(variables)) return null;
      const spec = (choice: AxisChoice): VariableSpec | null | 'incomplete' => {
        if (!choice.variable) return null;
        const variable = variables.find((v) => v.name === choice.variable);
        if (!variable) return null;
        if (needsCuts(variable) && !choice.cuts) return 'incomplete';
        return { variable: variable.name, bins: needsCuts(variable) ? choice.cuts : null, order: choice.order };
      };
      const rows = spec(axes.rows);
      const cols = spec(axes.cols);
      const layer = spec(axes.layer);
      if (!rows || !cols || rows === 'incomplete' || cols === 'incomplete' || layer === 'incomplete') return null;
      return { dataset: context.dataset, rows, cols, layer, weight, missing };
    }

    async function recompute(): Promise<void> {
      const number = ++computeRequest;
      const request = tableRequest();
      if (!request) {
        set({ result: null, computing: false });
        return;
      }
      const { audience, language } = get().context;
      set({ computing: true });
      const answer = await callEngine('crosstab.compute', { ...request, audience, language });
      if (number !== computeRequest) return;
      if (answer.ok) set({ result: answer.data, computing: false, error: null });
      else set({ result: null, computing: false, error: answer.error.message });
    }

    async function loadVariables(dataset: string): Promise<void> {
      const number = ++variablesRequest;
      set({ variables: 'loading' });
      const variables = await call('datasets.variables', { dataset });
      if (number !== variablesRequest) return;
      set({ variables: variables === failed ? 'unavailable' : variables });
    }

    function changeAxis(axis: AxisId, change: Partial<AxisChoice>): Promise<void> {
      set({ axes: { ...get().axes, [axis]: { ...get().axes[axis], ...change } }, exportStatus: { kind: 'idle' } });
      return recompute();
    }

    return {
      context: { dataset: null, audience: 'researcher', language: 'nl' },
      ...freshChoices,
      measure: 'count',
      heat: 'none',
      error: null,

      async setContext(context) {
        const previous = get().context;
        if (
          previous.dataset === context.dataset &&
          previous.audience === context.audience &&
          previous.language === context.language
        )
          return;
        set({ context });
        if (context.dataset !== previous.dataset) {
          // Another dataset has other variables: the choices start afresh.
          set({ ...freshChoices, error: null });
          if (!context.dataset) return;
          await loadVariables(context.dataset);
        }
        await recompute();
      },

      async refresh() {
        const { context, variables } = get();
        // While variables load, setContext has just asked for them.
        if (!context.dataset || variables === 'loading') return;
        await loadVariables(context.dataset);
        await recompute();
      },

      setAxisVariable(axis, variable) {
        // The cut points belonged to the previous variable.
        return changeAxis(axis, { variable, cutsText: '', cuts: null });
      },

      setAxisCuts(axis, cutsText, cuts) {
        return changeAxis(axis, { cutsText, cuts });
      },

      setAxisOrder(axis, order) {
        return changeAxis(axis, { order });
      },

      setWeight(weight) {
        set({ weight, exportStatus: { kind: 'idle' } });
        return recompute();
      },

      setMissing(missing) {
        set({ missing, exportStatus: { kind: 'idle' } });
        return recompute();
      },

      setMeasure(measure) {
        set({ measure });
      },

      setHeat(heat) {
        set({ heat });
      },

      async exportFile(format, path, overwrite) {
        const request = tableRequest();
        if (!request) return false;
        set({ exportStatus: { kind: 'busy' } });
        const answer = await callEngine('crosstab.export', {
          ...request,
          language: get().context.language,
          format,
          path: withExtension(path, format),
          overwrite,
          measures: exportMeasures(get().measure),
        });
        set({
          exportStatus: answer.ok
            ? { kind: 'saved', path: answer.data.path }
            : { kind: 'failed', error: answer.error.message },
        });
        return answer.ok;
      },

      async copyText() {
        const request = tableRequest();
        if (!request) return;
        set({ exportStatus: { kind: 'busy' } });
        const answer = await callEngine('crosstab.exportText', {
          ...request,
          language: get().context.language,
          measures: exportMeasures(get().measure),
        });
        if (!answer.ok) {
          set({ exportStatus: { kind: 'failed', error: answer.error.message } });
          return;
        }
        try {
          if (!navigator.clipboard) throw new Error('no clipboard');
          await navigator.clipboard.writeText(answer.data.text);
          set({ exportStatus: { kind: 'copied' } });
        } catch {
          // Browsers refuse the clipboard outside a secure context or without permission.
          set({ exportStatus: { kind: 'copyFallback', text: answer.data.text } });
        }
      },

      async partnerResult() {
        const request = tableRequest();
        if (!request) return null;
        const { audience, language } = get().context;
        const current = get().result;
        if (audience === 'partner' && current && !get().computing) return current;
        const answer = await callEngine('crosstab.compute', { ...request, audience: 'partner', language });
        if (answer.ok) return answer.data;
        set({ exportStatus: { kind: 'failed', error: answer.error.message } });
        return null;
      },

      setExportStatus(exportStatus) {
        set({ exportStatus });
      },

      dismissError() {
        set({ error: null });
      },
    };
  });
}

/** One store per engine connection, kept while the user visits other views and sections. */
export function crosstabStoreFor(api: WerkbankApi): CrosstabStore {
  return storeFor(api, createCrosstabStore);
}

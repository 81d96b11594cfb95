import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WerkbankApi } from '../../../shared/contract/api';
import type { ImportJobStatus } from '../../../shared/contract/channels';
import { contractError } from '../../../shared/contract/errors';
import type { LocalizedText } from '../../../shared/contract/result';
import type { ImportChoices, ImportPreview, ImportSummary } from '../../../shared/import/import-plan';
import { createCaller } from '../../../shared/contract/caller';
import type { UploadedFile } from '../../../shared/contract/file-transfer';
import { fileOnThisComputer, takesFiles } from '../components/upload-file';
import type { WorkbenchStore } from '../stores/workbench-store';

export type ImportStep = 'file' | 'preview' | 'progress';

/** How often a running import is asked for its progress. */
const POLL_INTERVAL_MS = 200;

export interface ImportWizardState {
  step: ImportStep;
  /** The choices the preview was made with; null until a file has been read. */
  choices: ImportChoices | null;
  preview: ImportPreview | null;
  /** The engine is reading the file for a new preview. */
  preparing: boolean;
  /** From pressing Import until the engine has started the import (or refused). */
  starting: boolean;
  job: ImportJobStatus | null;
  cancelRequested: boolean;
  error: LocalizedText | null;

  /** The preview of a file named by path: typed, chosen in the desktop's dialog or uploaded by the browser. */
  readFile(file: string): Promise<void>;
  /** A file dropped on the Data section (browser): copied into the project's import folder, then read. */
  readDropped(file: File): Promise<void>;
  /** The dropped file as the import folder keeps it (its name changed when that name was taken). */
  dropped: UploadedFile | null;
  /** Applies a change to the choices and asks the engine for the preview that goes with it. */
  change(update: (choices: ImportChoices) => ImportChoices): Promise<void>;
  chooseOtherFile(): void;
  start(): Promise<void>;
  cancel(): Promise<void>;
  returnToPreview(): void;
  dismissError(): void;
  /** The wizard is gone: stops following the import, and stops the import itself if it still runs. */
  dispose(): void;
}

export type ImportWizardStore = StoreApi<ImportWizardState>;

export interface ImportWizardOptions {
  onImported(dataset: string, summary: ImportSummary): void;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The import wizard's state. The engine alone detects and converts: every choice goes back to
 * `import.prepare`, so the preview always shows what the import will store.
 */
export function createImportWizardStore(api: WerkbankApi, options: ImportWizardOptions): ImportWizardStore {
  const callEngine = createCaller(api);
  return createStore<ImportWizardState>()((set, get) => {
    let disposed = false;
    /** Later changes build on earlier ones that the engine has not answered yet. */
    let requested: ImportChoices | null = null;
    let requestNumber = 0;
    let pending: Promise<void> = Promise.resolve();

    function prepare(choices: ImportChoices): Promise<void> {
      const number = ++requestNumber;
      requested = choices;
      set({ preparing: true, error: null });
      pending = callEngine('import.prepare', choices).then((answer) => {
        // An answer to a request that a later change has overtaken would show an outdated preview.
        if (disposed || number !== requestNumber) return;
        if (answer.ok) {
          set({ preparing: false, choices, preview: answer.data, step: 'preview' });
        } else {
          // The controls return to what the preview shows, so the screen never claims a choice the engine refused.
          requested = get().choices;
          set({ preparing: false, error: answer.error.message });
        }
      });
      return pending;
    }

    /** Waits for the preview of every change made so far, then starts the import of that plan. */
    async function startImport(): Promise<ImportJobStatus | null> {
      // A field committed on its way out (blur) may still be waiting for its preview.
      let awaited: Promise<void>;
      do {
        awaited = pending;
        await awaited;
      } while (awaited !== pending);
      const { preview, job } = get();
      if (disposed || !preview || job?.state === 'running') return null;
      const repeated = preview.repeatedAreas;
      if (repeated) {
        // Which of an area's lines to keep is the user's choice (RepeatedAreasChoice); the engine would refuse too.
        const where = {
          file: preview.plan.file,
          areas: repeated.areas,
          complete: repeated.complete,
          code: repeated.example.code,
          rows: repeated.example.rows,
        };
        set({
          error: contractError('import_repeated_areas', { ...where, column: repeated.column, values: repeated.values })
            .message,
        });
        return null;
      }
      set({ error: null, cancelRequested: false });
      const answer = await callEngine('import.start', { plan: preview.plan, detected: preview.detected });
      if (disposed) return null;
      if (!answer.ok) {
        set({ error: answer.error.message });
        return null;
      }
      set({ step: 'progress', job: answer.data });
      return answer.data;
    }

    async function follow(status: ImportJobStatus): Promise<void> {
      let current = status;
      while (current.state === 'running') {
        await delay(POLL_INTERVAL_MS);
        if (disposed) return;
        const answer = await callEngine('import.status', { jobId: current.id });
        if (disposed) return;
        if (!answer.ok) {
          set({ error: answer.error.message });
          return;
        }
        current = answer.data;
        set({ job: current });
      }
      if (current.state === 'done' && current.summary) options.onImported(current.dataset, current.summary);
    }

    return {
      step: 'file',
      choices: null,
      preview: null,
      preparing: false,
      starting: false,
      job: null,
      cancelRequested: false,
      error: null,
      dropped: null,

      readFile(file) {
        set({ dropped: null });
        return prepare({ file });
      },

      async readDropped(file) {
        if (!takesFiles(api) || get().step === 'progress') return;
        set({ preparing: true, error: null, dropped: null });
        const answer = await fileOnThisComputer(api, file);
        if (disposed) return;
        if (!answer.ok) {
          set({ preparing: false, error: answer.error });
          return;
        }
        set({ dropped: answer.uploaded });
        await prepare({ file: answer.path });
      },

      change(update) {
        if (!requested) return Promise.resolve();
        return prepare(update(requested));
      },

      chooseOtherFile() {
        requestNumber++;
        requested = null;
        set({ step: 'file', choices: null, preview: null, preparing: false, error: null });
      },

      async start() {
        if (get().starting) return;
        set({ starting: true });
        let job: ImportJobStatus | null;
        try {
          job = await startImport();
        } finally {
          set({ starting: false });
        }
        if (job) await follow(job);
      },

      async cancel() {
        const job = get().job;
        if (!job || job.state !== 'running') return;
        set({ cancelRequested: true });
        const answer = await callEngine('import.cancel', { jobId: job.id });
        if (disposed) return;
        // The import stops at its next batch; the status poll sees it end.
        if (!answer.ok) set({ error: answer.error.message, cancelRequested: false });
      },

      returnToPreview() {
        set({ step: 'preview', job: null, cancelRequested: false, error: null });
      },

      dismissError() {
        set({ error: null });
      },

      dispose() {
        disposed = true;
        // Leaving the wizard this way means the project is being closed or replaced: an import into it must not go on unseen.
        const job = get().job;
        if (job?.state === 'running') void callEngine('import.cancel', { jobId: job.id });
      },
    };
  });
}

/** The wizard of the import screen now shown, per app: which opening of the screen (`run`) it belongs to. */
const shown = new WeakMap<WorkbenchStore, { run: number; wizard: ImportWizardStore }>();

/**
 * The wizard for the Data section's import screen (`dataView` `{ screen: 'import', run }`): made the first
 * time the screen is drawn, the same one while the user visits other sections, and stopped (with its import,
 * if it still runs) the moment the Data section shows anything else. The root store knows nothing of it.
 */
export function importWizardFor(workbench: WorkbenchStore, run: number): ImportWizardStore {
  const current = shown.get(workbench);
  if (current?.run === run) return current.wizard;
  const wizard = createImportWizardStore(workbench.getState().api, {
    onImported: (dataset, summary) => void workbench.getState().showImported(dataset, summary),
  });
  shown.set(workbench, { run, wizard });
  const stopFollowing = workbench.subscribe(({ dataView }) => {
    if (dataView.screen === 'import' && dataView.run === run) return;
    stopFollowing();
    wizard.getState().dispose();
    if (shown.get(workbench)?.wizard === wizard) shown.delete(workbench);
  });
  return wizard;
}

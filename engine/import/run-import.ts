import { MessageChannel, type Worker } from 'node:worker_threads';
import { contractError } from '../../shared/contract/errors';
import type { ContractError } from '../../shared/contract/result';
import type { Detected, ImportPlan, ImportProgress, ImportSummary } from '../../shared/import/import-plan';
import { startWorker, workbookLimits, type WorkerLocations } from '../workers/start-worker';
import { createControl, Slot } from './import-control';
import type { InsertMessage } from './import-messages';

export type ImportOutcome = { state: 'done'; summary: ImportSummary } | { state: 'failed'; error: ContractError } | { state: 'cancelled'; error: ContractError };

export interface ImportJob {
  progress(): ImportProgress;
  cancel(): void;
  outcome: Promise<ImportOutcome>;
}

export interface RunImportOptions {
  projectPath: string;
  plan: ImportPlan;
  detected: Detected | null;
  fileSize: number;
  appVersion: string;
  nativeBinding?: string;
  workers: WorkerLocations;
}

/**
 * Runs an import on two worker threads, so the host stays responsive: one parses, one inserts in a
 * single transaction. Progress is read from shared counters; cancel stops both at the next batch.
 */
export function runImport(options: RunImportOptions): ImportJob {
  const control = createControl();
  const channel = new MessageChannel();
  const started = performance.now();
  const insert = startWorker(
    'insert',
    options.workers,
    {
      projectPath: options.projectPath,
      nativeBinding: options.nativeBinding,
      plan: options.plan,
      detected: options.detected,
      fileSize: options.fileSize,
      appVersion: options.appVersion,
      control,
      port: channel.port1,
    },
    [channel.port1],
  );
  const limits = options.plan.source.format === 'xlsx' ? workbookLimits : undefined;
  const parse = startWorker('parse', options.workers, { plan: options.plan, control, port: channel.port2 }, [channel.port2], limits);
  const cancelledError = contractError('import_cancelled', { file: options.plan.file });
  /** When every row had been read: the rate of rows per second stops there. */
  let readSeconds: number | null = null;

  const outcome = new Promise<ImportOutcome>((resolve) => {
    const settle = (result: ImportOutcome) => {
      void parse.terminate();
      // After a commit the insert worker still copies the log into the project file, and then exits.
      if (result.state !== 'done') void insert.terminate();
      resolve(result);
    };
    insert.on('message', (message: InsertMessage) => {
      if (message.type === 'done') settle({ state: 'done', summary: message.summary });
      else if (message.type === 'cancelled') settle({ state: 'cancelled', error: cancelledError });
      else settle({ state: 'failed', error: message.error });
    });
    const crashed = (worker: Worker) => (error: Error & { code?: string }) => {
      if (worker === parse) insert.postMessage({ type: 'cancel' });
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      settle({ state: 'failed', error: outOfMemory ? contractError('import_out_of_memory', { file: options.plan.file }) : contractError('internal', { detail: error.message }) });
    };
    insert.on('error', crashed(insert));
    parse.on('error', crashed(parse));
  });

  return {
    outcome,
    progress() {
      const elapsedSeconds = (performance.now() - started) / 1000;
      const rows = Atomics.load(control, Slot.RowsInserted);
      const kib = Atomics.load(control, Slot.KibRead);
      const finishing = Atomics.load(control, Slot.Finishing) === 1;
      if (finishing) readSeconds ??= elapsedSeconds;
      const percent = options.plan.source.format === 'csv' ? Math.min(100, (kib * 1024 * 100) / Math.max(1, options.fileSize)) : null;
      const seconds = readSeconds ?? elapsedSeconds;
      return { rows, percent, rowsPerSecond: seconds > 0 ? rows / seconds : 0, elapsedSeconds, finishing };
    },
    cancel() {
      Atomics.store(control, Slot.Cancel, 1);
      Atomics.notify(control, Slot.BatchesInserted);
      insert.postMessage({ type: 'cancel' });
    },
  };
}

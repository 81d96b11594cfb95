import { MessageChannel, type Worker } from 'node:worker_threads';
import { contractError } from '../../shared/contract/errors';
import type { ContractError } from '../../shared/contract/result';
import type { Detected, ImportPlan, ImportProgress, ImportSummary } from '../../shared/import/import-plan';
import { workbookLimits, type WorkerLocations } from '../workers/start-worker';
import { createControl, Slot } from './import-control';
import type { InsertMessage } from './import-worker-protocol';
import type { IDLE, ImportWorkers } from './import-workers';

export type ImportOutcome =
  | { state: 'done'; summary: ImportSummary }
  | { state: 'failed'; error: ContractError }
  | { state: 'cancelled'; error: ContractError };

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
 * The workers come from `workers` and go back to it when each says it is idle.
 */
export function runImport(options: RunImportOptions, workers: ImportWorkers): ImportJob {
  const control = createControl();
  const channel = new MessageChannel();
  const started = performance.now();
  const { plan } = options;
  const insert = workers.run(
    'insert',
    options.workers,
    {
      type: 'job',
      projectPath: options.projectPath,
      nativeBinding: options.nativeBinding,
      plan,
      detected: options.detected,
      fileSize: options.fileSize,
      appVersion: options.appVersion,
      control,
      port: channel.port1,
    },
    [channel.port1],
  );
  const limits = plan.source.format === 'xlsx' ? workbookLimits : undefined;
  const parse = workers.run(
    'parse',
    options.workers,
    { type: 'job', plan, control, port: channel.port2 },
    [channel.port2],
    limits,
  );
  const cancelledError = contractError('import_cancelled', { file: plan.file });
  /** When every row had been read: the rate of rows per second stops there. */
  let readSeconds: number | null = null;
  let settled = false;

  const stopParsing = () => {
    Atomics.store(control, Slot.Cancel, 1);
    Atomics.notify(control, Slot.BatchesInserted);
  };

  const outcome = new Promise<ImportOutcome>((resolve) => {
    const idle = new Set<Worker>();
    const listeners = new Map<
      Worker,
      {
        message: (message: InsertMessage | typeof IDLE) => void;
        error: (error: Error) => void;
        exit: (code: number) => void;
      }
    >();
    const release = (worker: Worker) => {
      const own = listeners.get(worker);
      if (!own) return;
      listeners.delete(worker);
      worker.off('message', own.message);
      worker.off('error', own.error);
      worker.off('exit', own.exit);
      if (idle.has(worker)) workers.keep(worker);
    };
    const settle = (result: ImportOutcome) => {
      if (settled) return;
      settled = true;
      // Neither keeps the process open now, but the inserter after a commit: it folds the log into the project file first.
      if (result.state !== 'done') {
        stopParsing();
        insert.unref();
      }
      parse.unref();
      for (const worker of idle) release(worker);
      resolve(result);
    };
    const becameIdle = (worker: Worker) => {
      idle.add(worker);
      if (settled) release(worker);
    };
    const crashed = (worker: Worker) => (error: Error & { code?: string }) => {
      idle.delete(worker);
      if (worker === parse) insert.postMessage({ type: 'cancel' });
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      settle({
        state: 'failed',
        error: outOfMemory
          ? contractError('import_out_of_memory', { file: plan.file, format: plan.source.format })
          : contractError('internal', { detail: error.message }),
      });
      release(worker);
    };
    const stopped = (worker: Worker) => (code: number) =>
      crashed(worker)(new Error(`an import worker stopped (exit code ${code})`));
    const onInsert = (message: InsertMessage | typeof IDLE) => {
      if (message.type === 'idle') becameIdle(insert);
      else if (message.type === 'done') settle({ state: 'done', summary: message.summary });
      else if (message.type === 'cancelled') settle({ state: 'cancelled', error: cancelledError });
      else settle({ state: 'failed', error: message.error });
    };
    const onParse = (message: InsertMessage | typeof IDLE) => {
      if (message.type === 'idle') becameIdle(parse);
    };
    for (const [worker, message] of [
      [insert, onInsert],
      [parse, onParse],
    ] as const) {
      const own = { message, error: crashed(worker), exit: stopped(worker) };
      listeners.set(worker, own);
      worker.on('message', own.message);
      worker.on('error', own.error);
      worker.on('exit', own.exit);
    }
  });

  return {
    outcome,
    progress() {
      const elapsedSeconds = (performance.now() - started) / 1000;
      const rows = Atomics.load(control, Slot.RowsInserted);
      // The share of the file whose rows are stored, not of the file read: reading runs ahead of the
      // inserts, and a small file would show 100% beside the first batch's 2,048 rows.
      const kib = Atomics.load(control, Slot.KibInserted);
      const finishing = Atomics.load(control, Slot.Finishing) === 1;
      if (finishing) readSeconds ??= elapsedSeconds;
      const percent =
        plan.source.format === 'csv' ? Math.min(100, (kib * 1024 * 100) / Math.max(1, options.fileSize)) : null;
      const seconds = readSeconds ?? elapsedSeconds;
      return { rows, percent, rowsPerSecond: seconds > 0 ? rows / seconds : 0, elapsedSeconds, finishing };
    },
    cancel() {
      if (settled) return;
      stopParsing();
      insert.postMessage({ type: 'cancel' });
    },
  };
}

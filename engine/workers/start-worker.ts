import { Worker, type TransferListItem } from 'node:worker_threads';

const bootstrap = new URL('./worker-bootstrap.js', import.meta.url);

/** Where each worker's code is: the TypeScript sources by default, built files in the desktop app. */
export interface WorkerLocations {
  parse: URL;
  insert: URL;
}

export const sourceWorkerLocations: WorkerLocations = {
  parse: new URL('../import/parse-worker.ts', import.meta.url),
  insert: new URL('../import/insert-worker.ts', import.meta.url),
};

/**
 * A worker's old generation is capped: the import keeps only a few batches in flight, and V8 would
 * otherwise let garbage grow far past that before collecting (peak memory is an import goal). The young
 * generation is large: parsing makes millions of short-lived strings, and a small nursery spends a
 * quarter of the parse time in scavenges.
 */
const resourceLimits = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 96 };

export function startWorker(entry: URL, workerData: Record<string, unknown>, transferList: TransferListItem[] = []): Worker {
  if (entry.pathname.endsWith('.ts')) {
    return new Worker(bootstrap, { workerData: { ...workerData, entry: entry.href }, transferList, resourceLimits });
  }
  return new Worker(entry, { workerData, transferList, resourceLimits });
}

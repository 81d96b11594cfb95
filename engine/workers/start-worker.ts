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

export function startWorker(entry: URL, workerData: Record<string, unknown>, transferList: TransferListItem[] = []): Worker {
  if (entry.pathname.endsWith('.ts')) {
    return new Worker(bootstrap, { workerData: { ...workerData, entry: entry.href }, transferList });
  }
  return new Worker(entry, { workerData, transferList });
}

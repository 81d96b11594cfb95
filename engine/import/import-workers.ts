import type { ResourceLimits, TransferListItem, Worker } from 'node:worker_threads';
import { startWorker, type WorkerLocations } from '../workers/start-worker';

/** What a worker posts to the host when it has finished an import and can take the next. */
export const IDLE = { type: 'idle' } as const;

/** A worker not reused within this time ends, so an app that imports now and then keeps no idle threads. */
const IDLE_MS = 20_000;
/** Idle workers kept per kind: imports side by side into several projects are rare. */
const MAX_IDLE = 2;

type Kind = keyof WorkerLocations;

/**
 * Import workers kept for the next import. Starting a worker thread and loading its code takes longer
 * than a small import itself (a tenth of a second and more on a 2-core machine, and an Excel parser
 * loads exceljs for a quarter of a second more), so imports in a row (the example project, the files
 * of one survey, a test suite) reuse the workers of the one before. A worker runs one import at a time
 * (its job comes as a message) and comes back here when it says it is idle; one that has stopped is
 * never handed out again.
 */
export class ImportWorkers {
  private readonly idle = new Map<string, Worker[]>();
  private readonly keys = new WeakMap<Worker, string>();
  private readonly timers = new WeakMap<Worker, NodeJS.Timeout>();

  /** A worker of this kind, idle since an earlier import or started now, given `job`. */
  run(
    kind: Kind,
    locations: WorkerLocations,
    job: object,
    transfer: TransferListItem[],
    limits?: ResourceLimits,
  ): Worker {
    const key = `${kind} ${locations[kind].href} ${JSON.stringify(limits ?? null)}`;
    let worker = this.idle.get(key)?.pop();
    if (worker) {
      clearTimeout(this.timers.get(worker));
      worker.ref();
    } else {
      worker = startWorker(kind, locations, {}, [], limits);
      this.keys.set(worker, key);
      const started = worker;
      // An error is reported to the import that runs; an idle worker's is only the end of it.
      started.on('error', () => undefined);
      started.once('exit', () => this.forget(started));
    }
    worker.postMessage(job, transfer);
    return worker;
  }

  /** A worker that said it is idle after its import: kept for the next, without holding the process open. */
  keep(worker: Worker): void {
    const key = this.keys.get(worker);
    if (key === undefined) return;
    const list = this.idle.get(key) ?? [];
    if (list.length >= MAX_IDLE) {
      void worker.terminate();
      return;
    }
    worker.unref();
    const timer = setTimeout(() => {
      // Out of the list first: a worker that is ending must not be handed out before its exit event.
      this.forget(worker);
      void worker.terminate();
    }, IDLE_MS);
    timer.unref();
    this.timers.set(worker, timer);
    this.idle.set(key, [...list, worker]);
  }

  private forget(worker: Worker): void {
    clearTimeout(this.timers.get(worker));
    const list = this.idle.get(this.keys.get(worker) ?? '');
    const index = list?.indexOf(worker) ?? -1;
    if (index >= 0) list!.splice(index, 1);
  }
}

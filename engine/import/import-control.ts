/**
 * Counters shared by the main thread and the two import workers (a SharedArrayBuffer, so reading
 * progress costs no messages and cancelling reaches a busy worker at once).
 */
export const enum Slot {
  Cancel = 0,
  BatchesSent = 1,
  BatchesInserted = 2,
  KibRead = 3,
  RowsInserted = 4,
  /** 1 once the insert worker has every row and writes what follows from them. */
  Finishing = 5,
  /** How far into the file (KiB) the rows inserted so far reach: the progress a user is shown. */
  KibInserted = 6,
}
const SLOTS = 7;

/** Batches the parser may run ahead of the inserter: bounds memory whatever the file's size. */
export const MAX_BATCHES_IN_FLIGHT = 4;

export function createControl(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT));
}

export function isCancelled(control: Int32Array): boolean {
  return Atomics.load(control, Slot.Cancel) === 1;
}

import { parentPort, type MessagePort } from 'node:worker_threads';
import { contractError, WerkbankError } from '../../shared/contract/errors';
import type { ContractError } from '../../shared/contract/result';
import type { ImportPlan } from '../../shared/import/import-plan';
import { BatchBuilder } from './batch-builder';
import { readCsvRecords } from './csv-records';
import { isCancelled, MAX_BATCHES_IN_FLIGHT, Slot } from './import-control';
import type { BatchMessage, ParseMessage, ReturnedNumbers } from './import-worker-protocol';
import { IDLE } from './import-workers';
import { lineAtByte, readDecoded, UndecodableText } from './read-source';
import { readXlsxRecords } from './xlsx-records';

/**
 * The parse worker: reads the file, types every cell as the plan says, summarises the columns (see
 * BatchBuilder) and sends batches to the insert worker, at most a few ahead of it (so memory stays
 * flat however large the file is).
 */
interface ParseWorkerData {
  plan: ImportPlan;
  control: Int32Array;
  port: MessagePort;
}

// The import this worker runs: one at a time, each given by a message (see ImportWorkers).
let plan: ImportPlan;
let control: Int32Array;
let port: MessagePort;
let fileName: string;

function send(message: ParseMessage, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
}

function sendBatch(rows: Omit<BatchMessage, 'kib'>): void {
  const batch: BatchMessage = { ...rows, kib: Atomics.load(control, Slot.KibRead) };
  // Wait while the inserter is behind: a blocking wait is fine in a worker and keeps memory bounded.
  while (
    !isCancelled(control) &&
    Atomics.load(control, Slot.BatchesSent) - Atomics.load(control, Slot.BatchesInserted) >= MAX_BATCHES_IN_FLIGHT
  ) {
    Atomics.wait(control, Slot.BatchesInserted, Atomics.load(control, Slot.BatchesInserted), 50);
  }
  Atomics.add(control, Slot.BatchesSent, 1);
  send(batch, [batch.numbers.buffer as ArrayBuffer, batch.texts.buffer as ArrayBuffer]);
}

async function parse(): Promise<void> {
  const builder = new BatchBuilder(plan, sendBatch);
  port.on('message', (message: ReturnedNumbers) => builder.reuse(message.numbers));
  const skippedLines: number[] = [];
  let rowsRead = 0;
  const width = plan.columns.length;
  const callbacks = {
    record(fields: string[], line: number) {
      rowsRead++;
      builder.add(fields, line);
    },
    ragged(fields: string[], line: number): ContractError | null {
      if (!plan.skipBadRows)
        return contractError('import_ragged_row', { file: fileName, line, found: fields.length, expected: width });
      skippedLines.push(line);
      return null;
    },
    cancelled: () => isCancelled(control),
  };
  const reportBytes = (bytes: number) => Atomics.store(control, Slot.KibRead, Math.floor(bytes / 1024));

  if (plan.source.format === 'csv')
    await readCsvRecords(
      fileName,
      readDecoded(plan.file, plan.source.encoding, reportBytes),
      plan.source,
      width,
      callbacks,
    );
  else await readXlsxRecords(plan.file, plan.source, width, callbacks);
  if (isCancelled(control)) return;
  builder.flush();
  send({
    type: 'end',
    rowsRead,
    skippedLines,
    filteredRows: builder.filteredRows,
    duplicateLines: builder.duplicateLines,
    invalid: builder.invalid(),
    summaries: builder.summaries(),
  });
}

async function reportFailure(error: unknown): Promise<void> {
  let reported: ContractError;
  if (error instanceof UndecodableText && plan.source.format === 'csv') {
    reported = contractError('import_undecodable', {
      file: fileName,
      encoding: plan.source.encoding,
      line: await lineAtByte(plan.file, error.byteOffset),
    });
  } else if (error instanceof WerkbankError) {
    reported = error.error;
  } else if (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    'message' in error &&
    typeof error.message === 'object'
  ) {
    reported = error as ContractError;
  } else {
    reported = contractError('internal', { detail: error instanceof Error ? error.message : String(error) });
  }
  send({ type: 'error', error: reported });
}

parentPort!.on('message', (job: ParseWorkerData) => {
  ({ plan, control, port } = job);
  fileName = plan.file;
  void parse()
    .catch(reportFailure)
    .finally(() => parentPort!.postMessage(IDLE));
});

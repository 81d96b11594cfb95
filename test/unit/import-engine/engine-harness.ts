import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import type {
  Channel,
  DatasetSummary,
  ImportJobStatus,
  RequestOf,
  ResponseOf,
  VariableSummary,
} from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/result';
import type { Detected, ImportChoices, ImportPlan, ImportPreview } from '../../../shared/import/import-plan';
import { afterEach } from 'vitest';
import type { Workbench } from '../../../engine/workbench';
import { createInProcessHost, type InProcessHost } from '../../helpers/in-process-host';
import { cliEnv, cliPath, type CliRun } from '../../helpers/run-cli';
import { useTempFolder } from '../../helpers/temp-folder';

export { realFilePath as realFile } from '../../helpers/real-files';

/**
 * The real engine in this process, driven through the contract exactly as the browser host does
 * (zod validation included), with real SQLite files and the real import worker threads.
 */
export class Engine {
  readonly workbench: Workbench;
  private readonly host: InProcessHost;

  constructor(settingsFolder: string) {
    this.host = createInProcessHost({ settingsFolder, rememberRecent: false });
    this.workbench = this.host.workbench;
  }

  async result(channel: string, request: unknown): Promise<Result<unknown>> {
    return this.host.dispatch(channel, request);
  }

  async call<T>(channel: string, request: unknown = {}): Promise<T> {
    return answer(channel, await this.host.dispatch(channel, request)) as T;
  }

  private async typed<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
    return answer(channel, await this.host.call(channel, request));
  }

  prepare(choices: ImportChoices): Promise<ImportPreview> {
    return this.typed('import.prepare', choices);
  }

  start(request: { plan: ImportPlan; detected: Detected | null }): Promise<ImportJobStatus> {
    return this.typed('import.start', { plan: request.plan, detected: request.detected });
  }

  status(jobId: string): Promise<ImportJobStatus> {
    return this.typed('import.status', { jobId });
  }

  /** prepare → start → wait; the final status, whatever its state. */
  async importFile(choices: ImportChoices): Promise<{ preview: ImportPreview; status: ImportJobStatus }> {
    const preview = await this.prepare(choices);
    const started = await this.start(preview);
    const status = await this.workbench.imports.wait(started.id);
    return { preview, status };
  }

  datasets(): Promise<DatasetSummary[]> {
    return this.typed('datasets.list', {});
  }

  variables(dataset: string): Promise<VariableSummary[]> {
    return this.typed('datasets.variables', { dataset });
  }

  close(): void {
    this.host.close();
  }
}

function answer<T>(channel: string, result: Result<T>): T {
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message.en}`);
  return result.data;
}

export type StoredValue = number | string | null;

/**
 * A dataset's rows as stored in the project file, read with a connection of its own: the table named
 * in `dataset.table_name`, each variable's values from its `variable.column_name`, in row order.
 */
export function storedTable(
  projectPath: string,
  datasetName: string,
): { rows: Record<string, StoredValue>[]; columns: string[] } {
  const db = new Database(projectPath, { readonly: true, fileMustExist: true });
  try {
    const dataset = db.prepare('SELECT id, table_name FROM dataset WHERE name = ?').get(datasetName) as
      { id: number; table_name: string } | undefined;
    if (!dataset) throw new Error(`no dataset ${datasetName} in ${projectPath}`);
    const variables = db
      .prepare('SELECT name, column_name FROM variable WHERE dataset_id = ? ORDER BY position')
      .all(dataset.id) as { name: string; column_name: string }[];
    const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
    const select = variables.map((v) => quote(v.column_name)).join(', ');
    const raw = db
      .prepare(`SELECT ${select} FROM ${quote(dataset.table_name)} ORDER BY "_row"`)
      .raw(true)
      .all() as StoredValue[][];
    const rows = raw.map((values) => Object.fromEntries(variables.map((v, i) => [v.name, values[i] ?? null])));
    return { rows, columns: variables.map((v) => v.name) };
  } finally {
    db.close();
  }
}

export interface ProjectSnapshot {
  datasets: { name: string; kind: string; rows: number; table: string }[];
  tables: string[];
  integrity: string[];
  importLogs: number;
}

/** What a failed or cancelled import must leave exactly as it was. */
export function projectSnapshot(projectPath: string): ProjectSnapshot {
  const db = new Database(projectPath, { fileMustExist: true });
  try {
    return {
      datasets: db
        .prepare('SELECT name, kind, row_count AS rows, table_name AS "table" FROM dataset ORDER BY id')
        .all() as ProjectSnapshot['datasets'],
      tables: (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
      ).map((t) => t.name),
      integrity: (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check),
      importLogs: (db.prepare('SELECT COUNT(*) AS n FROM import_log').get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

/** The first row of the import log for a dataset. */
export function importLog(projectPath: string, datasetName: string): Record<string, unknown> {
  const db = new Database(projectPath, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare('SELECT l.* FROM import_log l JOIN dataset d ON d.id = l.dataset_id WHERE d.name = ? ORDER BY l.id')
      .get(datasetName) as Record<string, unknown> | undefined;
    if (!row) throw new Error(`no import log for ${datasetName}`);
    return row;
  } finally {
    db.close();
  }
}

/** Runs the real `werkbank` bin without blocking, so independent runs can go side by side. */
export function runCliAsync(args: string[], home: string): Promise<CliRun> {
  const child = spawn(process.execPath, [cliPath, ...args], {
    env: cliEnv(home),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Writes a large CSV in blocks of lines, without holding it all in memory. */
export async function writeLargeCsv(
  file: string,
  header: string,
  rows: number,
  row: (i: number) => string,
): Promise<void> {
  const out = createWriteStream(file);
  const lines: string[] = [header];
  for (let i = 1; i <= rows; i++) {
    lines.push(row(i));
    if (lines.length === 50_000) {
      if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
      lines.length = 0;
    }
  }
  if (lines.length > 0) out.write(`${lines.join('\n')}\n`);
  out.end();
  await once(out, 'finish');
}

/** Polls until `check` holds (or throws after `timeoutMs`). */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 5): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** A fresh project file with an engine open on it, per call; the engine is closed after each test. */
export function useNewProject(fileName = 'project.skw'): () => { engine: Engine; project: string } {
  const tempFolder = useTempFolder();
  let engine: Engine | null = null;
  afterEach(() => {
    engine?.close();
    engine = null;
  });
  return () => {
    const folder = tempFolder();
    engine = new Engine(folder);
    const project = path.join(folder, fileName);
    engine.workbench.create(project);
    return { engine, project };
  };
}

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seededRandom } from '../../../engine/example/random';
import type { DatasetSummary, ImportJobStatus } from '../../../shared/contract/channels';
import type { ContractError } from '../../../shared/contract/result';
import type { ImportPreview } from '../../../shared/import/import-plan';
import { Engine, projectSnapshot } from './engine-harness';
import { csvInput, xlsxInput, type FuzzInput } from './fuzz-inputs';

/**
 * Mutated CSV and Excel files (cut off, bytes flipped, quotes inserted, huge fields, NUL bytes, other
 * encodings, mixed line ends, too many columns) through detection, preview and import: the real engine
 * through the contract, real project files, the real import workers. Every input gets an answer in time,
 * an import or a refusal whose code names the fault (not `internal`) with a message in Dutch and in
 * English that names the file; a refused import leaves the project as it was, and the project file
 * stays sound. The inputs are drawn from one seed (WERKBANK_FUZZ_SEED explores others).
 */

const SEED = Number(process.env.WERKBANK_FUZZ_SEED ?? 20_261_207);
const CSV_INPUTS = 2000;
const XLSX_INPUTS = 200;
/** Projects imported into side by side: the machine has two cores, and an import keeps two workers busy in turns. */
const LANES = 2;
const INPUT_TIMEOUT_MS = 30_000;
/** Every so many inputs a lane checks its whole project file (integrity, tables, import logs). */
const SNAPSHOT_EVERY = 100;

let root = '';
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'werkbank-fuzz-'));
  process.on('unhandledRejection', onUnhandled);
});

afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  rmSync(root, { recursive: true, force: true });
});

interface Tally {
  csv: number;
  xlsx: number;
  imported: number;
  refusedByPreview: Map<string, number>;
  refusedByImport: Map<string, number>;
  problems: string[];
}

async function* allInputs(): AsyncGenerator<FuzzInput> {
  const random = seededRandom(SEED);
  for (let i = 0; i < CSV_INPUTS + XLSX_INPUTS; i++) {
    // The Excel inputs are spread among the CSV ones, so both lanes get some of each.
    yield i % 11 === 10 && i / 11 < XLSX_INPUTS ? await xlsxInput(random, i) : csvInput(random, i);
  }
}

function describeInput(input: FuzzInput): string {
  return `${input.name} (seed ${SEED}: ${input.steps.join(', ')})`;
}

/** What is wrong with a refusal, or null: a named fault, in both languages, naming the file. */
function refusalProblem(error: ContractError | null | undefined, file: string): string | null {
  if (!error) return 'no error given';
  if (error.code === 'internal') return `internal error: ${error.message.en}`;
  const { nl, en } = error.message;
  if (!nl?.trim() || !en?.trim() || nl === en)
    return `message not in Dutch and English: ${JSON.stringify(error.message)}`;
  if (!nl.includes(file) || !en.includes(file)) return `message does not name the file: ${en}`;
  return null;
}

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${INPUT_TIMEOUT_MS / 1000} s: ${what}`)),
      INPUT_TIMEOUT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function count(map: Map<string, number>, code: string): void {
  map.set(code, (map.get(code) ?? 0) + 1);
}

/**
 * One input through prepare, start and the end of its import; what went wrong, if anything. `datasets`
 * is what the project held before, and is brought up to date.
 */
async function tryInput(
  engine: Engine,
  file: string,
  name: string,
  datasets: DatasetSummary[],
  tally: Tally,
): Promise<string | null> {
  const prepared = await engine.result('import.prepare', { file, name });
  if (!prepared.ok) {
    count(tally.refusedByPreview, prepared.error.code);
    return refusalProblem(prepared.error, file);
  }
  const preview = prepared.data as ImportPreview;
  const started = await engine.result('import.start', { plan: preview.plan, detected: preview.detected });
  if (!started.ok) {
    count(tally.refusedByImport, started.error.code);
    return refusalProblem(started.error, file);
  }
  const status: ImportJobStatus = await engine.workbench.imports.wait((started.data as ImportJobStatus).id);
  const after = await engine.call<DatasetSummary[]>('datasets.list');
  const before = datasets.splice(0, datasets.length, ...after);
  if (status.state === 'done') {
    tally.imported++;
    const added = after.filter((d) => !before.some((b) => b.name === d.name));
    if (after.length !== before.length + 1 || added[0]?.name !== name || added[0].rows !== status.summary?.rows) {
      return `import done, but the project's datasets are ${JSON.stringify(after.map((d) => [d.name, d.rows]))}`;
    }
    return null;
  }
  count(tally.refusedByImport, status.error?.code ?? 'none');
  if (JSON.stringify(after) !== JSON.stringify(before))
    return `failed import changed the datasets: ${JSON.stringify(after.map((d) => d.name))}`;
  return refusalProblem(status.error, file);
}

function checkProject(project: string, lane: number, tally: Tally): number {
  const snapshot = projectSnapshot(project);
  if (snapshot.integrity.join() !== 'ok')
    tally.problems.push(`lane ${lane}: integrity_check says ${snapshot.integrity.join('; ')}`);
  const dataTables = snapshot.tables.filter((t) => /^ds_\d+$/.test(t));
  if (dataTables.length !== snapshot.datasets.length || snapshot.importLogs !== snapshot.datasets.length) {
    tally.problems.push(
      `lane ${lane}: ${snapshot.datasets.length} datasets, ${dataTables.length} data tables, ${snapshot.importLogs} import logs`,
    );
  }
  return snapshot.datasets.length;
}

async function lane(index: number, inputs: AsyncGenerator<FuzzInput>, tally: Tally): Promise<void> {
  const folder = path.join(root, `lane-${index}`);
  mkdirSync(folder);
  const engine = new Engine(folder);
  const project = path.join(folder, 'fuzz.skw');
  engine.workbench.create(project);
  const datasets: DatasetSummary[] = [];
  try {
    let tried = 0;
    for (let next = await inputs.next(); !next.done; next = await inputs.next()) {
      const input = next.value;
      const file = path.join(folder, input.name);
      writeFileSync(file, input.bytes);
      if (input.name.endsWith('.xlsx')) tally.xlsx++;
      else tally.csv++;
      try {
        const problem = await within(tryInput(engine, file, input.name, datasets, tally), describeInput(input));
        if (problem) tally.problems.push(`${describeInput(input)}: ${problem}`);
      } catch (error) {
        tally.problems.push(`${describeInput(input)}: ${error instanceof Error ? error.message : String(error)}`);
      }
      rmSync(file, { force: true });
      if (++tried % SNAPSHOT_EVERY === 0) checkProject(project, index, tally);
    }
  } finally {
    engine.close();
  }
  checkProject(project, index, tally);
}

it(
  'answers every mutated CSV and Excel file with an import or a refusal that names the fault',
  { timeout: 600_000 },
  async () => {
    const tally: Tally = {
      csv: 0,
      xlsx: 0,
      imported: 0,
      refusedByPreview: new Map(),
      refusedByImport: new Map(),
      problems: [],
    };
    const inputs = allInputs();
    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i, inputs, tally)));

    const codes = (map: Map<string, number>) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .map(([code, n]) => `${code} ${n}`)
        .join(', ');
    console.log(
      `fuzz: ${tally.csv} CSV + ${tally.xlsx} XLSX inputs tried (seed ${SEED}): ${tally.imported} imported; refused by the preview: ${codes(tally.refusedByPreview)}; by the import: ${codes(tally.refusedByImport)}`,
    );
    expect(tally.problems.slice(0, 20)).toEqual([]);
    expect(unhandled).toEqual([]);
    expect(tally.csv).toBe(CSV_INPUTS);
    expect(tally.xlsx).toBe(XLSX_INPUTS);
  },
);

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJobStatus } from '../../../shared/contract/channels';
import { cliEnv, cliPath } from '../../helpers/run-cli';
import { Engine, projectSnapshot, runCliAsync, storedTable, until, writeLargeCsv } from './engine-harness';

/**
 * Large imports stopped half-way: cancelled through the contract, and the CLI killed with SIGKILL.
 * Either way the project must be exactly as before (the import is one transaction), and usable.
 */

let root = '';
let largeFile = '';
let hugeFile = '';
const LARGE_ROWS = 300_000;
const HUGE_ROWS = 2_000_000;
const SMALL = 'id,wijk,score\n1,WK026801,3\n2,WK026802,4\n3,WK026803,5\n';

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'werkbank-cancel-'));
  largeFile = path.join(root, 'enquete-groot.csv');
  await writeLargeCsv(
    largeFile,
    'respondent,wijk,leeftijd,tevreden,toelichting',
    LARGE_ROWS,
    (i) => `${i},WK0268${String(i % 20).padStart(2, '0')},${18 + (i % 70)},${1 + (i % 5)},antwoord ${i % 1000}`,
  );
  hugeFile = path.join(root, 'enquete-enorm.csv');
  // Wide enough that importing it takes several seconds: the kill must land before the commit.
  await writeLargeCsv(
    hugeFile,
    'nr,wijk,score,a,b,c,d,e,f,g',
    HUGE_ROWS,
    (i) =>
      `${i},WK0268${String(i % 20).padStart(2, '0')},${i % 7},${i % 5},${i % 11},${i % 13},${(i % 1000) / 10},${i % 17},${i % 19},${i % 23}`,
  );
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

let engine: Engine | null = null;
afterEach(() => {
  engine?.close();
  engine = null;
});

let caseCounter = 0;
/** A project in a fresh folder, already holding one small dataset. */
async function projectWithOneDataset(): Promise<{ engine: Engine; project: string; folder: string }> {
  const folder = path.join(root, `case-${++caseCounter}`);
  mkdirSync(folder);
  engine = new Engine(folder);
  const project = path.join(folder, 'project.skw');
  engine.workbench.create(project);
  const small = path.join(folder, 'klein.csv');
  writeFileSync(small, SMALL);
  const { status } = await engine.importFile({ file: small, name: 'Bestaand' });
  expect(status.state, JSON.stringify(status.error)).toBe('done');
  return { engine, project, folder };
}

describe('cancelling an import through the contract', () => {
  it('ends in state "cancelled" after the first progress, and leaves the project as it was and usable', async () => {
    const { engine, project, folder } = await projectWithOneDataset();
    const before = projectSnapshot(project);
    const datasetsBefore = await engine.datasets();

    const preview = await engine.prepare({ file: largeFile, name: 'Groot' });
    const started = await engine.start(preview);
    expect(started.state, JSON.stringify(started.error)).toBe('running');
    let seen: ImportJobStatus = started;
    await until(async () => {
      seen = await engine.status(started.id);
      return seen.state !== 'running' || seen.progress.rows > 0;
    }, 30_000);
    expect(seen.state, JSON.stringify(seen.error)).toBe('running');
    expect(seen.progress.rows).toBeGreaterThan(0);
    expect(seen.progress.rows).toBeLessThan(LARGE_ROWS);

    const cancelling = await engine.call<ImportJobStatus>('import.cancel', { jobId: started.id });
    expect(['running', 'cancelled']).toContain(cancelling.state);
    const ended = await engine.workbench.imports.wait(started.id);
    expect(ended.state, JSON.stringify(ended.error)).toBe('cancelled');
    expect(ended.summary).toBeNull();
    expect(ended.error?.code).toBe('import_cancelled');
    expect(ended.error?.message.nl).toContain('het project is niet gewijzigd');
    expect((await engine.status(started.id)).state).toBe('cancelled');

    expect(await engine.datasets()).toEqual(datasetsBefore);
    expect(projectSnapshot(project)).toEqual(before);
    expect((await engine.result('datasets.variables', { dataset: 'Groot' })).ok).toBe(false);

    // The project is not left locked: the next import goes through.
    const next = path.join(folder, 'volgende.csv');
    writeFileSync(next, 'id,wijk,score\n7,WK026807,2\n8,WK026808,1\n');
    const { status } = await engine.importFile({ file: next, name: 'Volgende' });
    expect(status.state, JSON.stringify(status.error)).toBe('done');
    expect((await engine.datasets()).map((d) => d.name)).toEqual(['Bestaand', 'Volgende']);
  });
});

describe('progress of a CSV import', () => {
  it('reports rows, a rising percentage up to the whole file, and rows per second', async () => {
    const { engine, project } = await projectWithOneDataset();
    const preview = await engine.prepare({ file: largeFile, name: 'Groot' });
    const started = await engine.start(preview);
    const samples: ImportJobStatus[] = [];
    await until(
      async () => {
        const status = await engine.status(started.id);
        samples.push(status);
        return status.state !== 'running';
      },
      60_000,
      10,
    );
    const final = await engine.workbench.imports.wait(started.id);
    expect(final.state, JSON.stringify(final.error)).toBe('done');
    expect(final.summary?.rows).toBe(LARGE_ROWS);
    expect(final.progress.rows).toBe(LARGE_ROWS);
    expect(final.progress.rowsPerSecond).toBeGreaterThan(0);

    const running = samples.filter((s) => s.state === 'running');
    const percents = running.map((s) => s.progress.percent!);
    expect(percents.every((p) => typeof p === 'number' && p >= 0 && p <= 100)).toBe(true);
    for (let i = 1; i < percents.length; i++) expect(percents[i]!).toBeGreaterThanOrEqual(percents[i - 1]!);
    for (let i = 1; i < running.length; i++)
      expect(running[i]!.progress.rows).toBeGreaterThanOrEqual(running[i - 1]!.progress.rows);
    // Seen rising while the import ran, not only jumping from 0 to the end.
    expect(new Set(percents.filter((p) => p > 0 && p < 99)).size).toBeGreaterThanOrEqual(2);
    expect(running.some((s) => s.progress.rows > 0 && s.progress.rowsPerSecond > 0)).toBe(true);
    expect(final.progress.percent!).toBeGreaterThan(99.9);
    // "Finishing" (descriptives and the import log being written) comes only after the last row.
    expect(running[0]!.progress.finishing).toBe(false);
    expect(running.filter((s) => s.progress.finishing).every((s) => s.progress.rows === LARGE_ROWS)).toBe(true);
    expect(final.progress.finishing).toBe(true);
    expect(storedTable(project, 'Groot').rows).toHaveLength(LARGE_ROWS);
  });
});

describe('killing the CLI half-way through an import', () => {
  it('leaves the project as it was, intact, and open to a new import', async () => {
    const folder = path.join(root, 'kill');
    mkdirSync(folder);
    const project = path.join(folder, 'project.skw');
    const small = path.join(folder, 'klein.csv');
    writeFileSync(small, SMALL);
    const first = await runCliAsync(['import', project, small, '--name', 'Bestaand'], folder);
    expect(first.status, first.stderr).toBe(0);
    const listedBefore = await runCliAsync(['datasets', project, '--json'], folder);
    const before = projectSnapshot(project);
    expect(statSync(hugeFile).size).toBeGreaterThan(30_000_000);

    const child = spawn(process.execPath, [cliPath, 'import', project, hugeFile, '--name', 'Enorm'], {
      env: cliEnv(folder),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    let exitedEarly = false;
    void exited.then(() => (exitedEarly = true));

    // Killed once rows are being written: the project's write-ahead log has grown past a megabyte.
    const walSize = () => (existsSync(`${project}-wal`) ? statSync(`${project}-wal`).size : 0);
    await until(() => exitedEarly || walSize() > 1_000_000, 60_000, 10);
    expect(exitedEarly, `the import ended before it could be killed:\n${stderr}`).toBe(false);
    child.kill('SIGKILL');
    const end = await exited;
    expect(end.signal).toBe('SIGKILL');

    const listedAfter = await runCliAsync(['datasets', project, '--json'], folder);
    expect(listedAfter.status, listedAfter.stderr).toBe(0);
    expect(JSON.parse(listedAfter.stdout)).toEqual(JSON.parse(listedBefore.stdout));
    expect(projectSnapshot(project)).toEqual(before);

    const next = path.join(folder, 'volgende.csv');
    writeFileSync(next, 'id,wijk,score\n7,WK026807,2\n8,WK026808,1\n');
    const again = await runCliAsync(['import', project, next, '--name', 'Volgende', '--json'], folder);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ dataset: 'Volgende', rows: 2 });
    const after = projectSnapshot(project);
    expect(after.integrity).toEqual(['ok']);
    expect(after.datasets.map((d) => [d.name, d.rows])).toEqual([
      ['Bestaand', 3],
      ['Volgende', 2],
    ]);
    expect(storedTable(project, 'Volgende').rows).toEqual([
      { id: 7, wijk: 'WK026807', score: 2 },
      { id: 8, wijk: 'WK026808', score: 1 },
    ]);
  }, 90_000);
});

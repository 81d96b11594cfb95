import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateLargeSurvey, generateWideMonitor } from './generate-large-survey';
import { median, type BenchResult } from './measure';

const ROUNDS = 3;
const root = path.resolve(import.meta.dirname, '..', '..');
const cli = path.join(root, 'bin', 'werkbank.js');

interface ImportCase {
  name: string;
  file: string;
  rows: number;
  generate: (file: string) => Promise<void>;
  goal: number;
  memoryGoalMb: number;
}

/** Issue 13: the import as a user runs it, `werkbank import`, end to end (start-up, detection, preview, import, checkpoint). */
export const surveyImport = (folder: string): ImportCase => ({
  name: 'werkbank import 1,000,000 × 28 (;, decimal comma), end to end',
  file: path.join(folder, 'survey-1000000.csv'),
  rows: 1_000_000,
  generate: (file) => generateLargeSurvey(file, 1_000_000),
  goal: 0.8,
  memoryGoalMb: 350,
});

export const wideMonitorImport = (folder: string): ImportCase => ({
  name: 'werkbank import 100,000 × 300 Likert items (;, 5% empty), end to end',
  file: path.join(folder, 'monitor-100000x300.csv'),
  rows: 100_000,
  generate: (file) => generateWideMonitor(file, 100_000, 300),
  goal: 1.0,
  memoryGoalMb: 350,
});

function removeProject(project: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(project + suffix, { force: true });
}

/**
 * `werkbank import` in a process of its own against the sqlite3 shell's `.import` of the same file,
 * alternating, median of three; the command's peak memory; and, beside them, the import measured inside
 * one process (no start-up, no checkpoint), as earlier benches reported it.
 */
export async function importBench(folder: string, which: ImportCase): Promise<BenchResult> {
  if (!existsSync(which.file)) {
    process.stderr.write(`generating ${which.file}…\n`);
    await which.generate(which.file);
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  const inProcess: number[] = [];
  let peakMemoryMb = 0;
  const peakFile = path.join(folder, 'peak-memory.txt');
  for (let round = 0; round < ROUNDS; round++) {
    const db = path.join(folder, 'sqlite3-import.db');
    rmSync(db, { force: true });
    const t0 = performance.now();
    const shell = spawnSync('sqlite3', [db, '-cmd', '.mode csv', '-cmd', '.separator ;', `.import ${which.file} t`], {
      encoding: 'utf8',
    });
    if (shell.status !== 0) throw new Error(`sqlite3 failed: ${shell.stderr}`);
    theirs.push((performance.now() - t0) / 1000);

    const project = path.join(folder, 'werkbank-import.skw');
    removeProject(project);
    const t1 = performance.now();
    const command = spawnSync(
      process.execPath,
      [
        '--import',
        path.join(import.meta.dirname, 'report-peak-memory.js'),
        cli,
        'import',
        project,
        which.file,
        '--json',
      ],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, WERKBANK_BENCH_PEAK_FILE: peakFile, WERKBANK_HOME: folder },
      },
    );
    ours.push((performance.now() - t1) / 1000);
    if (command.status !== 0) throw new Error(`werkbank import failed: ${command.stderr}`);
    const rows = (JSON.parse(command.stdout) as { rows: number }).rows;
    if (rows !== which.rows) throw new Error(`imported ${rows} rows, expected ${which.rows}`);
    peakMemoryMb = Math.max(peakMemoryMb, Number(readFileSync(peakFile, 'utf8')));

    removeProject(project);
    const once = spawnSync(
      process.execPath,
      [
        path.join(import.meta.dirname, 'run-ts.js'),
        path.join(import.meta.dirname, 'import-once.ts'),
        project,
        which.file,
      ],
      { encoding: 'utf8' },
    );
    if (once.status !== 0) throw new Error(`import failed: ${once.stderr}`);
    inProcess.push((JSON.parse(once.stdout) as { seconds: number }).seconds);
    process.stderr.write(
      `  round ${round + 1}: werkbank import ${ours[round]!.toFixed(2)} s (in-process ${inProcess[round]!.toFixed(2)} s), sqlite3 .import ${theirs[round]!.toFixed(2)} s\n`,
    );
  }
  removeProject(path.join(folder, 'werkbank-import.skw'));
  const reference = median(theirs);
  return {
    name: which.name,
    ratio: median(ours) / reference,
    goal: which.goal,
    details:
      `file ${(statSync(which.file).size / 1e6).toFixed(0)} MB; median werkbank import ${median(ours).toFixed(2)} s vs sqlite3 .import ${reference.toFixed(2)} s; ` +
      `peak memory ${peakMemoryMb.toFixed(0)} MB (goal < ${which.memoryGoalMb} MB); in-process import ${median(inProcess).toFixed(2)} s (${(median(inProcess) / reference).toFixed(2)}×)`,
    extraChecks: [{ name: `peak memory < ${which.memoryGoalMb} MB`, ok: peakMemoryMb < which.memoryGoalMb }],
  };
}

export function benchFolder(): string {
  const folder = path.join(os.tmpdir(), 'werkbank-bench');
  mkdirSync(folder, { recursive: true });
  return folder;
}

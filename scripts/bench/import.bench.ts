import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateLargeSurvey } from './generate-large-survey';
import { median, type BenchResult } from './measure';

const ROWS = 1_000_000;
const ROUNDS = 3;

/**
 * Issue 3: importing a 1,000,000 × 28 `;`/decimal-comma survey against the sqlite3 shell's `.import`
 * of the same file, alternating, median of three; and the import's peak memory.
 */
export async function importBench(folder: string): Promise<BenchResult> {
  const file = path.join(folder, `survey-${ROWS}.csv`);
  if (!existsSync(file)) {
    process.stderr.write(`generating ${file}…\n`);
    await generateLargeSurvey(file, ROWS);
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  let peakMemoryMb = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const db = path.join(folder, 'sqlite3-import.db');
    rmSync(db, { force: true });
    const t0 = performance.now();
    const shell = spawnSync('sqlite3', [db, '-cmd', '.mode csv', '-cmd', '.separator ;', `.import ${file} t`], { encoding: 'utf8' });
    if (shell.status !== 0) throw new Error(`sqlite3 failed: ${shell.stderr}`);
    theirs.push((performance.now() - t0) / 1000);

    const project = path.join(folder, 'werkbank-import.skw');
    for (const suffix of ['', '-wal', '-shm']) rmSync(project + suffix, { force: true });
    const run = spawnSync(process.execPath, [path.join(import.meta.dirname, 'run-ts.js'), path.join(import.meta.dirname, 'import-once.ts'), project, file], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`import failed: ${run.stderr}`);
    const result = JSON.parse(run.stdout) as { seconds: number; rows: number; peakMemoryMb: number };
    if (result.rows !== ROWS) throw new Error(`imported ${result.rows} rows, expected ${ROWS}`);
    ours.push(result.seconds);
    peakMemoryMb = Math.max(peakMemoryMb, result.peakMemoryMb);
    process.stderr.write(`  round ${round + 1}: werkbank ${result.seconds.toFixed(2)} s, sqlite3 .import ${theirs[round]!.toFixed(2)} s\n`);
  }
  const ratio = median(ours) / median(theirs);
  return {
    name: 'import 1,000,000 × 28 (;, decimal comma)',
    ratio,
    goal: 1.0,
    details: `file ${(statSync(file).size / 1e6).toFixed(0)} MB; median werkbank ${median(ours).toFixed(2)} s vs sqlite3 .import ${median(theirs).toFixed(2)} s; peak memory ${peakMemoryMb.toFixed(0)} MB (goal ≤ 400 MB)`,
    extraChecks: [{ name: 'peak memory ≤ 400 MB', ok: peakMemoryMb <= 400 }],
  };
}

export function benchFolder(): string {
  const folder = path.join(os.tmpdir(), 'werkbank-bench');
  mkdirSync(folder, { recursive: true });
  return folder;
}

import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { median, type BenchResult } from './measure';

const ROUNDS = 7;
const cli = path.resolve(import.meta.dirname, '..', '..', 'bin', 'werkbank.js');

function seconds(args: string[]): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
  return (performance.now() - t0) / 1000;
}

/** Seconds from starting `werkbank serve` until it prints its address (then it is stopped). */
function serveSeconds(project: string, home: string): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [cli, 'serve', project, '--port', '0'], {
    env: { ...process.env, WERKBANK_HOME: home },
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    child.stdout.once('data', () => {
      const elapsed = (performance.now() - t0) / 1000;
      child.removeAllListeners('exit');
      child.once('exit', () => resolve(elapsed));
      child.kill('SIGINT');
    });
  });
}

/**
 * Issue 13: the command line answers at once. `werkbank --help` against `node -e ''`, alternating,
 * median of seven; and the time `werkbank serve` takes to print its address.
 */
export async function startUpBench(folder: string): Promise<BenchResult> {
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    theirs.push(seconds(['-e', '']));
    ours.push(seconds([cli, '--help']));
  }
  const project = path.join(folder, 'serve.skw');
  rmSync(project, { force: true });
  seconds([cli, 'init', project]);
  const serve: number[] = [];
  for (let round = 0; round < ROUNDS; round++) serve.push(await serveSeconds(project, folder));
  rmSync(project, { force: true });
  return {
    name: 'werkbank --help, start-up',
    ratio: median(ours) / median(theirs),
    goal: 3,
    details: `median ${(median(ours) * 1000).toFixed(0)} ms vs node -e '' ${(median(theirs) * 1000).toFixed(0)} ms; werkbank serve prints its address after ${median(serve).toFixed(2)} s (goal ≤ 2 s)`,
    extraChecks: [{ name: 'serve prints its address within 2 s', ok: median(serve) <= 2 }],
  };
}

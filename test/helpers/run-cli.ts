import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const cliPath = path.join(repoRoot, 'bin', 'werkbank.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a `werkbank` process a test starts: its settings in `home`, the default language. */
export function cliEnv(home: string, env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, WERKBANK_HOME: home, WERKBANK_LANG: '', ...env };
}

/** Runs the real `werkbank` bin in a child process, with its settings in `home`. */
export function runCli(args: string[], home: string, env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    encoding: 'utf8',
    env: cliEnv(home, env),
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

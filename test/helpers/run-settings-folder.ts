import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The test run's settings folder: `WERKBANK_HOME` for the run, its workers and every `werkbank` process a
 * test starts, so nothing a test does reaches the user's settings folder (its recent projects would list
 * the suite's projects on the start screen). Each test still passes a folder of its own (`runCli`,
 * `cliEnv`, `createInProcessHost`); this one is the net under them and must stay empty. Called by the
 * vitest global setups; returns their teardown, which removes the folder and fails the run if a test
 * wrote into it.
 */
export function useRunSettingsFolder(env: NodeJS.ProcessEnv = process.env): () => void {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'werkbank-run-settings-'));
  env.WERKBANK_HOME = folder;
  return () => {
    const written = readdirSync(folder);
    rmSync(folder, { recursive: true, force: true });
    if (written.length > 0) {
      throw new Error(
        `A test wrote ${written.join(', ')} into the test run’s settings folder instead of a folder of its own: ` +
          'give it one (runCli, cliEnv, createInProcessHost).',
      );
    }
  };
}

import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppState, defaultSettingsFolder } from '../../../engine/app-state/app-state';
import { cliEnv } from '../../helpers/run-cli';
import { useRunSettingsFolder } from '../../helpers/run-settings-folder';

describe('tests keep their settings out of the user’s settings folder', () => {
  it('a test run’s settings folder, the one a forgotten folder would fall back to, is a temporary one', () => {
    const { WERKBANK_HOME: _run, ...userEnv } = process.env;
    const usersFolder = defaultSettingsFolder(userEnv);
    const runsFolder = defaultSettingsFolder();
    expect(runsFolder).not.toBe(usersFolder);
    expect(path.relative(usersFolder, runsFolder).startsWith('..')).toBe(true);
    expect(path.relative(os.tmpdir(), runsFolder).startsWith('..')).toBe(false);
  });

  it('a werkbank process a test starts keeps its settings in the test’s own folder', () => {
    const home = path.join(os.tmpdir(), 'own-settings');
    expect(defaultSettingsFolder(cliEnv(home))).toBe(home);
    expect(defaultSettingsFolder(cliEnv(home, { WERKBANK_LANG: 'en' }))).toBe(home);
  });

  it('the run ends with an error when a test wrote into the run’s settings folder, and removes the folder', () => {
    const env: NodeJS.ProcessEnv = {};
    const teardown = useRunSettingsFolder(env);
    const folder = defaultSettingsFolder(env);
    expect(existsSync(folder)).toBe(true);
    new AppState(folder).rememberProject(path.join(os.tmpdir(), 'vergeten.skw'));
    expect(teardown).toThrow(/wrote settings\.json into the test run’s settings folder/);
    expect(existsSync(folder)).toBe(false);

    const clean = useRunSettingsFolder(env);
    const cleanFolder = defaultSettingsFolder(env);
    expect(clean).not.toThrow();
    expect(existsSync(cleanFolder)).toBe(false);
  });
});

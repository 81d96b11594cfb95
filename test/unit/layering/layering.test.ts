import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/run-cli';

const eslint = new ESLint({ cwd: repoRoot });

async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('layering rules (docs/ARCHITECTURE.md §2)', () => {
  it.each([
    ['engine/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['renderer/src/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
  ])('only electron/ may import electron: %s', async (file, code) => {
    expect((await violations(file, code)).join()).toContain('Only electron/ may import electron');
  });

  it('electron/ may import electron', async () => {
    expect(await violations('electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual(
      [],
    );
  });

  it.each([
    "import { readFileSync } from 'node:fs';",
    "import path from 'path';",
    "import Database from 'better-sqlite3';",
  ])('shared/ imports no Node module: %s', async (line) => {
    expect(await violations('shared/x.ts', `${line}\nexport const a = 1;\n`)).not.toEqual([]);
  });

  it('shared/ uses no DOM', async () => {
    expect((await violations('shared/x.ts', 'export const a = document.title;\n')).join()).toContain('document');
  });

  it.each([
    "import { Workbench } from '../../engine/workbench';",
    "import { x } from '../../electron/main/ipc';",
    "import { readFileSync } from 'node:fs';",
  ])('renderer/ imports only shared/ and itself: %s', async (line) => {
    expect(await violations('renderer/src/x.ts', `${line}\nexport const a = 1;\n`)).not.toEqual([]);
  });

  it('renderer/ may import shared/', async () => {
    expect(
      await violations(
        'renderer/src/x.ts',
        "import { conditions } from '../../shared/conditions';\nexport const a = conditions;\n",
      ),
    ).toEqual([]);
  });

  it.each(["import { App } from '../renderer/src/App';", "import { x } from '../electron/main/ipc';"])(
    'engine/ never imports renderer/ or electron/: %s',
    async (line) => {
      expect(await violations('engine/x.ts', `${line}\nexport const a = 1;\n`)).not.toEqual([]);
    },
  );

  it.each([
    ['cli/x.ts', "import { Workbench } from '../engine/workbench';"],
    ['serve/x.ts', "import { PROJECT_EXTENSION } from '../engine/project/project-file';"],
    ['electron/main/x.ts', "import { Workbench } from '../../engine/workbench';"],
  ])('a host imports the engine only through engine/index: %s', async (file, line) => {
    expect((await violations(file, `${line}\nexport const a = 1;\n`)).join()).toContain('engine/index');
  });

  it.each([
    ['cli/x.ts', "import { Workbench } from '../engine/index';"],
    ['serve/x.ts', "import type { DialogChannel } from '../engine/index';"],
    ['electron/main/x.ts', "import { Workbench } from '../../engine/index';"],
  ])('a host may import engine/index: %s', async (file, line) => {
    expect(await violations(file, `${line}\nexport const a = 1;\n`)).toEqual([]);
  });

  it('only electron/ may import electron, among the hosts too', async () => {
    expect((await violations('cli/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).join()).toContain(
      'Only electron/ may import electron',
    );
  });

  it.each([
    ['engine/codebook/x.ts', "import packageJson from '../../package.json';"],
    ['engine/x.ts', "import packageJson from '../package.json';"],
    ['engine/example/x.ts', "import { generateSurvey } from '../../datasets/generators/generate-survey';"],
    ['engine/x.ts', "import { main } from '../cli/main';"],
    ['engine/project/x.ts', "import { serve } from '../../serve/serve';"],
    ['engine/db/x.ts', "import { x } from '../../electron/main/ipc';"],
  ])('engine/ imports only itself and shared/: %s', async (file, line) => {
    expect((await violations(file, `${line}\nexport const a = 1;\n`)).join()).toContain(
      'engine/ imports only itself and shared/',
    );
  });

  it.each([
    ['engine/scores/x.ts', "import { datasetId } from '../datasets/list-variables';"],
    ['engine/x.ts', "import { listDatasets } from './datasets/list-datasets';"],
    ['engine/crosstab/x.ts', "import { conditions } from '../../shared/conditions';"],
    ['engine/x.ts', "import { raise } from '../shared/contract/errors';"],
  ])('engine/ may import itself and shared/: %s', async (file, line) => {
    expect(await violations(file, `${line}\nexport const a = 1;\n`)).toEqual([]);
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { realFileNames, realFilePath } from '../../helpers/real-files';
import { repoRoot } from '../../helpers/run-cli';
import { useTempFolder } from '../../helpers/temp-folder';

const tempFolder = useTempFolder();

/** A path that climbs out of the repository to the development machine's `shared/` folder. */
const OUTSIDE_DATA = /\.\.[/\\]+(?:\.\.[/\\]+)*shared[/\\]+data|'\.\.',\s*(?:'\.\.',\s*)*'shared'/;

describe('a clean clone needs nothing beside it', () => {
  it('no tracked source, test or script reads outside the repository', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: repoRoot, encoding: 'utf8' }).split('\n');
    const code = tracked.filter((file) => /\.(?:[cm]?[jt]sx?|json|sh)$/.test(file) || file.startsWith('.ci/'));
    expect(code.length).toBeGreaterThan(100);
    const offenders = code.filter((file) => OUTSIDE_DATA.test(readFileSync(path.join(repoRoot, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('no tracked file cites a document outside the repository; the architecture is docs/ARCHITECTURE.md', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: repoRoot, encoding: 'utf8' }).split('\n');
    const text = tracked.filter((file) => /\.(?:[cm]?[jt]sx?|json|md|sh|css)$/.test(file));
    const citing = text.filter((file) => /\bDESIGN\.md\b/.test(readFileSync(path.join(repoRoot, file), 'utf8')));
    expect(citing).toEqual([]);
    expect(readFileSync(path.join(repoRoot, 'docs/ARCHITECTURE.md'), 'utf8')).toMatch(/^## 1\. The domain$/m);
  });

  it('the suite’s data loader reads every real file from a copy of the repository in an empty folder', () => {
    const copy = path.join(tempFolder(), 'werkbank');
    for (const entry of ['package.json', 'test/helpers', 'test/fixtures', 'datasets']) {
      cpSync(path.join(repoRoot, entry), path.join(copy, entry), { recursive: true });
    }
    // The copy has no node_modules and no `shared/` beside it; only the TypeScript loader comes from here.
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
    const script = `
      const { realFileNames, readRealFile } = await import('./test/helpers/real-files.ts');
      console.log(JSON.stringify(Object.fromEntries(realFileNames.map((name) => [name, readRealFile(name).length]))));`;
    const run = spawnSync(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], {
      cwd: copy,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const sizes = JSON.parse(run.stdout) as Record<string, number>;
    expect(Object.keys(sizes).sort()).toEqual([...realFileNames].sort());
    for (const name of realFileNames) expect(sizes[name]).toBe(statSync(realFilePath(name)).size);
  });
});

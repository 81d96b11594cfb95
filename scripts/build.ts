// `npm run build:cli` (and `prepare`, so `npm ci` runs it): builds what the `werkbank` command and its
// browser mode run, so neither compiles anything when it starts.
//   out/cli/main.js          the command line (cli/main.ts and everything it imports: the browser host
//                            serve/ and the engine through engine/index.ts)
//   out/cli/*-worker.js      the import workers, beside it (engine/workers/start-worker.ts finds them there)
//   out/cli/migrations/      the schema migrations, read from beside the bundle (engine/db/migrations.ts)
//   out/renderer/            the user interface the browser mode serves
// The desktop app has its own build (`electron-vite build`, run by `npm start`).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const cliFolder = path.join(root, 'out', 'cli');
const migrations = path.join(root, 'engine', 'db', 'migrations');
/** The files the last build read, so the next one can tell whether anything changed. */
const inputsFile = path.join(cliFolder, 'inputs.json');

function upToDate(): boolean {
  if (!existsSync(inputsFile)) return false;
  const builtAt = statSync(inputsFile).mtimeMs;
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8')) as string[];
  return inputs.every((file) => existsSync(file) && statSync(file).mtimeMs < builtAt);
}

/**
 * The command line and its workers (esbuild, about a second), unless nothing it is made of changed.
 * Built beside the old build and swapped in, so a `werkbank` already running keeps a whole build.
 */
export async function buildCommandLine(): Promise<void> {
  if (upToDate()) return;
  const { build } = await import('esbuild');
  const next = `${cliFolder}-${process.pid}`;
  await rm(next, { recursive: true, force: true });
  const result = await build({
    // Split, so `--help` loads only its own few lines and every command loads the engine once.
    splitting: true,
    entryPoints: {
      main: path.join(root, 'cli', 'main.ts'),
      'parse-worker': path.join(root, 'engine', 'import', 'parse-worker.ts'),
      'insert-worker': path.join(root, 'engine', 'import', 'insert-worker.ts'),
    },
    outdir: next,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages are bundled too: resolving and reading zod's hundred files at every start costs more
    // than the rest of the start together. A native addon cannot be bundled, and exceljs is loaded only
    // for Excel files (from node_modules, as for the sources).
    external: ['better-sqlite3', 'exceljs'],
    // Some bundled packages are CommonJS and call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __werkbankRequire } from 'node:module'; const require = __werkbankRequire(import.meta.url);",
    },
    metafile: true,
    logLevel: 'warning',
  });
  await mkdir(path.join(next, 'migrations'));
  const sql = (await readdir(migrations)).filter((name) => name.endsWith('.sql'));
  for (const file of sql) await copyFile(path.join(migrations, file), path.join(next, 'migrations', file));
  const inputs = [
    ...Object.keys(result.metafile.inputs).map((file) => path.resolve(root, file)),
    ...sql.map((file) => path.join(migrations, file)),
    import.meta.filename,
  ];
  await writeFile(path.join(next, 'inputs.json'), JSON.stringify(inputs));
  const old = `${cliFolder}-old-${process.pid}`;
  if (existsSync(cliFolder)) await rename(cliFolder, old);
  await rename(next, cliFolder);
  await rm(old, { recursive: true, force: true });
}

/** The renderer the browser mode serves: Vite, a few seconds. */
export async function buildRenderer(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.renderer.config.ts'), logLevel: 'warn' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildCommandLine();
  await buildRenderer();
}

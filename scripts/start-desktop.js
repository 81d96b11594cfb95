// `npm start`: builds the app, gives Electron a better-sqlite3 of its own ABI, and opens the window.
//
// One better-sqlite3 build cannot serve both Node (tests, CLI, browser mode) and Electron, so the Node build
// in node_modules is never touched: a copy in .electron-native/ is rebuilt for Electron and handed to the
// app through WERKBANK_NATIVE_BINDING. The copy is rebuilt only when Electron or better-sqlite3 changed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const nativeFolder = path.join(root, '.electron-native');
const marker = path.join(nativeFolder, 'built-for.json');
const nodeBuild = path.join(root, 'node_modules', 'better-sqlite3');
const electronBuild = path.join(nativeFolder, 'node_modules', 'better-sqlite3');
const binding = path.join(electronBuild, 'build', 'Release', 'better_sqlite3.node');

function stop(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

async function readJson(file) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return null;
  }
}

// Importing the electron package downloads its program on first use; without a connection that fails.
async function electronProgram() {
  try {
    const { default: program } = await import('electron');
    if (!existsSync(program)) throw new Error(`${program} does not exist`);
    return program;
  } catch (error) {
    return stop(
      `Electron's program is missing and could not be downloaded: ${error instanceof Error ? error.message : error}\n` +
        'Connect to the internet and run `npx install-electron --no`, then `npm start` again.\n' +
        'Without Electron, `npm run serve` opens the Werkbank in a browser.',
    );
  }
}

async function buildApp() {
  const { build } = await import('electron-vite');
  await build({ root });
}

async function electronSqlite(electronVersion) {
  const { version } = await readJson(path.join(nodeBuild, 'package.json'));
  const wanted = { electron: electronVersion, betterSqlite3: version, platform: process.platform, arch: process.arch };
  const built = await readJson(marker);
  if (existsSync(binding) && JSON.stringify(built) === JSON.stringify(wanted)) return binding;

  console.log(
    `Building better-sqlite3 ${version} for Electron ${electronVersion} in .electron-native/ (once per version)…`,
  );
  await rm(nativeFolder, { recursive: true, force: true });
  // The Node build output stays behind; the copy gets a build of its own.
  await cp(nodeBuild, electronBuild, {
    recursive: true,
    filter: (file) => path.relative(nodeBuild, file).split(path.sep)[0] !== 'build',
  });
  await writeFile(
    path.join(nativeFolder, 'package.json'),
    JSON.stringify(
      { name: 'werkbank-electron-native', private: true, dependencies: { 'better-sqlite3': version } },
      null,
      2,
    ),
  );
  // npm hands its config to scripts as npm_config_* variables, and node-gyp obeys them: an inherited
  // `nodedir` (set in some ~/.npmrc files) would quietly compile against Node's headers instead of Electron's.
  for (const key of Object.keys(process.env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(key)) delete process.env[key];
  }
  const { rebuild } = await import('@electron/rebuild');
  try {
    // projectRootPath keeps the rebuild from walking up into the project's own node_modules.
    await rebuild({
      buildPath: nativeFolder,
      projectRootPath: nativeFolder,
      electronVersion,
      onlyModules: ['better-sqlite3'],
      force: true,
    });
  } catch (error) {
    stop(
      `Building better-sqlite3 for Electron ${electronVersion} failed: ${error instanceof Error ? error.message : error}\n` +
        'It needs a prebuilt binary (downloaded from GitHub) or Electron headers and a C++ compiler.',
    );
  }
  if (!existsSync(binding)) stop(`The Electron build of better-sqlite3 did not produce ${binding}.`);
  await writeFile(marker, JSON.stringify(wanted, null, 2));
  return binding;
}

const program = await electronProgram();
const { version: electronVersion } = await readJson(path.join(root, 'node_modules', 'electron', 'package.json'));
await buildApp();
const nativeBinding = await electronSqlite(electronVersion);

const env = { ...process.env, WERKBANK_NATIVE_BINDING: nativeBinding };
// Set by some editors' terminals; it would start Electron as plain Node.
delete env.ELECTRON_RUN_AS_NODE;
// npm runs scripts in the project folder; a project path given as `npm start -- wijk.skw` is relative to where the user was.
const child = spawn(program, [root, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => {
  if (signal) console.error(`Electron stopped on ${signal}.`);
  process.exit(code ?? 1);
});

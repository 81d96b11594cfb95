import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits, type TransferListItem } from 'node:worker_threads';

/** Where each worker's code is. */
export interface WorkerLocations {
  parse: URL;
  insert: URL;
}

/** Whether this module runs as a TypeScript source (tests, development) or from a build in out/. */
export const runningFromSource = import.meta.url.endsWith('.ts');

/**
 * A build (out/cli/ for the command line and browser mode, out/main/ for the desktop app) has the workers
 * bundled beside this code; from the sources they are bundled on first use (see `bundle`).
 */
export const defaultWorkerLocations: WorkerLocations = runningFromSource
  ? {
      parse: new URL('../import/parse-worker.ts', import.meta.url),
      insert: new URL('../import/insert-worker.ts', import.meta.url),
    }
  : { parse: new URL('./parse-worker.js', import.meta.url), insert: new URL('./insert-worker.js', import.meta.url) };

/**
 * A worker's old generation is capped: the import keeps only a few batches in flight, and V8 would
 * otherwise let garbage grow far past that before collecting (peak memory is an import goal). The
 * parser's young generation is larger: it makes millions of short-lived strings (papaparse's fields,
 * 64 KiB of text at a time), and with the default nursery it spends much of its time in scavenges;
 * 32 MB is as fast as 64 MB and peaks 30 MB lower. The inserter makes little garbage.
 */
const resourceLimits: Record<keyof WorkerLocations, ResourceLimits> = {
  parse: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 32 },
  insert: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 },
};

/**
 * An Excel file's sheet streams past, but its shared strings (every distinct text in the workbook) are
 * held while it does: a workbook of many open answers may need more than a CSV's parser, up to 1 GB.
 */
export const workbookLimits: ResourceLimits = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 32 };

/** Inside node_modules, so the bundles' imports of packages resolve as the sources' do. */
const bundleFolder = fileURLToPath(new URL('../../node_modules/.cache/werkbank-workers/', import.meta.url));
const bundled = new Map<string, URL>();

/**
 * A TypeScript worker (CLI, browser mode, tests) runs from one JavaScript file that esbuild makes from
 * its sources, once per process and named by its content. Loading TypeScript through tsx inside each
 * worker instead costs more than half a second before the first row is read.
 */
function bundle(entry: URL): URL {
  const known = bundled.get(entry.href);
  if (known) return known;
  // esbuild's command line in a child process: its JavaScript API refuses to load in a DOM-like test
  // environment, and the desktop app (which starts its prebuilt workers) does not ship esbuild at all.
  const [command, ...prefix] = esbuildCommand();
  const code = execFileSync(
    command!,
    [
      ...prefix,
      fileURLToPath(entry),
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--target=node20',
      '--packages=external',
      '--log-level=error',
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const name = `${path.basename(entry.pathname, '.ts')}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  const file = path.join(bundleFolder, name);
  if (!existsSync(file)) {
    mkdirSync(bundleFolder, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, code);
    // Renamed into place, so a worker of another process never reads a half-written bundle.
    renameSync(temporary, file);
  }
  const url = pathToFileURL(file);
  bundled.set(entry.href, url);
  return url;
}

/** esbuild's install puts its native binary at bin/esbuild where it can; elsewhere (Windows) that is a Node script. */
function esbuildCommand(): string[] {
  const file = createRequire(import.meta.url).resolve('esbuild/bin/esbuild');
  const head = Buffer.alloc(2);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 2, 0);
  } finally {
    closeSync(fd);
  }
  return head.toString('latin1') === '#!' ? [process.execPath, file] : [file];
}

export function startWorker(
  kind: keyof WorkerLocations,
  locations: WorkerLocations,
  workerData: Record<string, unknown>,
  transferList: TransferListItem[] = [],
  limits: ResourceLimits = resourceLimits[kind],
): Worker {
  const entry = locations[kind];
  const code = entry.pathname.endsWith('.ts') ? bundle(entry) : entry;
  return new Worker(code, { workerData, transferList, resourceLimits: limits });
}

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits, type TransferListItem } from 'node:worker_threads';

/** Where each worker's code is: the TypeScript sources by default, built files in the desktop app. */
export interface WorkerLocations {
  parse: URL;
  insert: URL;
}

export const sourceWorkerLocations: WorkerLocations = {
  parse: new URL('../import/parse-worker.ts', import.meta.url),
  insert: new URL('../import/insert-worker.ts', import.meta.url),
};

/**
 * A worker's old generation is capped: the import keeps only a few batches in flight, and V8 would
 * otherwise let garbage grow far past that before collecting (peak memory is an import goal). The
 * parser's young generation is large: it makes millions of short-lived strings, and a small nursery
 * spends a quarter of the parse time in scavenges. The inserter makes little garbage.
 */
const resourceLimits: Record<keyof WorkerLocations, ResourceLimits> = {
  parse: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 64 },
  insert: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 },
};

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
  // Required here, not imported: the desktop app starts its prebuilt workers and does not ship esbuild.
  const { buildSync } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const result = buildSync({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
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

export function startWorker(
  kind: keyof WorkerLocations,
  locations: WorkerLocations,
  workerData: Record<string, unknown>,
  transferList: TransferListItem[] = [],
): Worker {
  const entry = locations[kind];
  const code = entry.pathname.endsWith('.ts') ? bundle(entry) : entry;
  return new Worker(code, { workerData, transferList, resourceLimits: resourceLimits[kind] });
}

import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { mergeConfig, type Plugin } from 'vite';
import rendererConfig from './vite.renderer.config';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * The engine reads its migrations from a folder beside the module that loads them
 * (`new URL('./migrations/', import.meta.url)`); bundled, that module is out/main/index.js.
 */
function copyMigrations(): Plugin {
  const source = path.join(root, 'engine', 'db', 'migrations');
  return {
    name: 'werkbank:copy-migrations',
    apply: 'build',
    async writeBundle(options) {
      const target = path.join(options.dir ?? path.join(root, 'out', 'main'), 'migrations');
      await mkdir(target, { recursive: true });
      const files = (await readdir(source)).filter((file) => file.endsWith('.sql'));
      await Promise.all(files.map((file) => copyFile(path.join(source, file), path.join(target, file))));
    },
  };
}

export default defineConfig({
  main: {
    plugins: [copyMigrations()],
    build: {
      outDir: path.join(root, 'out', 'main'),
      rollupOptions: {
        // The import workers run on threads of their own, so each is an entry the host starts by file name.
        input: {
          index: path.join(root, 'electron', 'main', 'index.ts'),
          'parse-worker': path.join(root, 'engine', 'import', 'parse-worker.ts'),
          'insert-worker': path.join(root, 'engine', 'import', 'insert-worker.ts'),
        },
        // A native addon cannot be bundled; it is loaded from node_modules (or the Electron build) at run time.
        external: ['better-sqlite3'],
        // Shared chunks sit beside the entries, so `import.meta.url` means out/main/ in every file.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: path.join(root, 'out', 'preload'),
      // A sandboxed preload cannot require anything but 'electron': zod and the contract go into the one file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: path.join(root, 'electron', 'preload', 'index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: mergeConfig(rendererConfig, {
    build: {
      outDir: path.join(root, 'out', 'renderer'),
      rollupOptions: { input: path.join(root, 'renderer', 'index.html') },
    },
  }),
});

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
export const rendererFolder = path.join(repositoryRoot, 'out', 'renderer');

/**
 * The browser host serves the built renderer. After a fresh `npm ci` there is none yet, so it is built
 * once here (Vite is installed with the project's development dependencies).
 */
export async function ensureRendererBuilt(log: (text: string) => void): Promise<string> {
  if (existsSync(path.join(rendererFolder, 'index.html'))) return rendererFolder;
  log('De gebruikersinterface wordt gebouwd (eenmalig) / building the user interface (once)…\n');
  const { build } = await import('vite');
  await build({ configFile: path.join(repositoryRoot, 'vite.renderer.config.ts'), logLevel: 'warn' });
  return rendererFolder;
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { raise } from '../shared/contract/errors';

/** The checkout or installed package the hosts run from: one folder up from serve/, two from the build in out/cli/. */
export const packageFolder = fileURLToPath(
  new URL(import.meta.url.endsWith('.ts') ? '../' : '../../', import.meta.url),
);
const rendererFolder = path.join(packageFolder, 'out', 'renderer');

/** The renderer the browser host serves, built by `npm ci` (scripts/build.js); never built at run time. */
export function builtRendererFolder(): string {
  if (!existsSync(path.join(rendererFolder, 'index.html'))) raise('renderer_not_built', { folder: rendererFolder });
  return rendererFolder;
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { raise } from '../../shared/contract/errors';

// Two folders up from engine/serve/ and from a build in out/cli/ alike: the repository.
const rendererFolder = path.join(fileURLToPath(new URL('../../', import.meta.url)), 'out', 'renderer');

/** The renderer the browser host serves, built by `npm ci` (scripts/build.js); never built at run time. */
export function builtRendererFolder(): string {
  if (!existsSync(path.join(rendererFolder, 'index.html'))) raise('renderer_not_built', { folder: rendererFolder });
  return rendererFolder;
}

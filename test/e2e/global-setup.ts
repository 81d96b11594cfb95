import { build } from 'vite';
import path from 'node:path';
import { repoRoot } from '../helpers/run-cli';

/** The e2e tests run against a fresh build of the renderer, as `werkbank serve` serves it. */
export default async function setup(): Promise<void> {
  await build({ configFile: path.join(repoRoot, 'vite.renderer.config.ts'), logLevel: 'warn' });
}

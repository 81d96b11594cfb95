import { buildCommandLine, buildRenderer } from '../../scripts/build';

/** The e2e tests run against a fresh build of what `werkbank serve` runs: the command line and the renderer. */
export default async function setup(): Promise<void> {
  await Promise.all([buildCommandLine(), buildRenderer()]);
}

import { buildCommandLine, buildRenderer } from '../../scripts/build';
import { useRunSettingsFolder } from '../helpers/run-settings-folder';

/**
 * The e2e tests run against a fresh build of what `werkbank serve` runs: the command line and the renderer.
 * The run keeps its settings in a temporary folder, never the user's.
 */
export default async function setup(): Promise<() => void> {
  const teardown = useRunSettingsFolder();
  await Promise.all([buildCommandLine(), buildRenderer()]);
  return teardown;
}

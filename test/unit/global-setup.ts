import { buildCommandLine } from '../../scripts/build';
import { useRunSettingsFolder } from '../helpers/run-settings-folder';

/**
 * Tests that run the `werkbank` command run a fresh build of it, the JavaScript a user's command runs; the
 * run keeps its settings in a temporary folder, never the user's.
 */
export default async function setup(): Promise<() => void> {
  const teardown = useRunSettingsFolder();
  await buildCommandLine();
  return teardown;
}

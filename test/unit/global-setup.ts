import { buildCommandLine } from '../../scripts/build';

/** Tests that run the `werkbank` command run a fresh build of it, the JavaScript a user's command runs. */
export default async function setup(): Promise<void> {
  await buildCommandLine();
}

// `npm run screenshots [-- E2E FILES]`: runs the end-to-end tests (or the files named) and keeps their
// screenshots in docs/screenshots for the README, each view at 1366×768 and 1920×1080.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const folder = path.resolve('docs', 'screenshots');
const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, WERKBANK_SCREENSHOTS: folder },
  shell: process.platform === 'win32',
});
process.exitCode = result.status ?? 1;

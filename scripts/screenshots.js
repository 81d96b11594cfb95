// `npm run screenshots`: runs the end-to-end tests and keeps their screenshots in docs/screenshots for the README.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const folder = path.resolve('docs', 'screenshots');
const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, WERKBANK_SCREENSHOTS: folder },
  shell: process.platform === 'win32',
});
process.exitCode = result.status ?? 1;

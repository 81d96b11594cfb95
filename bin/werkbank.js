#!/usr/bin/env node
// The command-line host. It runs the JavaScript that `npm ci` built into out/cli/ (scripts/build.js), so it
// starts at once. Without that build, or with WERKBANK_FROM_SOURCE=1 while developing, it runs the
// TypeScript sources through tsx instead.
import { existsSync } from 'node:fs';

// Output piped into a program that stops reading (`werkbank scores … | head`) ends the command quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}

const built = new URL('../out/cli/main.js', import.meta.url);
let main;
if (process.env.WERKBANK_FROM_SOURCE !== '1' && existsSync(built)) {
  ({ main } = await import(built.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));

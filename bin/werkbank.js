#!/usr/bin/env node
// The command-line host. TypeScript sources run through tsx, so `npx werkbank` works right after
// `npm ci` without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../engine/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

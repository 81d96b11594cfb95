// Entry of a worker thread whose code is TypeScript (CLI, browser mode, tests): TypeScript runs
// through tsx, as in bin/werkbank.js. The bundled desktop app starts its built workers directly.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);

// One import in a process of its own, so its peak memory (all threads) can be read: prints JSON.
import path from 'node:path';
import { dispatchCaller } from '../../shared/contract/caller';
import { createDispatch } from '../../shared/contract/serve-contract';
import { dialogsNotAvailable } from '../../serve/dialogs-not-available';
import { Workbench } from '../../engine/workbench';
import { installation } from '../../cli/installation';

const [project, file] = process.argv.slice(2) as [string, string];
const workbench = new Workbench({
  ...installation,
  host: 'browser',
  nativeDialogs: false,
  settingsFolder: path.dirname(project),
  rememberRecent: false,
});
const call = dispatchCaller(createDispatch({ ...workbench.handlers(), ...dialogsNotAvailable }));
workbench.create(project);
const started = performance.now();
const prepared = await call('import.prepare', { file });
if (!prepared.ok) throw new Error(prepared.error.message.en);
const preview = prepared.data;
const job = await call('import.start', { plan: preview.plan, detected: preview.detected });
if (!job.ok) throw new Error(job.error.message.en);
const ended = await workbench.imports.wait(job.data.id);
const seconds = (performance.now() - started) / 1000;
workbench.close();
if (ended.state !== 'done') throw new Error(ended.error?.message.en);
process.stdout.write(
  JSON.stringify({ seconds, rows: ended.summary?.rows, peakMemoryMb: process.resourceUsage().maxRSS / 1024 }),
);

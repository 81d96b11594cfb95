import type { Caller } from '../../shared/contract/caller';
import type { ImportChoices } from '../../shared/import/import-plan';

/** Imports a file through the contract, as the wizard does, and waits until it is done. */
export async function importThroughApi(call: Caller, choices: ImportChoices): Promise<void> {
  const prepared = await call('import.prepare', choices);
  if (!prepared.ok) throw new Error(prepared.error.message.en);
  const started = await call('import.start', { plan: prepared.data.plan, detected: prepared.data.detected });
  if (!started.ok) throw new Error(started.error.message.en);
  let status = started.data;
  while (status.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 25));
    const answer = await call('import.status', { jobId: status.id });
    if (!answer.ok) throw new Error(answer.error.message.en);
    status = answer.data;
  }
  if (status.state !== 'done') throw new Error(`import ${status.state}: ${status.error?.message.en ?? ''}`);
}

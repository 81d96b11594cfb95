import { randomUUID } from 'node:crypto';
import type { ImportJobStatus } from '../../shared/contract/channels';
import { raise } from '../../shared/contract/errors';
import type { ImportPlan } from '../../shared/import/import-plan';
import { ImportWorkers } from './import-workers';
import { runImport, type ImportJob, type RunImportOptions } from './run-import';

interface Entry {
  id: string;
  plan: ImportPlan;
  job: ImportJob;
  status: ImportJobStatus | null;
}

/** The imports running in this host, by id, so a UI can follow and cancel them. */
export class ImportJobs {
  private readonly entries = new Map<string, Entry>();
  private readonly workers = new ImportWorkers();

  start(options: RunImportOptions): ImportJobStatus {
    const id = randomUUID();
    const entry: Entry = { id, plan: options.plan, job: runImport(options, this.workers), status: null };
    this.entries.set(id, entry);
    void entry.job.outcome.then((outcome) => {
      const finalProgress = this.running(entry).progress;
      entry.status = {
        ...this.running(entry),
        progress:
          outcome.state === 'done'
            ? { ...finalProgress, percent: finalProgress.percent === null ? null : 100 }
            : finalProgress,
        state: outcome.state,
        summary: outcome.state === 'done' ? outcome.summary : null,
        error: outcome.state === 'done' ? null : outcome.error,
      };
    });
    return this.running(entry);
  }

  status(id: string): ImportJobStatus {
    const entry = this.entries.get(id) ?? raise('job_not_found', { id });
    return entry.status ?? this.running(entry);
  }

  cancel(id: string): ImportJobStatus {
    const entry = this.entries.get(id) ?? raise('job_not_found', { id });
    if (!entry.status) entry.job.cancel();
    return this.status(id);
  }

  /** Waits for a job to end (the CLI and tests; a UI polls `status`). */
  async wait(id: string): Promise<ImportJobStatus> {
    const entry = this.entries.get(id) ?? raise('job_not_found', { id });
    await entry.job.outcome;
    return this.status(id);
  }

  /** Cancels every running import (the project they write to is being closed). */
  cancelAll(): void {
    for (const entry of this.entries.values()) if (!entry.status) entry.job.cancel();
  }

  private running(entry: Entry): ImportJobStatus {
    return {
      id: entry.id,
      state: 'running',
      dataset: entry.plan.name,
      progress: entry.job.progress(),
      summary: null,
      error: null,
    };
  }
}

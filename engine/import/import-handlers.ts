import { raise } from '../../shared/contract/errors';
import type { importChannels, ImportJobStatus } from '../../shared/contract/import-channels';
import type { HandlersOf } from '../../shared/contract/serve-contract';
import type { Detected, ImportPlan } from '../../shared/import/import-plan';
import type { ProjectFile } from '../project/project-file';
import type { WorkerLocations } from '../workers/start-worker';
import type { ImportJobs } from './import-jobs';
import { checkImportPlan, prepareImport } from './prepare-import';

/** What an import needs of the workbench: the open project, its jobs, and where the workers are. */
export interface ImportContext {
  project: () => ProjectFile;
  imports: ImportJobs;
  appVersion: string;
  nativeBinding?: string;
  workers: WorkerLocations;
}

/** Starts importing a planned file into the open project, in the background. */
export function startImport(context: ImportContext, plan: ImportPlan, detected: Detected | null): ImportJobStatus {
  const project = context.project();
  const fileSize = checkImportPlan(plan);
  if (project.db.prepare('SELECT 1 FROM dataset WHERE name = ?').get(plan.name))
    raise('dataset_exists', { name: plan.name });
  return context.imports.start({
    projectPath: project.path,
    plan,
    detected,
    fileSize,
    appVersion: context.appVersion,
    nativeBinding: context.nativeBinding,
    workers: context.workers,
  });
}

/** The import channels: prepare a plan, then run it as a job to follow and cancel. */
export function importHandlers(context: ImportContext): HandlersOf<typeof importChannels> {
  return {
    'import.prepare': (choices) => prepareImport(choices),
    'import.start': ({ plan, detected }) => startImport(context, plan, detected),
    'import.status': ({ jobId }) => context.imports.status(jobId),
    'import.cancel': ({ jobId }) => context.imports.cancel(jobId),
  };
}

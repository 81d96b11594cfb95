import { fileURLToPath } from 'node:url';
import packageJson from '../package.json';
import type { AppInfo, HostKind } from '../shared/contract/channels';
import type { Detected, ImportPlan } from '../shared/import/import-plan';
import type { Handlers } from '../shared/contract/serve-contract';
import { AppState } from './app-state/app-state';
import { codebookHandlers } from './codebook/codebook-handlers';
import { codingHandlers } from './coding/coding-handlers';
import { crosstabHandlers } from './crosstab/crosstab-handlers';
import { listDatasets } from './datasets/list-datasets';
import { setDatasetBase } from './datasets/dataset-base';
import { listVariables, updateVariable } from './datasets/list-variables';
import { openExampleProject } from './example/example-project';
import { projectSettings, updateProjectSettings } from './project/project-settings';
import { computeScores } from './scores/compute-scores';
import { listMappings, removeMapping, setMapping } from './scores/mappings';
import { ImportJobs } from './import/import-jobs';
import { checkImportPlan, prepareImport } from './import/prepare-import';
import { defaultWorkerLocations, runningFromSource, type WorkerLocations } from './workers/start-worker';
import { raise } from '../shared/contract/errors';
import { loadMigrations, type Migration } from './db/migrations';
import { createProject, openProject, readOtherProject, type ProjectFile } from './project/project-file';

export interface WorkbenchOptions {
  host: HostKind;
  nativeDialogs: boolean;
  settingsFolder: string;
  nativeBinding?: string;
  migrations?: Migration[];
  /** Whether opened projects join the user's recent projects (not for scripts on the CLI). */
  rememberRecent?: boolean;
  /** Where the import workers' code is (the desktop app passes its built files). */
  workers?: WorkerLocations;
  /** The example data (`datasets/`); the desktop app passes the copy in its resources. */
  datasetsFolder?: string;
}

/** The repository's `datasets/`, seen from engine/ or from a build two folders down (out/cli/, out/main/). */
export const defaultDatasetsFolder = fileURLToPath(
  new URL(runningFromSource ? '../datasets/' : '../../datasets/', import.meta.url),
);

/** The handlers a host does not get from the engine: the operating system's dialogs. */
export type DialogChannel = 'dialog.chooseProjectToOpen' | 'dialog.chooseNewProjectPath' | 'dialog.chooseDataFile';
export type EngineHandlers = Omit<Handlers, DialogChannel>;

export const appVersion: string = packageJson.version;

/**
 * One user's workbench: the settings and at most one open project. Every host (desktop, browser, CLI)
 * drives the engine through this object's contract handlers.
 */
export class Workbench {
  readonly appState: AppState;
  readonly imports = new ImportJobs();
  private project: ProjectFile | null = null;
  private readonly migrations: Migration[];

  constructor(private readonly options: WorkbenchOptions) {
    this.appState = new AppState(options.settingsFolder);
    this.migrations = options.migrations ?? loadMigrations();
  }

  private fileOptions() {
    return { appVersion, nativeBinding: this.options.nativeBinding, migrations: this.migrations };
  }

  current(): ProjectFile {
    return this.project ?? raise('no_project_open');
  }

  async open(path: string): Promise<ProjectFile> {
    const next = await openProject(path, this.fileOptions());
    this.close();
    this.project = next;
    if (this.options.rememberRecent !== false) this.appState.rememberProject(next.path);
    return next;
  }

  /** `remember: false` for a project made as a step towards another one (the example project's build). */
  create(path: string, remember = true): ProjectFile {
    const next = createProject(path, this.fileOptions());
    this.close();
    this.project = next;
    if (remember && this.options.rememberRecent !== false) this.appState.rememberProject(next.path);
    return next;
  }

  close(): void {
    this.imports.cancelAll();
    this.project?.close();
    this.project = null;
  }

  startImport(plan: ImportPlan, detected: Detected | null) {
    const project = this.current();
    const fileSize = checkImportPlan(plan);
    if (project.db.prepare('SELECT 1 FROM dataset WHERE name = ?').get(plan.name))
      raise('dataset_exists', { name: plan.name });
    return this.imports.start({
      projectPath: project.path,
      plan,
      detected,
      fileSize,
      appVersion,
      nativeBinding: this.options.nativeBinding,
      workers: this.options.workers ?? defaultWorkerLocations,
    });
  }

  info(): AppInfo {
    return {
      version: appVersion,
      host: this.options.host,
      nativeDialogs: this.options.nativeDialogs,
      language: this.appState.language(),
      schemaVersion: this.migrations.length,
    };
  }

  handlers(): EngineHandlers {
    return {
      'app.info': () => this.info(),
      'app.setLanguage': ({ language }) => {
        this.appState.setLanguage(language);
        return this.info();
      },
      'projects.recent': () => this.appState.recentProjects(),
      'projects.forget': ({ path }) => {
        this.appState.forgetProject(path);
        return this.appState.recentProjects();
      },
      'project.create': ({ path }) => this.create(path).info(),
      'project.open': async ({ path }) => (await this.open(path)).info(),
      'project.current': () => this.project?.info() ?? null,
      'example.open': async () => {
        await openExampleProject(this, this.options.datasetsFolder ?? defaultDatasetsFolder);
        return this.current().info();
      },
      'project.close': () => {
        this.close();
        return null;
      },
      'datasets.list': () => listDatasets(this.current().db),
      'datasets.variables': ({ dataset }) => listVariables(this.current().db, dataset),
      'datasets.updateVariable': (edit) => updateVariable(this.current().db, edit),
      'datasets.setBase': (request) => setDatasetBase(this.current().db, request),
      'import.prepare': (choices) => prepareImport(choices),
      'import.start': ({ plan, detected }) => this.startImport(plan, detected),
      'import.status': ({ jobId }) => this.imports.status(jobId),
      'import.cancel': ({ jobId }) => this.imports.cancel(jobId),
      ...codebookHandlers(() => this.current().db),
      ...crosstabHandlers(
        () => this.current(),
        () => this.appState.language(),
      ),
      ...codingHandlers(
        () => this.current(),
        (path, use) => {
          const other = readOtherProject(path, this.fileOptions());
          try {
            return use(other);
          } finally {
            other.close();
          }
        },
      ),
      'project.settings': () => projectSettings(this.current().db),
      'project.updateSettings': (settings) => updateProjectSettings(this.current().db, settings),
      'mappings.list': () => listMappings(this.current().db),
      'mappings.set': (mapping) => setMapping(this.current().db, mapping),
      'mappings.remove': ({ dataset, variable }) => removeMapping(this.current().db, dataset, variable),
      'scores.compute': (request) => computeScores(this.current().db, request),
    };
  }
}

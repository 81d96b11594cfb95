import type { AppInfo, HostKind } from '../shared/contract/channels';
import type { DialogChannel } from '../shared/contract/dialog-channels';
import { raise } from '../shared/contract/errors';
import type { Handlers } from '../shared/contract/serve-contract';
import { appHandlers } from './app-state/app-handlers';
import { AppState } from './app-state/app-state';
import { codebookHandlers } from './codebook/codebook-handlers';
import { codingHandlers, type ReadOtherProject } from './coding/coding-handlers';
import { crosstabHandlers } from './crosstab/crosstab-handlers';
import { datasetsHandlers } from './datasets/datasets-handlers';
import { loadMigrations, type Migration } from './db/migrations';
import { ImportJobs } from './import/import-jobs';
import { importHandlers, type ImportContext } from './import/import-handlers';
import { createProject, openProject, readOtherProject, type ProjectFile } from './project/project-file';
import { projectHandlers } from './project/project-handlers';
import { mappingsHandlers } from './scores/mappings-handlers';
import { scoresHandlers } from './scores/scores-handlers';
import type { SlideListener } from './session/presenter';
import { sessionHandlers, sessionPresenter } from './session/session-handlers';
import { defaultWorkerLocations, type WorkerLocations } from './workers/start-worker';

export interface WorkbenchOptions {
  host: HostKind;
  /** The application's name and version as the host's package gives them: recorded in projects and exported files. */
  appName: string;
  appVersion: string;
  nativeDialogs: boolean;
  settingsFolder: string;
  nativeBinding?: string;
  migrations?: Migration[];
  /** Whether opened projects join the user's recent projects (not for scripts on the CLI). */
  rememberRecent?: boolean;
  /** Where the import workers' code is (the desktop app passes its built files). */
  workers?: WorkerLocations;
  /** The example data (the repository's `datasets/`, or the desktop app's copy in its resources). */
  datasetsFolder: string;
}

/** The handlers a host does not get from the engine: the operating system's dialogs. */
export type { DialogChannel };
export type EngineHandlers = Omit<Handlers, DialogChannel>;

/**
 * One user's workbench: the settings and at most one open project. Every host (desktop, browser, CLI)
 * drives the engine through this object's contract handlers.
 */
export class Workbench {
  readonly appState: AppState;
  readonly imports = new ImportJobs();
  private project: ProjectFile | null = null;
  private readonly migrations: Migration[];
  /** What the projector shows in a werkplaats session, for the open project. */
  private readonly presenter = sessionPresenter(
    () => this.current().db,
    () => this.appState.language(),
  );

  constructor(private readonly options: WorkbenchOptions) {
    this.appState = new AppState(options.settingsFolder);
    this.migrations = options.migrations ?? loadMigrations();
  }

  private fileOptions() {
    return {
      appVersion: this.options.appVersion,
      nativeBinding: this.options.nativeBinding,
      migrations: this.migrations,
    };
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
    this.presenter.stop();
    this.imports.cancelAll();
    this.project?.close();
    this.project = null;
  }

  /**
   * Calls `listener` with the slide the projector shows whenever it changes (a step presented, the screen
   * blanked, the session shown edited, presenting stopped: null). The hosts push it to the presentation
   * page (server-sent events) and window (IPC). Answers the function that stops listening.
   */
  onSlideChange(listener: SlideListener): () => void {
    return this.presenter.onSlideChange(listener);
  }

  /** The open project, or null. */
  currentOrNull(): ProjectFile | null {
    return this.project;
  }

  /** What an import needs of the workbench (the import channels, the example project's build). */
  importContext(): ImportContext {
    return {
      project: () => this.current(),
      imports: this.imports,
      appVersion: this.options.appVersion,
      nativeBinding: this.options.nativeBinding,
      workers: this.options.workers ?? defaultWorkerLocations,
    };
  }

  /** Another project file, opened read only for as long as `use` needs it (merging a coder's codings). */
  private readonly readOther: ReadOtherProject = (path, use) => {
    const other = readOtherProject(path, this.fileOptions());
    try {
      return use(other);
    } finally {
      other.close();
    }
  };

  info(): AppInfo {
    return {
      version: this.options.appVersion,
      host: this.options.host,
      nativeDialogs: this.options.nativeDialogs,
      language: this.appState.language(),
      schemaVersion: this.migrations.length,
    };
  }

  /** Every capability's handlers, composed: a new capability adds one line here. */
  handlers(): EngineHandlers {
    const db = () => this.current().db;
    return {
      ...appHandlers(this.appState, () => this.info()),
      ...projectHandlers(this, this.options.datasetsFolder),
      ...datasetsHandlers(db),
      ...importHandlers(this.importContext()),
      ...mappingsHandlers(db),
      ...scoresHandlers(db),
      ...codebookHandlers(db, `${this.options.appName} ${this.options.appVersion}`),
      ...crosstabHandlers(
        () => this.current(),
        () => this.appState.language(),
      ),
      ...codingHandlers(() => this.current(), this.readOther),
      ...sessionHandlers(
        () => this.current(),
        this.presenter,
        () => this.appState.language(),
        this.importContext(),
        `${this.options.appName} ${this.options.appVersion}`,
      ),
    };
  }
}

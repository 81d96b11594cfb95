import packageJson from '../package.json';
import type { AppInfo, HostKind } from '../shared/contract/channels';
import { raise } from '../shared/contract/errors';
import type { Handlers } from '../shared/contract/serve-contract';
import { AppState } from './app-state/app-state';
import { listDatasets } from './datasets/list-datasets';
import { loadMigrations, type Migration } from './db/migrations';
import { createProject, openProject, type ProjectFile } from './project/project-file';

export interface WorkbenchOptions {
  host: HostKind;
  nativeDialogs: boolean;
  settingsFolder: string;
  nativeBinding?: string;
  migrations?: Migration[];
  /** Whether opened projects join the user's recent projects (not for scripts on the CLI). */
  rememberRecent?: boolean;
}

/** The handlers a host does not get from the engine: the operating system's dialogs. */
export type DialogChannel = 'dialog.chooseProjectToOpen' | 'dialog.chooseNewProjectPath';
export type EngineHandlers = Omit<Handlers, DialogChannel>;

export const appVersion: string = packageJson.version;

/**
 * One user's workbench: the settings and at most one open project. Every host (desktop, browser, CLI)
 * drives the engine through this object's contract handlers.
 */
export class Workbench {
  readonly appState: AppState;
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

  create(path: string): ProjectFile {
    const next = createProject(path, this.fileOptions());
    this.close();
    this.project = next;
    if (this.options.rememberRecent !== false) this.appState.rememberProject(next.path);
    return next;
  }

  close(): void {
    this.project?.close();
    this.project = null;
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
      'project.close': () => {
        this.close();
        return null;
      },
      'datasets.list': () => listDatasets(this.current().db),
    };
  }
}

/**
 * The engine's one entry: everything a host (cli/, serve/, electron/) needs, and nothing else. Hosts drive
 * the engine through a Workbench's contract handlers; what the engine cannot know about where it runs (the
 * app's name and version, the example data's folder, the workers' built files) the host gives it here.
 */
export { Workbench, type DialogChannel, type EngineHandlers, type WorkbenchOptions } from './workbench';
export { defaultSettingsFolder } from './app-state/app-state';
export { PROJECT_EXTENSION } from './project/project-file';
export type { WorkerLocations } from './workers/start-worker';

import type { projectChannels } from '../../shared/contract/project-channels';
import type { HandlersOf } from '../../shared/contract/serve-contract';
import { openExampleProject } from '../example/example-project';
import type { Workbench } from '../workbench';
import { projectSettings, updateProjectSettings } from './project-settings';

/** The project channels: create, open and close the project file, the example project, the settings. */
export function projectHandlers(workbench: Workbench, datasetsFolder: string): HandlersOf<typeof projectChannels> {
  return {
    'project.create': ({ path }) => workbench.create(path).info(),
    'project.open': async ({ path }) => (await workbench.open(path)).info(),
    'project.current': () => workbench.currentOrNull()?.info() ?? null,
    'example.open': async () => {
      await openExampleProject(workbench, datasetsFolder);
      return workbench.current().info();
    },
    'project.close': () => {
      workbench.close();
      return null;
    },
    'project.settings': () => projectSettings(workbench.current().db),
    'project.updateSettings': (settings) => updateProjectSettings(workbench.current().db, settings),
  };
}

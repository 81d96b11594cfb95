import type { appChannels, AppInfo } from '../../shared/contract/app-channels';
import type { HandlersOf } from '../../shared/contract/serve-contract';
import type { AppState } from './app-state';

/** The application's channels: its info, the user's language and the recent projects. */
export function appHandlers(appState: AppState, info: () => AppInfo): HandlersOf<typeof appChannels> {
  return {
    'app.info': () => info(),
    'app.setLanguage': ({ language }) => {
      appState.setLanguage(language);
      return info();
    },
    'projects.recent': () => appState.recentProjects(),
    'projects.forget': ({ path }) => {
      appState.forgetProject(path);
      return appState.recentProjects();
    },
  };
}

import type { Dispatch } from '../../shared/contract/serve-contract';

/** Channels after which the menu (language, recent projects) and the window title may be out of date. */
const STATE_CHANGING: ReadonlySet<string> = new Set([
  'app.setLanguage',
  'project.create',
  'project.open',
  'project.close',
  'projects.forget',
]);

/** Wraps a dispatch so the host hears of every successful change the menu and the title depend on. */
export function notifyStateChanges(dispatch: Dispatch, onChange: () => void | Promise<void>): Dispatch {
  return async (channel, request) => {
    const result = await dispatch(channel, request);
    if (result.ok && STATE_CHANGING.has(channel)) {
      try {
        await onChange();
      } catch (error) {
        // The change itself succeeded; a stale menu must not turn it into a failure for the user.
        console.error('Refreshing the menu and title failed:', error);
      }
    }
    return result;
  };
}

import { z } from 'zod';
import { channel } from './define-channel';

const Empty = z.object({}).strict();

/** Native dialogs: served by the desktop host; the browser host answers `not_available`. */
export const dialogChannels = {
  'dialog.chooseProjectToOpen': channel<typeof Empty, { path: string | null }>(Empty),
  'dialog.chooseNewProjectPath': channel<typeof Empty, { path: string | null }>(Empty),
  'dialog.chooseDataFile': channel<typeof Empty, { path: string | null }>(Empty),
} as const;

/** The channels a host serves itself rather than getting them from the engine. */
export type DialogChannel = keyof typeof dialogChannels;

import { raise } from '../shared/contract/errors';
import type { Handlers } from '../shared/contract/serve-contract';
import type { DialogChannel } from '../engine/index';

/** Hosts without the operating system's dialogs: the UI asks for a path itself. */
export const dialogsNotAvailable: Pick<Handlers, DialogChannel> = {
  'dialog.chooseProjectToOpen': () => raise('not_available', { what: 'dialog.chooseProjectToOpen' }),
  'dialog.chooseNewProjectPath': () => raise('not_available', { what: 'dialog.chooseNewProjectPath' }),
  'dialog.chooseDataFile': () => raise('not_available', { what: 'dialog.chooseDataFile' }),
  'dialog.chooseFileToOpen': () => raise('not_available', { what: 'dialog.chooseFileToOpen' }),
  'dialog.chooseSavePath': () => raise('not_available', { what: 'dialog.chooseSavePath' }),
  'dialog.saveRecordAsPdf': () => raise('not_available', { what: 'dialog.saveRecordAsPdf' }),
};

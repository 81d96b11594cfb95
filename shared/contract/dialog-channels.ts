import { z } from 'zod';
import { channel } from './define-channel';

const Empty = z.object({}).strict();

/** What a file dialog is for: its title and the kinds of file it offers follow from it. */
export const OpenFileKind = z.enum(['qdc', 'codingsCsv', 'coderProject', 'provisionsCsv']);
export const SaveFileKind = z.enum(['qdc', 'codingsCsv', 'crosstabCsv', 'crosstabXlsx', 'sessionRecord']);
export type OpenFileKind = z.infer<typeof OpenFileKind>;
export type SaveFileKind = z.infer<typeof SaveFileKind>;

const ChooseFileToOpen = z.object({ kind: OpenFileKind }).strict();
/** `name`: the file name the dialog proposes, in the documents folder. */
const ChooseSavePath = z.object({ kind: SaveFileKind, name: z.string().trim().min(1).max(255) }).strict();

/** Native dialogs: served by the desktop host; the browser host answers `not_available`. */
export const dialogChannels = {
  'dialog.chooseProjectToOpen': channel<typeof Empty, { path: string | null }>(Empty),
  'dialog.chooseNewProjectPath': channel<typeof Empty, { path: string | null }>(Empty),
  'dialog.chooseDataFile': channel<typeof Empty, { path: string | null }>(Empty),
  /** A codebook (`.qdc`), a codings CSV or another coder's project to read. */
  'dialog.chooseFileToOpen': channel<typeof ChooseFileToOpen, { path: string | null }>(ChooseFileToOpen),
  /** Where to write an export; the extension of its kind is added when the name lacks it. */
  'dialog.chooseSavePath': channel<typeof ChooseSavePath, { path: string | null }>(ChooseSavePath),
} as const;

/** The channels a host serves itself rather than getting them from the engine. */
export type DialogChannel = keyof typeof dialogChannels;

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

/** `name`: the PDF's file name the dialog proposes (`sessie-<date>-<area>.pdf`). */
const SaveRecordAsPdf = z
  .object({ session: z.number().int().positive(), name: z.string().trim().min(1).max(255) })
  .strict();

/** Native dialogs and the printer: served by the desktop host; the browser host answers `not_available`. */
export const dialogChannels = {
  'dialog.chooseProjectToOpen': channel<typeof Empty, { path: string | null }>(Empty),
  'dialog.chooseNewProjectPath': channel<typeof Empty, { path: string | null }>(Empty),
  'dialog.chooseDataFile': channel<typeof Empty, { path: string | null }>(Empty),
  /** A codebook (`.qdc`), a codings CSV or another coder's project to read. */
  'dialog.chooseFileToOpen': channel<typeof ChooseFileToOpen, { path: string | null }>(ChooseFileToOpen),
  /** Where to write an export; the extension of its kind is added when the name lacks it. */
  'dialog.chooseSavePath': channel<typeof ChooseSavePath, { path: string | null }>(ChooseSavePath),
  /**
   * The session record as a PDF on A4: asks where to save it, then prints the record's HTML (`session.export`)
   * with Chromium's printer. In the browser the user prints the record itself, whose print CSS makes the same pages.
   */
  'dialog.saveRecordAsPdf': channel<typeof SaveRecordAsPdf, { path: string | null }>(SaveRecordAsPdf),
} as const;

/** The channels a host serves itself rather than getting them from the engine: its dialogs and its printer. */
export type DialogChannel = keyof typeof dialogChannels;

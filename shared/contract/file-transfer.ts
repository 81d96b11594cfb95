import type { Result } from './result';

/**
 * Files between a browser and the browser host (`werkbank serve`), which runs on the same machine. A file
 * the user picks or drops is streamed to `POST /files/upload?name=<file name>` and lands in the open
 * project's import folder; the answer is its path there, and the path-based channel (`import.prepare`,
 * `codebook.importQdc`, ...) takes over as for a typed path. An export asks `POST /files/export?name=...`
 * for a path to write to, runs the export channel with it, and fetches `GET /files/download/<id>`, which
 * the browser saves as a normal download. All three need the access token, like `/api/`.
 * See docs/ARCHITECTURE.md §2 (files in browser mode).
 */
export const FILE_UPLOAD_PATH = '/files/upload';
export const FILE_EXPORT_PATH = '/files/export';
export const FILE_DOWNLOAD_PATH = '/files/download/';

/** The largest file an upload takes: 2 GB (the import reads bigger files only by a typed path). */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

/** The folder beside a project file where the files given to it in the browser are kept: `Wijkscan.bestanden/`. */
export const IMPORT_FOLDER_SUFFIX = '.bestanden';

export interface UploadedFile {
  /** Where the server wrote it: the path to pass to the path-based channel. */
  path: string;
  /** The name it got in the import folder. */
  name: string;
  /** The name the browser gave; differs from `name` when a file of that name was there already. */
  requestedName: string;
  bytes: number;
}

export interface ExportTarget {
  /** For `GET /files/download/<id>`, once the export channel has written the file. */
  id: string;
  /** Where the export channel writes the file (a fresh folder, so the file does not exist yet). */
  path: string;
}

/** A size as the upload refusal words it: `2 GB`, `1,5 MB`, `1000 bytes`. */
export function formatBytes(bytes: number): string {
  const round = (value: number) => String(Math.round(value * 10) / 10).replace('.', ',');
  if (bytes >= 1024 ** 3) return `${round(bytes / 1024 ** 3)} GB`;
  if (bytes >= 1024 ** 2) return `${round(bytes / 1024 ** 2)} MB`;
  return `${bytes} bytes`;
}

/**
 * What the browser host adds to `window.api`: the desktop has native dialogs and gives none.
 * `upload` answers the server path of the picked or dropped file. `download` asks `write` to produce the
 * file at a server path (`write` shows its own error and answers false when it could not), then hands
 * it to the browser as a download named `name`; it answers whether a download was made.
 */
export interface FileTransfer {
  upload(file: File, options?: { signal?: AbortSignal }): Promise<Result<UploadedFile>>;
  download(name: string, write: (path: string) => Promise<boolean>): Promise<Result<boolean>>;
}

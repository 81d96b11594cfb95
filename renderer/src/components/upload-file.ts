import type { WerkbankApi } from '../../../shared/contract/api';
import type { UploadedFile } from '../../../shared/contract/file-transfer';
import type { LocalizedText } from '../../../shared/contract/result';
import { inBothLanguages } from '../../../shared/i18n/messages';
import { fileTexts } from './file-texts';

export type FileOnThisComputer =
  { ok: true; path: string; uploaded: UploadedFile | null } | { ok: false; error: LocalizedText };

/** Whether the host takes a picked or dropped file (`fileOnThisComputer`): the desktop and the browser do. */
export function takesFiles(api: WerkbankApi): boolean {
  return Boolean(api.pathOfFile ?? api.files);
}

/**
 * Where the engine reads a file the user picked or dropped, for the path-based channel to take over: on
 * the desktop the file's own path, in the browser the copy the browser host made in the project's import
 * folder (`uploaded`, `shared/contract/file-transfer.ts`).
 */
export async function fileOnThisComputer(api: WerkbankApi, file: File): Promise<FileOnThisComputer> {
  if (api.files && !api.pathOfFile) {
    const result = await api.files.upload(file);
    return result.ok
      ? { ok: true, path: result.data.path, uploaded: result.data }
      : { ok: false, error: result.error.message };
  }
  const path = api.pathOfFile?.(file) ?? null;
  return path === null
    ? { ok: false, error: inBothLanguages(fileTexts, 'files.notOnDisk', { file: file.name }) }
    : { ok: true, path, uploaded: null };
}

/** The one file of a drop, or null when the drop held none or several. */
export function droppedFile(transfer: DataTransfer | null): File | null {
  const files = transfer?.files;
  return files && files.length === 1 ? (files[0] ?? null) : null;
}

/** Whether a drag carries files (not text or a link being dragged around the page). */
export function dragHasFiles(transfer: DataTransfer | null): boolean {
  return Boolean(transfer && Array.from(transfer.types).includes('Files'));
}

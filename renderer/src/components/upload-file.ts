import type { FileTransfer, UploadedFile } from '../../../shared/contract/file-transfer';
import type { LocalizedText } from '../../../shared/contract/result';

export type UploadAnswer = { ok: true; data: UploadedFile } | { ok: false; error: LocalizedText };

/**
 * Copies a file the user picked or dropped in the browser into the project's import folder and answers
 * its path there, for the path-based channel to take over (`shared/contract/file-transfer.ts`).
 */
export async function uploadFile(files: FileTransfer, file: File): Promise<UploadAnswer> {
  const result = await files.upload(file);
  return result.ok ? result : { ok: false, error: result.error.message };
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

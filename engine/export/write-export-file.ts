import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { raise } from '../../shared/contract/errors';

/**
 * Writes an export under a temporary name first, so an existing file is never left half overwritten.
 * A name without an extension gets `extension`. Answers with the full path written.
 */
export function writeExportFile(file: string, content: string | Buffer, extension: string, overwrite: boolean): string {
  const target = path.resolve(path.extname(file) ? file : `${file}${extension}`);
  if (existsSync(target)) {
    if (statSync(target).isDirectory()) raise('is_a_folder', { file: target });
    if (!overwrite) raise('file_exists', { file: target });
  }
  const folder = path.dirname(target);
  if (!existsSync(folder))
    raise('cannot_write', { file: target, detail: `map ${folder} bestaat niet / folder does not exist` });
  const writing = `${target}.writing`;
  try {
    writeFileSync(writing, content);
    renameSync(writing, target);
  } catch (error) {
    rmSync(writing, { force: true });
    raise('cannot_write', { file: target, detail: error instanceof Error ? error.message : String(error) });
  }
  return target;
}

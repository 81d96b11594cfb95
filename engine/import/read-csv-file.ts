import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { WerkbankError, raise } from '../../shared/contract/errors';
import type { ContractError } from '../../shared/contract/result';
import { decodeText } from '../../shared/import/decode-text';
import { detectDialect } from '../../shared/import/detect-dialect';
import { detectEncoding } from '../../shared/import/detect-encoding';
import { readCsvRecords } from './csv-records';

/**
 * A small CSV a user hands in whole (codings, provisions): read and decoded in its own encoding and dialect,
 * with its header row; `name` is the file's name for errors.
 */
export function readCsvFile(file: string) {
  const name = path.basename(file);
  if (!existsSync(file)) raise('file_not_found', { file });
  if (statSync(file).isDirectory()) raise('is_a_folder', { file });
  const bytes = readFileSync(file);
  const encoding = detectEncoding(bytes);
  if (encoding.binary) raise('codings_unreadable', { file: name, detail: 'geen tekstbestand / not a text file' });
  const text = decodeText(bytes, encoding);
  if (text.trim() === '') raise('import_empty_file', { file: name });
  const dialect = detectDialect(text);
  const [header = []] = Papa.parse<string[]>(text, {
    delimiter: dialect.delimiter,
    quoteChar: dialect.quote,
    preview: 1,
  }).data;
  return { name, text, dialect, header: header.map((field) => field.trim()) };
}

/** The file's data rows; a parse error becomes the user's error (with its line), not an internal one. */
export async function readCsvRows(...args: Parameters<typeof readCsvRecords>): Promise<void> {
  try {
    await readCsvRecords(...args);
  } catch (error) {
    if (error instanceof Error) throw error;
    throw new WerkbankError(error as ContractError);
  }
}

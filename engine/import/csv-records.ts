import Papa from 'papaparse';
import { Readable } from 'node:stream';
import type { ContractError } from '../../shared/contract/result';
import type { LineEnding } from '../../shared/import/split-records';
import { contractError } from '../../shared/contract/errors';
import {
  endsInQuotes,
  firstRecordEnding,
  hasOtherLineBreaks,
  lineBreaksIn,
  normaliseLineBreaks,
} from '../../shared/import/line-breaks';

/**
 * The longest record read: papaparse holds a record whole and reads it again with each piece, so a quote
 * that is never closed in a large file would take minutes and then all memory. The preview reads a first
 * record up to the same size.
 */
export const MAX_RECORD_MEGABYTES = 4;

export interface CsvDialect {
  delimiter: string;
  quote: string;
  hasHeader: boolean;
}

export interface RecordCallbacks {
  /** A data record, with the line it starts on. */
  record: (fields: string[], line: number) => void;
  /** A record whose field count differs from the header's; return an error to stop. */
  ragged: (fields: string[], line: number) => ContractError | null;
  /** Checked between chunks; true stops reading. */
  cancelled: () => boolean;
}

/**
 * Reads CSV text with papaparse and hands on each record with its line number in the file. Lines are
 * counted here (papaparse counts records), so an error can say `regel 6` even after multi-line
 * answers and skipped empty lines. A chunk of records whose text holds exactly one line break per
 * record (the common case) is numbered without looking into its fields. Papaparse splits on the line
 * ending of the first record; text with other line endings is rewritten to it first (see line-breaks.ts).
 */
export async function readCsvRecords(
  file: string,
  text: AsyncIterable<string>,
  dialect: CsvDialect,
  width: number,
  on: RecordCallbacks,
): Promise<{ cancelled: boolean }> {
  const pieces = text[Symbol.asyncIterator]();
  let head = '';
  let ending: LineEnding | null = null;
  let exhausted = false;
  // Past the longest record the first cannot end: the reader below refuses it at its limit.
  while (ending === null && !exhausted && head.length <= MAX_RECORD_MEGABYTES << 20) {
    const next = await pieces.next();
    if (next.done) exhausted = true;
    else head += next.value;
    // A CR at the end may be the first half of a CRLF.
    ending = firstRecordEnding(exhausted ? head : withoutFinalCr(head), dialect);
  }
  const newline = ending ?? '\n';

  return new Promise((resolve, reject) => {
    let line = 1;
    let headerPending = dialect.hasHeader;
    let failure: unknown = null;
    let cancelled = false;
    // The text papaparse has been given and not yet finished with, from `pendingStart` in the whole text.
    let pending = '';
    let pendingStart = 0;
    let carried = '';
    // Where the last piece that held line breaks of another kind (rewritten, or inside quotes) ends.
    let irregularEnd = 0;
    function take(piece: string, last: boolean): string {
      let next = carried + piece;
      carried = '';
      if (!last && next.charCodeAt(next.length - 1) === 13) {
        carried = '\r';
        next = next.slice(0, -1);
      }
      const irregular = hasOtherLineBreaks(next, newline);
      if (irregular) next = normaliseLineBreaks(next, newline, dialect, pending);
      pending += next;
      if (irregular) irregularEnd = pendingStart + pending.length;
      return next;
    }
    async function* fed(): AsyncGenerator<string> {
      try {
        if (head) yield take(head, exhausted);
        if (!exhausted) {
          for (let next = await pieces.next(); !next.done; next = await pieces.next()) yield take(next.value, false);
        }
        if (carried) yield take('', true);
      } finally {
        // Stopped early (an error, a cancel): the file is closed, not read on in the background.
        await pieces.return?.();
      }
    }
    const source = Readable.from(fed());
    source.on('error', (error) => {
      failure ??= error;
    });

    Papa.parse<string[]>(source as unknown as File, {
      delimiter: dialect.delimiter,
      newline,
      quoteChar: dialect.quote,
      escapeChar: dialect.quote,
      skipEmptyLines: false,
      chunk(results, parser) {
        try {
          const openQuote = results.errors.find((e) => e.code === 'MissingQuotes');
          const rows = results.data;
          const consumed = results.meta.cursor - pendingStart;
          const mark = pendingStart >= irregularEnd ? (newline === '\r' ? '\r' : '\n') : lineMark(pending, consumed);
          const oneLinePerRecord = endsLines(pending, consumed, rows.length, mark);
          pending = pending.slice(consumed);
          pendingStart = results.meta.cursor;
          for (let r = 0; r < rows.length; r++) {
            const fields = rows[r]!;
            const start = line;
            line += oneLinePerRecord ? 1 : 1 + lineBreaksInFields(fields, mark);
            if (openQuote && openQuote.row === r) throw contractError('import_unclosed_quote', { file, line: start });
            if (fields.length === 1 && fields[0] === '') continue;
            if (headerPending) {
              headerPending = false;
              continue;
            }
            if (fields.length !== width) {
              const error = on.ragged(fields, start);
              if (error) throw error;
              continue;
            }
            on.record(fields, start);
          }
          if (pending.length > MAX_RECORD_MEGABYTES << 20) {
            throw contractError('import_record_too_long', {
              file,
              line,
              megabytes: MAX_RECORD_MEGABYTES,
              quoted: endsInQuotes(pending, dialect),
            });
          }
          if (on.cancelled()) {
            cancelled = true;
            parser.abort();
          }
        } catch (error) {
          failure = error;
          parser.abort();
        }
      },
      complete() {
        source.destroy();
        if (failure) reject(failure);
        else resolve({ cancelled });
      },
      error(error) {
        source.destroy();
        reject(failure ?? error);
      },
    });
  });
}

/** The character found once in every line break of a text: LF when it holds no lone CR, CR when it holds no LF. */
export type LineMark = '\n' | '\r' | null;

export function lineMark(text: string, length = text.length): LineMark {
  let lf = text.indexOf('\n');
  if (lf >= length) lf = -1;
  for (let i = text.indexOf('\r'); i !== -1 && i < length; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return lf === -1 ? '\r' : null;
  }
  return '\n';
}

/** Whether the first `length` characters of `text` end with a line break and hold exactly `records` of them. */
function endsLines(text: string, length: number, records: number, mark: LineMark): boolean {
  if (length === 0) return false;
  const last = text.charCodeAt(length - 1);
  if (last !== 10 && last !== 13) return false;
  if (mark === null) return lineBreaksIn(text, 0, length) === records;
  let count = 0;
  for (let i = text.indexOf(mark); i !== -1 && i < length; i = text.indexOf(mark, i + 1)) {
    if (++count > records) return false;
  }
  return count === records;
}

function withoutFinalCr(text: string): string {
  return text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
}

/** The line breaks inside a record's fields (multi-line quoted answers), counted by `mark` where there is one. */
export function lineBreaksInFields(fields: readonly string[], mark: LineMark): number {
  let count = 0;
  for (const field of fields) {
    if (mark === null) count += lineBreaksIn(field);
    else for (let i = field.indexOf(mark); i !== -1; i = field.indexOf(mark, i + 1)) count++;
  }
  return count;
}

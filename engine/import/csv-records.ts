import Papa from 'papaparse';
import { Readable } from 'node:stream';
import type { ContractError } from '../../shared/contract/result';
import { contractError } from '../../shared/contract/errors';

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
 * answers and skipped empty lines. A chunk of records whose text holds exactly one line feed per
 * record (the common case) is numbered without looking into its fields.
 */
export function readCsvRecords(file: string, text: AsyncIterable<string>, dialect: CsvDialect, width: number, on: RecordCallbacks): Promise<{ cancelled: boolean }> {
  return new Promise((resolve, reject) => {
    let line = 1;
    let headerPending = dialect.hasHeader;
    let failure: unknown = null;
    let cancelled = false;
    // The text papaparse has been given and not yet finished with, from `pendingStart` in the whole text.
    let pending = '';
    let pendingStart = 0;
    async function* fed(): AsyncGenerator<string> {
      for await (const piece of text) {
        pending += piece;
        yield piece;
      }
    }
    const source = Readable.from(fed());
    source.on('error', (error) => {
      failure ??= error;
    });

    Papa.parse<string[]>(source as unknown as File, {
      delimiter: dialect.delimiter,
      quoteChar: dialect.quote,
      escapeChar: dialect.quote,
      skipEmptyLines: false,
      chunk(results, parser) {
        try {
          const openQuote = results.errors.find((e) => e.code === 'MissingQuotes');
          const rows = results.data;
          const consumed = results.meta.cursor - pendingStart;
          const oneLinePerRecord = endsLines(pending, consumed, rows.length);
          pending = pending.slice(consumed);
          pendingStart = results.meta.cursor;
          for (let r = 0; r < rows.length; r++) {
            const fields = rows[r]!;
            const start = line;
            line += oneLinePerRecord ? 1 : 1 + newlinesIn(fields);
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
        if (failure) reject(failure);
        else resolve({ cancelled });
      },
      error(error) {
        reject(failure ?? error);
      },
    });
  });
}

/** Whether the first `length` characters of `text` end with a line feed and hold exactly `records` of them. */
function endsLines(text: string, length: number, records: number): boolean {
  if (length === 0 || text.charCodeAt(length - 1) !== 10) return false;
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < length; i = text.indexOf('\n', i + 1)) {
    if (++count > records) return false;
  }
  return count === records;
}

/** The line feeds inside a record's fields (multi-line quoted answers). */
export function newlinesIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) count++;
  }
  return count;
}

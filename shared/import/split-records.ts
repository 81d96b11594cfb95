/**
 * A small CSV reader for samples: enough to judge a dialect and infer column types before the real
 * import (papaparse in the engine) reads the whole file.
 */

export type LineEnding = '\r\n' | '\n' | '\r';
export type QuoteChar = '"' | "'";

export interface SplitOptions {
  delimiter: string;
  quote?: QuoteChar;
  /** Stop after this many records. */
  maxRecords?: number;
  /**
   * False when the text is a sample cut from a larger file: the last record may then be incomplete
   * and is left out unless a line break ends it. Default true.
   */
  final?: boolean;
}

export interface SplitResult {
  records: string[][];
  /** The line break that ended the first record, or null when no record ended in one. */
  lineEnding: LineEnding | null;
  /** Fields enclosed in quotes from start to end; tells whether a quote character is in use. */
  quotedFields: number;
}

/**
 * Splits text into records of fields, following RFC 4180 with the leniency real files need: a quote
 * opens a quoted field only at the start of a field (so `Wijk 69 "De Zuidlanden"` stays as it is),
 * quoted fields may span lines, `""` inside quotes is one quote, text after a closing quote is kept,
 * records may end in CRLF, LF or CR, and empty lines are skipped.
 */
export function splitRecords(text: string, options: SplitOptions): SplitResult {
  const { delimiter, quote = '"', maxRecords = Infinity, final = true } = options;
  const records: string[][] = [];
  let lineEnding: LineEnding | null = null;
  let quotedFields = 0;

  let fields: string[] = [];
  let field = '';
  let fieldStarted = false;
  let inQuotes = false;
  let wholeFieldQuoted = false;

  const endField = (): void => {
    if (wholeFieldQuoted) quotedFields++;
    fields.push(field);
    field = '';
    fieldStarted = false;
    wholeFieldQuoted = false;
  };
  const endRecord = (): void => {
    endField();
    const blankLine = fields.length === 1 && fields[0] === '';
    if (!blankLine) records.push(fields);
    fields = [];
  };

  // Runs of text are copied whole (found with indexOf), so a record of a million characters costs no
  // more than papaparse does; the positions of the next delimiter and line breaks are kept until passed.
  const length = text.length;
  let nextDelimiter = -2;
  let nextCr = -2;
  let nextLf = -2;
  let i = 0;
  while (i < length && records.length < maxRecords) {
    if (inQuotes) {
      const close = text.indexOf(quote, i);
      if (close === -1) {
        field += text.slice(i);
        i = length;
      } else if (text[close + 1] === quote) {
        field += text.slice(i, close + 1);
        i = close + 2;
      } else {
        field += text.slice(i, close);
        inQuotes = false;
        i = close + 1;
      }
      continue;
    }
    if (text[i] === quote && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      wholeFieldQuoted = true;
      i++;
      continue;
    }
    if (nextDelimiter !== -1 && nextDelimiter < i) nextDelimiter = text.indexOf(delimiter, i);
    if (nextCr !== -1 && nextCr < i) nextCr = text.indexOf('\r', i);
    if (nextLf !== -1 && nextLf < i) nextLf = text.indexOf('\n', i);
    const stop = Math.min(
      nextDelimiter === -1 ? length : nextDelimiter,
      nextCr === -1 ? length : nextCr,
      nextLf === -1 ? length : nextLf,
    );
    if (stop > i) {
      field += text.slice(i, stop);
      fieldStarted = true;
      wholeFieldQuoted = false;
      i = stop;
      continue;
    }
    if (i === nextDelimiter) {
      endField();
      i++;
      continue;
    }
    const ending: LineEnding = i === nextCr && nextLf === i + 1 ? '\r\n' : i === nextCr ? '\r' : '\n';
    lineEnding ??= ending;
    endRecord();
    i += ending.length;
  }

  const atEnd = i >= length;
  const pending = fieldStarted || fields.length > 0;
  if (atEnd && pending && final && records.length < maxRecords) endRecord();
  return { records, lineEnding, quotedFields };
}

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

  let i = 0;
  while (i < text.length && records.length < maxRecords) {
    const char = text[i] as string;
    if (inQuotes) {
      if (char !== quote) {
        field += char;
        i++;
      } else if (text[i + 1] === quote) {
        field += quote;
        i += 2;
      } else {
        inQuotes = false;
        i++;
      }
      continue;
    }
    if (char === quote && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      wholeFieldQuoted = true;
      i++;
      continue;
    }
    if (char === delimiter) {
      endField();
      i++;
      continue;
    }
    if (char === '\n' || char === '\r') {
      const ending: LineEnding = char === '\r' && text[i + 1] === '\n' ? '\r\n' : char;
      lineEnding ??= ending;
      endRecord();
      i += ending.length;
      continue;
    }
    field += char;
    fieldStarted = true;
    wholeFieldQuoted = false;
    i++;
  }

  const atEnd = i >= text.length;
  const pending = fieldStarted || fields.length > 0;
  if (atEnd && pending && final && records.length < maxRecords) endRecord();
  return { records, lineEnding, quotedFields };
}

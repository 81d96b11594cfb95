import { isMissing, parseDate, parseNumber } from './parse-value';
import { splitRecords, type LineEnding, type QuoteChar } from './split-records';

export type Delimiter = ';' | ',' | '\t' | '|';

export interface Dialect {
  delimiter: Delimiter;
  quote: QuoteChar;
  lineEnding: LineEnding;
  hasHeader: boolean;
}

/**
 * Candidates in order of preference when two fit equally well: a tab rarely occurs in data, and a
 * Dutch `;` file with decimal commas can split on `,` just as evenly (`1,5;2,3`) while a `,` file
 * rarely has a `;` in every row.
 */
const DELIMITERS: readonly Delimiter[] = ['\t', ';', ',', '|'];
const QUOTES: readonly QuoteChar[] = ['"', "'"];

/** Records the judgement is based on; more adds time, not certainty. */
const SAMPLE_RECORDS = 50;

interface Candidate {
  delimiter: Delimiter;
  quote: QuoteChar;
  records: string[][];
  lineEnding: LineEnding | null;
  quotedFields: number;
  consistency: number;
}

/**
 * Judges how a CSV text is written from its start (decoded, BOM removed). The delimiter is the one
 * that splits the first ~50 records most consistently into more than one field; quotes are respected,
 * so a `,` inside a quoted header does not count. `final: false` says the text is a sample cut from a
 * larger file, so its last record may be incomplete.
 */
export function detectDialect(text: string, options: { final?: boolean } = {}): Dialect {
  const final = options.final ?? true;
  let best: Candidate | null = null;
  for (const quote of QUOTES) {
    for (const delimiter of DELIMITERS) {
      const candidate = evaluate(text, delimiter, quote, final);
      if (candidate && (!best || isBetter(candidate, best))) best = candidate;
    }
  }
  if (!best) {
    // Nothing splits the records: a file of one column.
    const { records, lineEnding } = splitRecords(text, { delimiter: ',', maxRecords: SAMPLE_RECORDS, final });
    return { delimiter: ',', quote: '"', lineEnding: lineEnding ?? '\n', hasHeader: hasHeaderRow(records) };
  }
  return {
    delimiter: best.delimiter,
    quote: best.quote,
    lineEnding: best.lineEnding ?? '\n',
    hasHeader: hasHeaderRow(best.records),
  };
}

function evaluate(text: string, delimiter: Delimiter, quote: QuoteChar, final: boolean): Candidate | null {
  const { records, lineEnding, quotedFields } = splitRecords(text, {
    delimiter,
    quote,
    maxRecords: SAMPLE_RECORDS,
    final,
  });
  const counts = new Map<number, number>();
  for (const record of records) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
  let fieldCount = 0;
  let matching = 0;
  for (const [count, times] of counts) {
    if (times > matching || (times === matching && count > fieldCount)) {
      fieldCount = count;
      matching = times;
    }
  }
  if (fieldCount < 2) return null;
  // `"` is the standard; `'` is in use only where it encloses fields. Otherwise a stray `"` (an unclosed
  // quote) would make `'` look more consistent, and the broken line would be imported instead of reported.
  if (quote !== '"' && quotedFields === 0) return null;
  return { delimiter, quote, records, lineEnding, quotedFields, consistency: matching / records.length };
}

/**
 * Most consistent field count first. Between quote characters that split equally well, the one that
 * encloses more whole fields is in use (a `'` quote only when fields really are enclosed in `'`).
 */
function isBetter(candidate: Candidate, best: Candidate): boolean {
  const margin = 1e-9;
  if (candidate.consistency > best.consistency + margin) return true;
  if (candidate.consistency < best.consistency - margin) return false;
  if (candidate.delimiter !== best.delimiter) return false;
  return candidate.quotedFields > best.quotedFields;
}

type CellShape = 'empty' | 'number' | 'date' | 'text';

function cellShape(raw: string): CellShape {
  const value = raw.trim();
  if (isMissing(value) || value === '-') return 'empty';
  if (parseNumber(value, ',') !== null || parseNumber(value, '.') !== null) return 'number';
  if (parseDate(value) !== null) return 'date';
  return 'text';
}

/**
 * Whether the first record names the columns. Each column votes: a text cell above a column of
 * numbers or dates says header, and so does a year above other numbers (StatLine's tables with
 * periods as columns); a cell of the same shape as the values below it says data, and so does a text
 * cell that recurs among the values below. When no column decides (all columns text),
 * the answer is yes, since nearly every export has a header and the preview lets the user correct it.
 */
function hasHeaderRow(records: readonly (readonly string[])[]): boolean {
  const [first, ...rest] = records;
  if (!first) return false;
  if (rest.length === 0) return first.every((cell) => cellShape(cell) === 'text');
  let votes = 0;
  first.forEach((cell, column) => {
    const shape = cellShape(cell);
    if (shape === 'empty') return;
    const below = rest.map((record) => record[column] ?? '').filter((value) => cellShape(value) !== 'empty');
    if (below.length === 0) return;
    const columnShape = dominantShape(below);
    if (shape === 'text' && columnShape !== 'text') votes++;
    else if (isYear(cell) && below.filter(isYear).length < 0.5 * below.length) votes++;
    else if (shape !== 'text' && shape === columnShape) votes--;
    else if (shape === 'text' && below.some((value) => value.trim() === cell.trim())) votes--;
  });
  return votes >= 0;
}

function isYear(raw: string): boolean {
  const value = raw.trim();
  return /^\d{4}$/.test(value) && Number(value) >= 1900 && Number(value) <= 2100;
}

function dominantShape(values: readonly string[]): CellShape {
  const counts = { number: 0, date: 0, text: 0, empty: 0 };
  for (const value of values) counts[cellShape(value)]++;
  if (counts.number >= 0.8 * values.length) return 'number';
  if (counts.date >= 0.8 * values.length) return 'date';
  return 'text';
}

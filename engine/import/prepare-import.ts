import Papa from 'papaparse';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { raise } from '../../shared/contract/errors';
import type { LocalizedText } from '../../shared/contract/result';
import { inBothLanguages } from '../../shared/i18n/messages';
import { cellReader, INVALID } from '../../shared/import/cell-reader';
import { decodeText } from '../../shared/import/decode-text';
import { detectDialect } from '../../shared/import/detect-dialect';
import { detectEncoding, type TextEncoding } from '../../shared/import/detect-encoding';
import type {
  Detected,
  ImportChoices,
  ImportColumn,
  ImportPlan,
  ImportPreview,
  SourceFormat,
} from '../../shared/import/import-plan';
import { inferColumns, type ColumnInference } from '../../shared/import/infer-column';
import { findAreaRows } from '../../shared/import/repeated-areas';
import { parseAreaCode } from '../../shared/import/area-codes';
import { firstRecordEnding, hasOtherLineBreaks, normaliseLineBreaks } from '../../shared/import/line-breaks';
import { uniqueHeaders, type HeaderRename } from '../../shared/import/unique-headers';
import { lineBreaksInFields, lineMark, MAX_RECORD_MEGABYTES } from './csv-records';
import { xlsxSample } from './xlsx-records';
import { prepareImportTexts } from './prepare-import-texts';

/** Bytes read for detection and the preview; whole files up to this size are judged completely. */
const SAMPLE_BYTES = 1 << 19;
/**
 * The sample grows (four times at a step) until it holds a header and a row, up to this size: a header
 * of thousands of columns or a long first answer is still read whole, a file without line ends is not.
 */
const MAX_SAMPLE_BYTES = MAX_RECORD_MEGABYTES << 20;
/** SQLite keeps at most 2,000 columns in a table (SQLITE_MAX_COLUMN); a dataset's table has one of its own, "_row". */
const MAX_DATASET_COLUMNS = 1999;
export const PREVIEW_ROWS = 100;
const XLSX_SAMPLE_ROWS = 10_001;

export interface SampleTable {
  detected: Detected;
  source: SourceFormat;
  headers: string[];
  renamed: HeaderRename[];
  records: string[][];
  lines: number[];
  complete: boolean;
}

export function checkImportFile(file: string): number {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    raise('file_not_found', { file });
  }
  if (stats.isDirectory()) raise('is_a_folder', { file });
  if (stats.size === 0) raise('import_empty_file', { file });
  return stats.size;
}

/** What starting an import checks before any worker starts: the file, and a table SQLite can hold (a plan may come from elsewhere than a preview). */
export function checkImportPlan(plan: ImportPlan): number {
  const size = checkImportFile(plan.file);
  if (plan.columns.length > MAX_DATASET_COLUMNS)
    raise('import_too_many_columns', {
      file: plan.file,
      found: plan.columns.length,
      max: MAX_DATASET_COLUMNS,
      atLeast: false,
    });
  return size;
}

function isXlsx(file: string, head: Uint8Array): boolean {
  return (
    path.extname(file).toLowerCase() === '.xlsx' ||
    (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)
  );
}

function readHead(file: string, size: number, bytes = SAMPLE_BYTES): Uint8Array {
  const buffer = Buffer.alloc(Math.min(size, bytes));
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  return buffer;
}

interface ParsedSample {
  records: string[][];
  lines: number[];
  /** The line of a record whose quoted field runs to the end of the sample. */
  openQuoteLine: number | null;
}

/**
 * Records of the sample with the line each starts on, read by papaparse exactly as the import will
 * (line breaks outside quotes made alike, see line-breaks.ts).
 */
function parseSample(text: string, delimiter: string, quote: string, complete: boolean): ParsedSample {
  const quoting = { delimiter, quote };
  // A CR at the end of a cut sample may be half of a CRLF.
  const body = !complete && text.endsWith('\r') ? text.slice(0, -1) : text;
  const newline = firstRecordEnding(body, quoting) ?? '\n';
  const normalised = hasOtherLineBreaks(body, newline) ? normaliseLineBreaks(body, newline, quoting) : body;
  const parsed = Papa.parse<string[]>(normalised, {
    delimiter,
    newline,
    quoteChar: quote,
    escapeChar: quote,
    skipEmptyLines: false,
  });
  const openQuote = parsed.errors.find((e) => e.code === 'MissingQuotes')?.row;
  const mark = lineMark(normalised);
  const records: string[][] = [];
  const lines: number[] = [];
  let openQuoteLine: number | null = null;
  let line = 1;
  // The sample may cut the last record in two: it is left out unless the sample is the whole file.
  const usable = complete ? parsed.data.length : Math.max(0, parsed.data.length - 1);
  for (let r = 0; r < parsed.data.length; r++) {
    const fields = parsed.data[r]!;
    const start = line;
    line += 1 + lineBreaksInFields(fields, mark);
    if (r === openQuote) openQuoteLine = start;
    if (r >= usable || (fields.length === 1 && fields[0] === '')) continue;
    records.push(fields);
    lines.push(start);
  }
  return { records, lines, openQuoteLine };
}

async function readSampleTable(choices: ImportChoices, size: number): Promise<SampleTable> {
  const head = readHead(choices.file, size);
  if (isXlsx(choices.file, head)) {
    const { sheets, sheet, rows: all } = await xlsxSample(choices.file, choices.sheet, XLSX_SAMPLE_ROWS);
    const hasHeader = choices.hasHeader ?? true;
    const records = all.filter((row) => row.some((cell) => cell !== ''));
    return {
      detected: {
        format: 'xlsx',
        encoding: null,
        bom: false,
        delimiter: null,
        quote: null,
        lineEnding: null,
        hasHeader,
        sheets,
      },
      source: { format: 'xlsx', sheet, hasHeader },
      ...withHeaders(
        choices.file,
        records,
        records.map((_, i) => i + 1),
        hasHeader,
      ),
      complete: all.length < XLSX_SAMPLE_ROWS,
    };
  }

  return readCsvSample(head, size, choices, (bytes) => readHead(choices.file, size, bytes));
}

/**
 * A csv file's sample as the import reads it: decoded, its dialect detected, the user's choices applied,
 * its records parsed as the import will parse them and its columns named. `head` is the file's first
 * bytes (the whole file when it has no more than `size`); when it holds less than a header and a row,
 * `readMore(bytes)` gives a larger part of the file's start.
 */
export function readCsvSample(
  head: Uint8Array,
  size: number,
  choices: ImportChoices,
  readMore: (bytes: number) => Uint8Array,
): SampleTable {
  const found = detectEncoding(head);
  if (found.binary) raise('import_binary_file', { file: choices.file, spreadsheet: found.reason === 'spreadsheet' });
  const encoding: TextEncoding =
    choices.encoding && choices.encoding !== found.encoding ? withoutBom(choices.encoding, head) : found;
  for (let bytes = SAMPLE_BYTES; ; bytes = Math.min(4 * bytes, MAX_SAMPLE_BYTES)) {
    const sampleHead = bytes === SAMPLE_BYTES ? head : readMore(bytes);
    const complete = sampleHead.length === size;
    const text = decodeText(sampleHead, encoding, { final: complete });
    const dialect = detectDialect(text, { final: complete });
    const delimiter = choices.delimiter ?? dialect.delimiter;
    const quote = choices.quote ?? dialect.quote;
    const hasHeader = choices.hasHeader ?? dialect.hasHeader;
    const sample = parseSample(text, delimiter, quote, complete);
    if (complete && sample.openQuoteLine !== null)
      raise('import_unclosed_quote', { file: choices.file, line: sample.openQuoteLine });
    const largest = bytes >= MAX_SAMPLE_BYTES;
    if (!complete && sample.records.length === 0 && largest)
      refuseEndlessFirstRecord(choices.file, text, choices.delimiter, choices.quote);
    if (!complete && sample.records.length < 2 && !largest) continue;
    return {
      detected: {
        format: 'csv',
        encoding: found.encoding,
        bom: found.bom,
        delimiter: dialect.delimiter,
        quote: dialect.quote,
        lineEnding: dialect.lineEnding,
        hasHeader: dialect.hasHeader,
        sheets: [],
      },
      source: { format: 'csv', encoding: encoding.encoding, delimiter, quote, hasHeader },
      ...withHeaders(choices.file, sample.records, sample.lines, hasHeader),
      complete,
    };
  }
}

/**
 * The first record does not end within the largest sample: say why, as far as its start shows. Its
 * delimiter is judged from its first part alone, as a record of its own.
 */
function refuseEndlessFirstRecord(
  file: string,
  text: string,
  delimiter: ImportChoices['delimiter'],
  quote: ImportChoices['quote'],
): never {
  const dialect = detectDialect(text.slice(0, SAMPLE_BYTES), { final: true });
  const parsed = parseSample(text, delimiter ?? dialect.delimiter, quote ?? dialect.quote, true);
  if (parsed.openQuoteLine !== null) raise('import_unclosed_quote', { file, line: parsed.openQuoteLine });
  const fields = parsed.records[0]?.length ?? 0;
  if (fields > MAX_DATASET_COLUMNS)
    raise('import_too_many_columns', { file, found: fields, max: MAX_DATASET_COLUMNS, atLeast: true });
  raise('import_record_too_long', { file, line: parsed.lines[0] ?? 1, megabytes: MAX_RECORD_MEGABYTES, quoted: false });
}

/** A chosen encoding other than the detected one: a BOM of the detected one no longer applies. */
function withoutBom(encoding: TextEncoding['encoding'], head: Uint8Array): TextEncoding {
  const utf8Bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const utf16Bom = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  const bomLength = encoding === 'utf-8' && utf8Bom ? 3 : encoding.startsWith('utf-16') && utf16Bom ? 2 : 0;
  return { binary: false, encoding, bom: bomLength > 0, bomLength };
}

function withHeaders(file: string, records: string[][], lines: number[], hasHeader: boolean) {
  const width = records[0]?.length ?? 0;
  // Before the names are made unique: that is work for each column.
  if (width > MAX_DATASET_COLUMNS)
    raise('import_too_many_columns', { file, found: width, max: MAX_DATASET_COLUMNS, atLeast: false });
  const header = hasHeader
    ? uniqueHeaders(Array.from({ length: width }, (_, i) => records[0]?.[i] ?? ''))
    : { names: Array.from({ length: width }, (_, i) => `kolom_${i + 1}`), renamed: [] };
  return {
    headers: header.names,
    renamed: header.renamed,
    records: hasHeader ? records.slice(1) : records,
    lines: hasHeader ? lines.slice(1) : lines,
  };
}

function findColumn(columns: ImportColumn[], name: string, file: string): ImportColumn {
  const wanted = name.trim().toLowerCase();
  const column = columns.find((c) => c.name.toLowerCase() === wanted);
  if (!column)
    raise('import_column_not_found', { file, column: name, available: columns.map((c) => c.name).join(', ') });
  return column;
}

/** Each column's type and role as the sample's records show them, with `missingCodes` counted as missing in every column. */
export function inferSampleColumns(sample: SampleTable, missingCodes: string[]): ColumnInference[] {
  return inferColumns(sample.headers, sample.records, {
    delimiter: sample.source.format === 'csv' ? sample.source.delimiter : undefined,
    missingCodes: sample.headers.map(() => missingCodes),
  });
}

/**
 * Detects how a file is written and what its columns hold, applies the user's choices, and returns
 * the import plan with a preview of the first rows exactly as they will be stored.
 */
export async function prepareImport(choices: ImportChoices): Promise<ImportPreview> {
  const file = path.resolve(choices.file);
  const fileSize = checkImportFile(file);
  const sample = await readSampleTable({ ...choices, file }, fileSize);
  if (sample.headers.length === 0) raise('import_empty_file', { file });
  if (sample.records.length === 0 && sample.complete) {
    const { source, detected } = sample;
    raise(
      'import_header_only',
      source.format === 'xlsx'
        ? { file, sheet: source.sheet, otherSheets: detected.sheets.filter((name) => name !== source.sheet) }
        : { file },
    );
  }

  const globalCodes = choices.missingCodes ?? [];
  const inferred = inferSampleColumns(sample, globalCodes);
  const columns: ImportColumn[] = inferred.map((column, source) => ({
    source,
    name: column.name,
    label: null,
    type: column.type,
    ordinal: column.ordinal,
    role: column.role,
    decimalMark:
      sample.source.format === 'xlsx'
        ? '.'
        : (choices.decimalMark ?? column.decimalMark ?? (sample.source.delimiter === ';' ? ',' : '.')),
    missingCodes: globalCodes,
    valueLabels: {},
    include: true,
  }));

  const roleChoices: [keyof ImportChoices, ImportColumn['role']][] = [
    ['idColumn', 'id'],
    ['areaColumn', 'area_code'],
    ['areaNameColumn', 'area_name'],
    ['weightColumn', 'weight'],
  ];
  for (const [key, role] of roleChoices) {
    const name = choices[key];
    if (typeof name !== 'string') continue;
    for (const column of columns) if (column.role === role) column.role = null;
    const chosen = findColumn(columns, name, file);
    chosen.role = role;
    if (role === 'area_code' && chosen.type === 'number') chosen.type = 'category';
  }
  for (const [name, change] of Object.entries(choices.columns ?? {})) {
    const column = findColumn(columns, name, file);
    Object.assign(column, Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)));
    // Only a category can be ordinal; a column turned into numbers or text is no longer one.
    if (column.type !== 'category') column.ordinal = false;
  }
  // The import weighs the per-area sums by the weight column, so it is a number whatever type was
  // chosen for it after its role; values that are not numbers become missing and are reported.
  for (const column of columns) {
    if (column.role === 'weight' && column.type !== 'number') Object.assign(column, { type: 'number', ordinal: false });
  }

  const area = columns.find((c) => c.role === 'area_code');
  const areaLevel = choices.areaLevel ?? null;
  const municipality = choices.municipality ?? null;
  if ((areaLevel || municipality) && !area) raise('import_no_area_column', { file });
  const areaInference = area ? inferred[area.source] : undefined;
  const keep = choices.keep ?? null;
  const keepSource = keep ? findColumn(columns, keep.column, file).source : null;
  // The sample's rows as the import keeps them: of the chosen level, municipality and value.
  const kept = sample.records.flatMap((record, r) => {
    if (keep && (record[keepSource!] ?? '').trim() !== keep.value) return [];
    const code = area && (areaLevel || municipality) ? parseAreaCode(record[area.source] ?? '') : null;
    if (code === null && area && (areaLevel || municipality)) return [];
    if (code && ((areaLevel && code.level !== areaLevel) || (municipality && code.municipalityCode !== municipality)))
      return [];
    return [{ record, line: sample.lines[r] ?? 0 }];
  });
  const planned = columns.map((c) => ({ ...inferred[c.source]!, name: c.name, role: c.role }));
  const inFile = findAreaRows(planned, sample.records, sample.complete);
  const areaRows = findAreaRows(
    planned,
    kept.map((k) => k.record),
    sample.complete,
  );
  // Codes on several differing rows are respondents of an area, unless a period tells the rows apart (a
  // row per area and year); codes that do not repeat are areas.
  const oneRowPerArea = areaInference && areaInference.n > 0 && areaInference.distinct > areaInference.n / 2;
  const kind =
    choices.kind ??
    (inFile.repeated ? (inFile.repeated.byPeriod ? 'area' : 'survey') : oneRowPerArea ? 'area' : 'survey');

  const plan: ImportPlan = {
    file,
    name: choices.name ?? path.basename(file, path.extname(file)),
    kind,
    source: sample.source,
    columns,
    skipBadRows: choices.skipBadRows ?? false,
    areaLevel,
    municipality,
    keep: keep ? { column: columns[keepSource!]!.name, value: keep.value } : null,
  };

  const readers = columns.map((column) => cellReader(column));
  const rows = kept.slice(0, PREVIEW_ROWS).map(({ record, line }) => ({
    line,
    cells: columns.map((column, c) => {
      const raw = record[column.source] ?? '';
      const value = readers[c]!(raw);
      return value === INVALID ? { invalid: raw } : value;
    }),
  }));

  const raggedLines = sample.records.flatMap((record, r) =>
    record.length === sample.headers.length ? [] : [sample.lines[r] ?? 0],
  );
  const warnings: LocalizedText[] = [
    ...sample.renamed.map((r) =>
      r.reason === 'empty'
        ? inBothLanguages(prepareImportTexts, 'unnamedColumn', { number: r.index + 1, name: r.name })
        : inBothLanguages(prepareImportTexts, 'repeatedHeader', { original: r.original, name: r.name }),
    ),
    ...inferred
      .filter((c) => c.unparsed > 0)
      .map((c) =>
        inBothLanguages(prepareImportTexts, 'unparsedValues', {
          column: c.name,
          count: c.unparsed,
          examples: c.unparsedExamples.map((e) => JSON.stringify(e)).join(', '),
        }),
      ),
    ...(raggedLines.length === 0
      ? []
      : [
          inBothLanguages(prepareImportTexts, 'raggedLines', {
            count: raggedLines.length,
            lines: raggedLines.slice(0, 10).join(', '),
            skip: plan.skipBadRows,
          }),
        ]),
  ];
  const identical = kind === 'area' ? areaRows.identical : null;
  if (identical) {
    warnings.push(
      inBothLanguages(prepareImportTexts, 'identicalAreaRows', { count: identical.rows, code: identical.code }),
    );
  }
  return {
    plan,
    detected: sample.detected,
    fileSize,
    inferred,
    rows,
    warnings,
    repeatedAreas: kind === 'area' ? areaRows.repeated : null,
  };
}

import { decodeText } from './decode-text';
import { detectDialect, type Dialect } from './detect-dialect';
import { detectEncoding, type BinaryContent, type TextEncoding } from './detect-encoding';
import { inferColumns, type ColumnInference } from './infer-column';
import { splitRecords } from './split-records';
import { uniqueHeaders, type HeaderRename } from './unique-headers';

export interface SampleInspection {
  binary: false;
  encoding: TextEncoding;
  dialect: Dialect;
  /** Column names, unique and non-empty; `kolom_<n>` when the file has no header row. */
  headers: string[];
  renamedHeaders: HeaderRename[];
  columns: ColumnInference[];
  /** The sample's data records (header excluded), for the import preview. */
  rows: string[][];
}

/**
 * Everything the import preview shows, from the first bytes of a file: encoding, dialect, column
 * names, and each column's type and role. `final` says whether the sample is the whole file.
 */
export function inspectSample(sample: Uint8Array, options: { final: boolean }): SampleInspection | BinaryContent {
  const encoding = detectEncoding(sample);
  if (encoding.binary) return encoding;
  const text = decodeText(sample, encoding, options);
  const dialect = detectDialect(text, options);
  const { records } = splitRecords(text, { delimiter: dialect.delimiter, quote: dialect.quote, final: options.final });
  const [first = [], ...rest] = records;
  const rows = dialect.hasHeader ? rest : records;
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), first.length);
  const header = dialect.hasHeader
    ? uniqueHeaders(Array.from({ length: width }, (_, index) => first[index] ?? ''))
    : { names: Array.from({ length: width }, (_, index) => `kolom_${index + 1}`), renamed: [] };
  return {
    binary: false,
    encoding,
    dialect,
    headers: header.names,
    renamedHeaders: header.renamed,
    columns: inferColumns(header.names, rows, { delimiter: dialect.delimiter }),
    rows,
  };
}

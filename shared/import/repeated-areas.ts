import { normalizeAreaCode } from './area-codes';
import type { ColumnInference } from './infer-column';

/**
 * Area codes that stand on more than one row of an area file (a long file: one row per area and year),
 * and the column that tells those rows apart. An area dataset holds one row per area; several are
 * never averaged in silence (docs/ARCHITECTURE.md §1, Units). A row that repeats an earlier row of its area field
 * for field (real GGD exports have them) is no second measurement: the import stores it once and says so.
 */
export interface RepeatedAreas {
  /** Codes on more than one differing row, in the sample. */
  areas: number;
  /** Whether the sample is the whole file, so that `areas` counts all of them. */
  complete: boolean;
  /** The code with the most differing rows, and how many. */
  example: { code: string; rows: number };
  /** The column whose value differs between a code's rows (a year, a wave, a period), or null when none does. */
  column: string | null;
  /** That column's values in the sample, sorted. */
  values: string[];
  /** Whether its header names a period (`YEAR`, `jaar`, `meting`): then the file is one of areas over time. */
  byPeriod: boolean;
}

export interface AreaRows {
  /** Codes on more than one differing row, or null when every code has one. */
  repeated: RepeatedAreas | null;
  /** Rows that repeat an earlier row of their area field for field, and the first code that has one. */
  identical: { rows: number; code: string } | null;
}

/** Headers of a column that tells measurements apart, as monitors and CBS tables name it (compared without case and punctuation). */
const PERIOD_HEADER = /^(?:perioden?|jaar|jaartal|peiljaar|year|meting|wave|golf|ronde)$/;
/** A column with more values than this is a figure, not a period to choose one of. */
const MAX_PERIODS = 200;

export function findAreaRows(
  columns: readonly ColumnInference[],
  records: readonly (readonly string[])[],
  complete: boolean,
): AreaRows {
  const codeColumn = columns.findIndex((c) => c.role === 'area_code');
  if (codeColumn < 0) return { repeated: null, identical: null };
  const rowsOf = new Map<string, number[]>();
  const seen = new Map<string, Set<string>>();
  let identical: AreaRows['identical'] = null;
  records.forEach((record, row) => {
    const raw = (record[codeColumn] ?? '').trim();
    const code = normalizeAreaCode(raw) ?? raw;
    if (code === '') return;
    const line = record.join('\u0000');
    if (!seen.has(code)) seen.set(code, new Set());
    if (seen.get(code)!.has(line)) {
      identical = { rows: (identical?.rows ?? 0) + 1, code: identical?.code ?? code };
      return;
    }
    seen.get(code)!.add(line);
    if (!rowsOf.has(code)) rowsOf.set(code, []);
    rowsOf.get(code)!.push(row);
  });
  const repeated = [...rowsOf.entries()].filter(([, rows]) => rows.length > 1);
  if (repeated.length === 0) return { repeated: null, identical };
  const [code, rows] = repeated.reduce((most, entry) => (entry[1].length > most[1].length ? entry : most));

  const candidates = columns
    .map((column, index) => ({ column, index, values: new Set(records.map((record) => (record[index] ?? '').trim())) }))
    .filter(
      ({ column, index, values }) =>
        index !== codeColumn && column.role === null && values.size > 1 && values.size <= MAX_PERIODS,
    )
    .filter(({ index }) =>
      repeated.every(
        ([, rowsOfCode]) =>
          new Set(rowsOfCode.map((row) => (records[row]![index] ?? '').trim())).size === rowsOfCode.length,
      ),
    )
    .sort(
      (a, b) =>
        periodRank(a.column.name) - periodRank(b.column.name) || a.values.size - b.values.size || a.index - b.index,
    );
  const best = candidates[0];
  return {
    repeated: {
      areas: repeated.length,
      complete,
      example: { code, rows: rows.length },
      column: best?.column.name ?? null,
      values: best
        ? [...best.values].filter((v) => v !== '').sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }))
        : [],
      byPeriod: best ? periodRank(best.column.name) === 0 : false,
    },
    identical,
  };
}

function periodRank(header: string): number {
  return PERIOD_HEADER.test(header.toLowerCase().replace(/[^a-z0-9]+/g, '')) ? 0 : 1;
}

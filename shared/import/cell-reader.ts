import { normalizeAreaCode } from './area-codes';
import type { ImportColumn } from './import-plan';
import { storedAsNumber } from './stored-as-number';
import { isMissing, parseCell, parseNumber } from './parse-value';

/** A cell that does not fit its column's type: imported as missing and reported. */
export const INVALID = Symbol('invalid cell');
export type CellValue = number | string | null;
export type CellReader = (raw: string) => CellValue | typeof INVALID;

const MINUS = 45;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The common shape of figures in survey files (`12`, `-3`, `4,25`), read digit by digit because the
 * import reads millions of them. At most 15 digits, so `digits / 10^decimals` divides two exactly
 * represented integers: IEEE division rounds that correctly, giving the same double as `Number()`.
 * Anything else (grouping, exponents, spaces) takes the full route.
 */
function plainNumber(raw: string, markCode: number): number | undefined {
  const length = raw.length;
  if (length === 0 || length > 16) return undefined;
  const negative = raw.charCodeAt(0) === MINUS;
  const start = negative ? 1 : 0;
  if (start === length) return undefined;
  let digits = 0;
  let count = 0;
  let mark = -1;
  for (let i = start; i < length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= DIGIT_0 && c <= DIGIT_9) {
      digits = digits * 10 + (c - DIGIT_0);
      count++;
      continue;
    }
    if (c === markCode && mark < 0 && i > start && i < length - 1) {
      mark = i;
      continue;
    }
    return undefined;
  }
  if (count > 15) return undefined;
  const value = mark < 0 ? digits : digits / POWERS_OF_TEN[length - 1 - mark]!;
  // -0 is read as 0, as parseNumber does.
  return negative && value !== 0 ? -value : value;
}

/**
 * The reader for one column: the same results as `parseCell`, plus area codes normalised
 * (`"WK036300  "` → `WK036300`). Dates come out as ISO text; ordinal categories as numbers.
 */
export function cellReader(column: Pick<ImportColumn, 'type' | 'ordinal' | 'role' | 'decimalMark' | 'missingCodes'>): CellReader {
  const numeric = storedAsNumber(column);
  const spec = { type: numeric ? ('number' as const) : column.type, decimalMark: column.decimalMark, missingCodes: column.missingCodes };
  const markCode = column.decimalMark.charCodeAt(0);
  const literalCodes = new Set(column.missingCodes.map((c) => c.trim()));
  const numericCodes = new Set(column.missingCodes.map((c) => parseNumber(c, column.decimalMark)).filter((n): n is number => n !== null));

  const general: CellReader = (raw) => {
    const cell = parseCell(raw, spec);
    switch (cell.kind) {
      case 'missing':
        return null;
      case 'invalid':
        return INVALID;
      default:
        return cell.value;
    }
  };

  if (numeric) {
    return (raw) => {
      if (raw === '') return null;
      const value = plainNumber(raw, markCode);
      if (value === undefined) return general(raw);
      return literalCodes.has(raw) || numericCodes.has(value) ? null : value;
    };
  }
  if (column.role === 'area_code') {
    return remembered((raw) => {
      if (isMissing(raw, column.missingCodes, column.decimalMark)) return null;
      return normalizeAreaCode(raw) ?? raw.trim();
    });
  }
  return remembered((raw) => (raw === '' ? null : general(raw)));
}

const REMEMBERED_VALUES = 4096;

/**
 * Text columns repeat themselves (wijk codes, genders, answer categories): a cell read once is looked
 * up after that. Past a few thousand distinct values (open answers) reading is cheaper than remembering.
 */
function remembered(read: CellReader): CellReader {
  const seen = new Map<string, CellValue | typeof INVALID>();
  return (raw) => {
    const known = seen.get(raw);
    if (known !== undefined) return known;
    const value = read(raw);
    if (seen.size < REMEMBERED_VALUES) seen.set(raw, value);
    return value;
  };
}

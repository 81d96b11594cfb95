import { normalizeAreaCode } from './area-codes';
import { storedAsNumber, type ImportColumn } from './import-plan';
import { isMissing, parseCell, parseNumber } from './parse-value';

/** A cell that does not fit its column's type: imported as missing and reported. */
export const INVALID = Symbol('invalid cell');
export type CellValue = number | string | null;
export type CellReader = (raw: string) => CellValue | typeof INVALID;

const MINUS = 45;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/**
 * The common shape of figures in survey files (`12`, `-3`, `4,25`): read without a regular
 * expression, because the import reads millions of them. Anything else takes the full route.
 */
function plainNumber(raw: string, markCode: number): number | undefined {
  const length = raw.length;
  if (length === 0 || length > 16) return undefined;
  const start = raw.charCodeAt(0) === MINUS ? 1 : 0;
  if (start === length) return undefined;
  let mark = -1;
  for (let i = start; i < length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= DIGIT_0 && c <= DIGIT_9) continue;
    if (c === markCode && mark < 0 && i > start && i < length - 1) {
      mark = i;
      continue;
    }
    return undefined;
  }
  const value = mark >= 0 && markCode !== 46 ? Number(`${raw.slice(0, mark)}.${raw.slice(mark + 1)}`) : Number(raw);
  // -0 is read as 0, as parseNumber does.
  return value === 0 ? 0 : value;
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
    return (raw) => {
      if (isMissing(raw, column.missingCodes, column.decimalMark)) return null;
      return normalizeAreaCode(raw) ?? raw.trim();
    };
  }
  return (raw) => (raw === '' ? null : general(raw));
}

import { normalizeAreaCode } from './area-codes';
import type { ImportColumn } from './import-plan';
import { storedAsNumber } from './stored-as-number';
import { isMissing, parseCell, parseNumber, plainNumber } from './parse-value';

/** A cell that does not fit its column's type: imported as missing and reported. */
export const INVALID = Symbol('invalid cell');
export type CellValue = number | string | null;
export type CellReader = (raw: string) => CellValue | typeof INVALID;

/**
 * The reader for one column: the same results as `parseCell`, plus area codes normalised
 * (`"WK036300  "` → `WK036300`). Dates come out as ISO text; ordinal categories as numbers.
 */
export function cellReader(
  column: Pick<ImportColumn, 'type' | 'ordinal' | 'role' | 'decimalMark' | 'missingCodes'>,
): CellReader {
  const numeric = storedAsNumber(column);
  const spec = {
    type: numeric ? ('number' as const) : column.type,
    decimalMark: column.decimalMark,
    missingCodes: column.missingCodes,
  };
  const literalCodes = new Set(column.missingCodes.map((c) => c.trim()));
  const numericCodes = new Set(
    column.missingCodes.map((c) => parseNumber(c, column.decimalMark)).filter((n): n is number => n !== null),
  );

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
    const hasCodes = literalCodes.size > 0 || numericCodes.size > 0;
    return (raw) => {
      if (raw === '') return null;
      const value = plainNumber(raw, column.decimalMark);
      if (value === undefined) return general(raw);
      return hasCodes && (literalCodes.has(raw) || numericCodes.has(value)) ? null : value;
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

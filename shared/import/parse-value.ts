/**
 * Reading single cells as Dutch research files write them: decimal comma or point, CBS symbols,
 * Dutch day-month-year dates.
 */

export type DecimalMark = ',' | '.';

/** What a column's cells are read as; see infer-column.ts for how it is chosen. */
export type ColumnType = 'number' | 'category' | 'text' | 'date';

/**
 * Always missing, whatever the column: empty, R's, SPSS's and Excel's not-available markers (any
 * case), and the CBS symbols `.` (unknown or secret) and `x` (secret, older tables). CBS writes a
 * lowercase `x`, and an uppercase X can be a real answer, so the symbols are matched exactly.
 * Compared after trimming, so StatLine's padded `"       ."` is missing too.
 */
const NOT_AVAILABLE = new Set(['', 'na', 'n/a', '#n/a', 'nan']);
const CBS_MISSING_SYMBOLS = new Set(['.', 'x']);

/**
 * True when the cell holds no value. `extraCodes` are a column's own missing codes (99, 999, -99998):
 * they match literally or, when both are numbers, by value, so code `99` also catches `99,0`.
 */
export function isMissing(raw: string, extraCodes: readonly string[] = [], decimalMark: DecimalMark = '.'): boolean {
  const value = raw.trim();
  // The markers are at most four characters: longer cells are not lower-cased to look them up.
  if ((value.length <= 4 && NOT_AVAILABLE.has(value.toLowerCase())) || CBS_MISSING_SYMBOLS.has(value)) return true;
  if (extraCodes.length === 0) return false;
  if (extraCodes.some((code) => code.trim() === value)) return true;
  const number = parseNumber(value, decimalMark);
  return number !== null && extraCodes.some((code) => parseNumber(code, decimalMark) === number);
}

const GROUPING_SPACE = /(?<=\d)[\u00A0\u202F](?=\d{3}(?!\d))/g;

const NUMBER_PATTERNS: Record<DecimalMark, RegExp> = {
  ',': numberPattern(',', '.'),
  '.': numberPattern('.', ','),
};

/**
 * Plain digits, or digits grouped by threes with the other mark (`1.234,5` for a decimal comma):
 * a grouped number must start with a non-zero group, so `0.100` is never read as one hundred.
 */
function numberPattern(decimal: string, group: string): RegExp {
  const d = `\\${decimal}`;
  const g = `\\${group}`;
  return new RegExp(
    `^([+\\-\\u2212]?)(?:(\\d+|[1-9]\\d{0,2}(?:${g}\\d{3})+)(?:${d}(\\d+))?|${d}(\\d+))([eE][+\\-]?\\d+)?$`,
  );
}

const MINUS = 45;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const COMMA = 44;
const POINT = 46;

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The common shape of figures in survey files (`12`, `-3`, `4,25`), read digit by digit because the
 * import reads millions of them. At most 15 digits, so `digits / 10^decimals` divides two exactly
 * represented integers: IEEE division rounds that correctly, giving the same double as `Number()`.
 * Anything else (grouping, exponents, spaces) takes the full route.
 */
export function plainNumber(raw: string, decimalMark: DecimalMark): number | undefined {
  const markCode = decimalMark === ',' ? COMMA : POINT;
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
 * The number in a cell, or null when the cell is not a number with this decimal mark. Thousands
 * separators are read only as groups of three of the other mark; `1.234` with a decimal comma is
 * therefore 1234, and with a decimal point 1.234: deciding between the two is the column's job.
 * No-break spaces between digit groups (Excel with Dutch settings) are accepted too.
 */
export function parseNumber(raw: string, decimalMark: DecimalMark): number | null {
  const plain = plainNumber(raw, decimalMark);
  if (plain !== undefined) return plain;
  const value = raw.trim();
  const groupMark = decimalMark === ',' ? '.' : ',';
  const match = NUMBER_PATTERNS[decimalMark].exec(value.replace(GROUPING_SPACE, groupMark));
  if (!match) return null;
  const [, sign, integer, fraction, bareFraction, exponent] = match;
  const digits = (integer ?? '0').split(groupMark).join('');
  const number = Number(`${digits}.${fraction ?? bareFraction ?? '0'}${exponent ?? ''}`);
  if (!Number.isFinite(number)) return null;
  const negative = sign === '-' || sign === '\u2212';
  return negative && number !== 0 ? -number : number;
}

const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const DUTCH_DATE = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;

/**
 * A date as ISO `yyyy-mm-dd`, from `yyyy-mm-dd` or Dutch day-month-year (`31-12-2020`, `1/3/2020`,
 * `1.3.2020`), or null. Month-first American dates are not recognised: Dutch files put the day first.
 * Impossible dates (31-02-2020) are null, so a column of them is not taken for dates.
 */
export function parseDate(raw: string): string | null {
  const value = raw.trim();
  // Both forms are 8 (2020-1-1, 1-1-2020) to 10 characters long.
  if (value.length < 8 || value.length > 10) return null;
  const iso = ISO_DATE.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dutch = DUTCH_DATE.exec(value);
  if (dutch) return isoDate(Number(dutch[4]), Number(dutch[3]), Number(dutch[1]));
  return null;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export interface CellSpec {
  type: ColumnType;
  decimalMark: DecimalMark;
  missingCodes?: readonly string[];
}

/** A cell read for its column; `invalid` keeps the raw text so the import can report it. */
export type ParsedCell =
  | { kind: 'missing' }
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: string }
  | { kind: 'text'; value: string }
  | { kind: 'invalid'; raw: string };

/**
 * Reads one cell for a column of the given type. In number columns the CBS symbol `-` (nil) is 0:
 * it means "none", not "unknown", and leaving it out would raise the mean of the other areas.
 */
export function parseCell(raw: string, spec: CellSpec): ParsedCell {
  if (isMissing(raw, spec.missingCodes, spec.decimalMark)) return { kind: 'missing' };
  const value = raw.trim();
  switch (spec.type) {
    case 'number': {
      if (value === '-') return { kind: 'number', value: 0 };
      const number = parseNumber(value, spec.decimalMark);
      return number === null ? { kind: 'invalid', raw } : { kind: 'number', value: number };
    }
    case 'date': {
      const date = parseDate(value);
      return date === null ? { kind: 'invalid', raw } : { kind: 'date', value: date };
    }
    case 'category':
    case 'text':
      return { kind: 'text', value };
  }
}

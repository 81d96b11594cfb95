import { parseAreaCode, type AreaLevel } from './area-codes';
import type { Delimiter } from './detect-dialect';
import { isMissing, parseDate, parseNumber, type ColumnType, type DecimalMark } from './parse-value';
import { weightProblem } from './weight-problem';

export type ColumnRole = 'id' | 'area_code' | 'area_name' | 'weight';

export interface ColumnInference {
  name: string;
  type: ColumnType;
  role: ColumnRole | null;
  /** How the column writes numbers; null unless the type is number. */
  decimalMark: DecimalMark | null;
  /** Non-missing values in the sample. */
  n: number;
  missing: number;
  /** Distinct non-missing values in the sample. */
  distinct: number;
  /**
   * For categories: the values, in numeric order when ordinal, else most frequent first; at most
   * {@link MAX_LEVELS}. Empty for other types.
   */
  levels: string[];
  /** A category of integer codes (a Likert scale, 0/1): ordered, and a mean makes sense. */
  ordinal: boolean;
  /** Non-missing values that do not fit the type; the import will treat them as missing. */
  unparsed: number;
  /** A few of those values, so the user can see what they are. */
  unparsedExamples: string[];
  /** For area code columns: how many values are codes of each level, and how many are not codes. */
  areaLevels: Record<AreaLevel | 'unrecognised', number> | null;
}

/**
 * Thresholds, chosen for the files this project meets:
 * - a column is numbers (or dates) when at least 95% of its non-missing values parse, so a stray
 *   "onbekend" does not turn a column of figures into text; the rest is reported as unparsed;
 * - integer codes 0–10 with at most 12 distinct values, each seen three times on average, form an
 *   ordinal category (Likert items, yes/no as 0/1) unless the header says it is a figure (`%`,
 *   `aantal`, …) or a weight (`gewicht`, `weging`, …): percentages of a few wijken can look the same,
 *   and a weight of 1 and 2 is a quantity that keeps its weight role. Integer years under a period
 *   header (`Perioden`, `jaar`) are a category too: they select, they are not summed;
 * - other values are a category when they repeat (at most half of them distinct), are short (mean
 *   at most 40 characters, none over 100) and have no line breaks; otherwise text (open answers,
 *   names).
 */
const TYPE_SHARE = 0.95;
const ORDINAL_MAX_DISTINCT = 12;
const ORDINAL_MAX_CODE = 10;
const ORDINAL_MIN_REPEATS = 3;
const CATEGORY_MAX_DISTINCT_SHARE = 0.5;
const CATEGORY_MAX_MEAN_LENGTH = 40;
const CATEGORY_MAX_LENGTH = 100;
const MAX_LEVELS = 50;
const AREA_CODE_SHARE = 0.9;
const MAX_UNPARSED_EXAMPLES = 5;
const DEFAULT_MAX_ROWS = 10_000;

/** Headers are compared without case, spaces and punctuation: `Wijk_code` and `wijkcode` match. */
function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

const ID_HEADER =
  /^(?:id|nr|nummer|volgnummer|idnr|idnummer|(?:resp|respondent|case|record|response|deelnemer|participant)(?:id|nr|nummer)?)$/;
const AREA_CODE_HEADER = /(?:wijk|buurt|gemeente|regio|gwb|gm|wk|bu)code|codering/;
const AREA_NAME_HEADER = /naam|name|wijkenenbuurten|regio|wijk|buurt|gemeente/;
const WEIGHT_HEADER = /^(?:weight|weging|wgt|weegfactor|gewicht)|(?:weight|weging|wgt|weegfactor|gewicht)$/;
/** "gewicht" can also be a respondent's body weight; it counts as a weighting factor only near 1. */
const BODY_WEIGHT_AMBIGUOUS = /gewicht/;
const FIGURE_HEADER = /%|percentage|procent|aantal|gemiddeld|score|totaal|bevolking|inwoners|huishoudens|index/i;
const PERIOD_HEADER = /^(?:perioden?|jaar|jaartal|peiljaar|year)$/;

interface MarkEvidence {
  comma: number;
  point: number;
}

/**
 * Values that read as a number with only one of the two marks. `1.234` and `1,234` read with both
 * (to different numbers) and integers read the same with both, so neither counts.
 */
function markEvidence(values: readonly string[]): MarkEvidence {
  const evidence = { comma: 0, point: 0 };
  for (const value of values) {
    const withComma = parseNumber(value, ',') !== null;
    const withPoint = parseNumber(value, '.') !== null;
    if (withComma && !withPoint) evidence.comma++;
    if (withPoint && !withComma) evidence.point++;
  }
  return evidence;
}

function markFromEvidence({ comma, point }: MarkEvidence): DecimalMark | null {
  if (comma > point) return ',';
  if (point > comma) return '.';
  return null;
}

/** Dutch spreadsheet exports separate with `;` because the comma is their decimal mark. */
function decimalMarkForDelimiter(delimiter: Delimiter | undefined): DecimalMark {
  return delimiter === ';' ? ',' : '.';
}

export interface ColumnContext {
  /** The mark to use when the column's own values do not show it (see {@link inferColumns}). */
  decimalMark?: DecimalMark;
  /** The column's own missing codes, such as 99 or -99998. */
  missingCodes?: readonly string[];
}

/**
 * Infers type and role of one column from its raw sample values. The `area_name` role needs the other
 * columns and is given by {@link inferColumns} only.
 */
export function inferColumn(header: string, values: readonly string[], context: ColumnContext = {}): ColumnInference {
  const trimmed = values.map((value) => value.trim());
  const decimalMark =
    markFromEvidence(markEvidence(trimmed.filter((v) => !isMissing(v)))) ?? context.decimalMark ?? '.';
  const present = trimmed.filter((value) => !isMissing(value, context.missingCodes, decimalMark));
  const key = headerKey(header);
  const counts = new Map<string, number>();
  for (const value of present) counts.set(value, (counts.get(value) ?? 0) + 1);

  const typed = inferType(header, key, present, counts, decimalMark);
  const areaLevels = AREA_CODE_HEADER.test(key) || isMostlyAreaCodes(present) ? countAreaLevels(present) : null;
  return {
    name: header,
    ...typed,
    decimalMark: typed.type === 'number' ? decimalMark : null,
    role: areaLevels ? 'area_code' : otherRole(key, typed.type, present, counts, decimalMark),
    n: present.length,
    missing: values.length - present.length,
    distinct: counts.size,
    areaLevels,
  };
}

type TypeInference = Pick<ColumnInference, 'type' | 'levels' | 'ordinal' | 'unparsed' | 'unparsedExamples'>;

function inferType(
  header: string,
  key: string,
  present: readonly string[],
  counts: ReadonlyMap<string, number>,
  decimalMark: DecimalMark,
): TypeInference {
  const figureHeader = FIGURE_HEADER.test(header);
  const quantityHeader = figureHeader || WEIGHT_HEADER.test(key);
  if (present.length === 0) return plain(quantityHeader ? 'number' : 'text');

  const notDates = present.filter((value) => parseDate(value) === null);
  if (present.length - notDates.length >= TYPE_SHARE * present.length) return withUnparsed('date', notDates);

  const numbers: number[] = [];
  const notNumbers: string[] = [];
  for (const value of present) {
    const number = value === '-' ? 0 : parseNumber(value, decimalMark);
    if (number === null) notNumbers.push(value);
    else numbers.push(number);
  }
  const mostlyNumbers = numbers.length >= TYPE_SHARE * present.length && present.some((value) => value !== '-');
  const integers = numbers.every(Number.isInteger);
  // Leading zeros ("0363", "007") mark codes whose zeros matter, not quantities.
  const codes = integers && present.some((value) => /^0\d/.test(value));
  if (mostlyNumbers && !codes) {
    const distinctNumbers = [...new Set(numbers)].sort((a, b) => a - b);
    const ordinal =
      integers &&
      !quantityHeader &&
      distinctNumbers.length <= ORDINAL_MAX_DISTINCT &&
      (distinctNumbers[0] ?? 0) >= 0 &&
      (distinctNumbers.at(-1) ?? 0) <= ORDINAL_MAX_CODE &&
      numbers.length >= ORDINAL_MIN_REPEATS * distinctNumbers.length;
    const period = integers && PERIOD_HEADER.test(key);
    if (ordinal || period) {
      // A category keeps every value, so a stray "weet niet" is a level the user can declare missing.
      const otherLevels = frequentFirst(counts).filter((value) => notNumbers.includes(value));
      return {
        ...plain('category'),
        levels: [...distinctNumbers.map(String), ...otherLevels].slice(0, MAX_LEVELS),
        ordinal,
      };
    }
    return withUnparsed('number', notNumbers);
  }

  const meanLength = present.reduce((sum, value) => sum + value.length, 0) / present.length;
  const isText =
    counts.size > CATEGORY_MAX_DISTINCT_SHARE * present.length ||
    meanLength > CATEGORY_MAX_MEAN_LENGTH ||
    present.some((value) => value.length > CATEGORY_MAX_LENGTH || /[\r\n]/.test(value));
  if (isText) return plain('text');
  return { ...plain('category'), levels: frequentFirst(counts).slice(0, MAX_LEVELS) };
}

function frequentFirst(counts: ReadonlyMap<string, number>): string[] {
  return [...counts.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, 'nl'))
    .map(([value]) => value);
}

function plain(type: ColumnType): TypeInference {
  return { type, levels: [], ordinal: false, unparsed: 0, unparsedExamples: [] };
}

function withUnparsed(type: ColumnType, unparsed: readonly string[]): TypeInference {
  return {
    ...plain(type),
    unparsed: unparsed.length,
    unparsedExamples: [...new Set(unparsed)].slice(0, MAX_UNPARSED_EXAMPLES),
  };
}

function isMostlyAreaCodes(present: readonly string[]): boolean {
  if (present.length === 0) return false;
  const codes = present.filter((value) => parseAreaCode(value) !== null).length;
  return codes >= AREA_CODE_SHARE * present.length;
}

function countAreaLevels(present: readonly string[]): Record<AreaLevel | 'unrecognised', number> {
  const levels = { gemeente: 0, wijk: 0, buurt: 0, unrecognised: 0 };
  for (const value of present) levels[parseAreaCode(value)?.level ?? 'unrecognised']++;
  return levels;
}

function otherRole(
  key: string,
  type: ColumnType,
  present: readonly string[],
  counts: ReadonlyMap<string, number>,
  decimalMark: DecimalMark,
): ColumnRole | null {
  if (ID_HEADER.test(key) && present.length > 0 && counts.size === present.length) return 'id';
  if (type === 'number' && WEIGHT_HEADER.test(key)) {
    const numbers = present.map((value) => parseNumber(value, decimalMark)).filter((n) => n !== null);
    const min = numbers.reduce((a, b) => Math.min(a, b), Infinity);
    const max = numbers.reduce((a, b) => Math.max(a, b), -Infinity);
    // The sample gets the role only where the weight rule would accept it (zeros, for respondents who
    // do not count, included): a role the crosstab and the scores then refuse helps nobody.
    if (weightProblem({ type, ordinal: false, n: numbers.length, min, max }) !== null) return null;
    const mean = numbers.reduce((sum, n) => sum + n, 0) / numbers.length;
    if (BODY_WEIGHT_AMBIGUOUS.test(key) && (mean < 0.1 || mean > 10)) return null;
    return 'weight';
  }
  return null;
}

export interface InferOptions {
  /** The file's delimiter: a `;` file with no other evidence writes decimal commas. */
  delimiter?: Delimiter;
  /** Per column (by index), the column's own missing codes. */
  missingCodes?: readonly (readonly string[] | undefined)[];
  /** Rows looked at; default 10,000. */
  maxRows?: number;
}

/**
 * Infers every column of a table (records without the header row). A column whose values do not
 * show their decimal mark (integers, `1.234`) takes the mark most other columns show, and failing
 * that the delimiter's convention. Each area code column gets one name-like text column as its
 * `area_name`.
 */
export function inferColumns(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: InferOptions = {},
): ColumnInference[] {
  const sample = rows.slice(0, options.maxRows ?? DEFAULT_MAX_ROWS);
  const columns = headers.map((_, index) => sample.map((row) => row[index] ?? ''));
  const fileMark = fileDecimalMark(columns) ?? decimalMarkForDelimiter(options.delimiter);
  const inferred = columns.map((values, index) =>
    inferColumn(headers[index] ?? '', values, {
      decimalMark: fileMark,
      missingCodes: options.missingCodes?.[index],
    }),
  );
  keepFirstOfRole(inferred, 'id');
  keepFirstOfRole(inferred, 'weight');
  assignAreaNames(inferred, columns);
  return inferred;
}

/**
 * A dataset has one id and one weight: the import weighs its per-area sums by one column, and the
 * scores name it. Where several headers qualify (`gewicht` and `weging`), the first keeps the role.
 */
function keepFirstOfRole(columns: ColumnInference[], role: ColumnRole): void {
  const first = columns.find((column) => column.role === role);
  for (const column of columns) if (column !== first && column.role === role) column.role = null;
}

/** The mark most columns show by their own values, or null when they do not agree on one. */
function fileDecimalMark(columns: readonly (readonly string[])[]): DecimalMark | null {
  const votes = { comma: 0, point: 0 };
  for (const values of columns) {
    const mark = markFromEvidence(markEvidence(values.map((v) => v.trim()).filter((v) => !isMissing(v))));
    if (mark === ',') votes.comma++;
    if (mark === '.') votes.point++;
  }
  return markFromEvidence(votes);
}

/** Words by which a name column shows the level of the codes it names (`gemnaam`, `wijknaam`). */
const LEVEL_WORDS: Record<AreaLevel, RegExp> = { gemeente: /gem/, wijk: /wijk/, buurt: /buurt/ };

/**
 * How well a column names the codes of an area code column, from the sample's rows that have both:
 * 1 when every code has one value and no two codes share one. A column that takes fewer values than
 * there are codes (the municipality beside a wijk code) names a group of areas, not an area; one whose
 * value differs between the rows of one code (an open answer in a survey) names no area at all.
 * `consistent` is null when no code stands on two rows, so the rows cannot tell.
 */
function namesCodes(codes: readonly string[], names: readonly string[]): { naming: number; consistent: number | null } {
  const nameOf = new Map<string, Set<string>>();
  const rowsOf = new Map<string, number>();
  const codesOf = new Map<string, Set<string>>();
  codes.forEach((raw, row) => {
    const code = raw.trim();
    const name = (names[row] ?? '').trim();
    if (code === '' || isMissing(name)) return;
    if (!nameOf.has(code)) nameOf.set(code, new Set());
    nameOf.get(code)!.add(name);
    rowsOf.set(code, (rowsOf.get(code) ?? 0) + 1);
    if (!codesOf.has(name)) codesOf.set(name, new Set());
    codesOf.get(name)!.add(code);
  });
  if (nameOf.size === 0) return { naming: 0, consistent: null };
  const repeated = [...nameOf.entries()].filter(([code]) => rowsOf.get(code)! > 1);
  const consistent =
    repeated.length === 0 ? null : repeated.filter(([, set]) => set.size === 1).length / repeated.length;
  const distinct = [...codesOf.values()].filter((set) => set.size === 1).length / codesOf.size;
  return { naming: Math.min(consistent ?? 1, distinct, codesOf.size / nameOf.size), consistent };
}

/**
 * At least this share of one-to-one naming (see `namesCodes`): national files repeat a few names
 * ("Centrum"), and merged wijken share one ("Belgisch Park en Oostduinen" for two codes).
 */
const MIN_NAMING = 0.5;

/**
 * Gives each area code column one name column: a text column whose values go one to one with the codes
 * (whatever its header, `WKN`, where codes repeat and so show it), preferring the closest fit, then
 * headers that say `naam`/`name`, then those naming the codes' level, then the nearest.
 */
function assignAreaNames(columns: ColumnInference[], values: readonly (readonly string[])[]): void {
  columns.forEach((column, codeIndex) => {
    if (column.role !== 'area_code' || !column.areaLevels) return;
    const levelWord = LEVEL_WORDS[dominantLevel(column.areaLevels)];
    const codes = values[codeIndex] ?? [];
    const candidates = columns
      .map((candidate, index) => {
        const key = headerKey(candidate.name);
        const { naming, consistent } = namesCodes(codes, values[index] ?? []);
        const rank = [
          -Math.round(naming * 20),
          /naam|name/.test(key) ? 0 : 1,
          levelWord.test(key) ? 0 : 1,
          Math.abs(index - codeIndex),
          index,
        ];
        // Where no code repeats, any column of distinct values goes one to one: then the header must say it is a name.
        const evidence = consistent !== null || AREA_NAME_HEADER.test(key);
        return { candidate, naming, evidence, rank };
      })
      .filter(
        ({ candidate, naming, evidence }) =>
          candidate.role === null &&
          (candidate.type === 'text' || candidate.type === 'category') &&
          evidence &&
          naming >= MIN_NAMING,
      )
      .sort((a, b) => compareRanks(a.rank, b.rank));
    const best = candidates[0];
    if (best) best.candidate.role = 'area_name';
  });
}

function dominantLevel(levels: Record<AreaLevel | 'unrecognised', number>): AreaLevel {
  const order: AreaLevel[] = ['gemeente', 'wijk', 'buurt'];
  return order.reduce((best, level) => (levels[level] > levels[best] ? level : best));
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Rows per area and category of every category column, with the rows that have a usable weight and
 * the sum of those weights: what a cross-table of the area against a category needs, so it is ready
 * without a scan of the table. Areas are slots of the AreaAccumulator, plus slot 0 for rows without
 * an area code; a missing category counts as its own value.
 */
export type CategoryValue = string | number | null;

export interface CategoryEntry {
  slot: number;
  value: CategoryValue;
  rows: number;
  usable: number;
  weight: number;
}

export interface AreaCategoryCounts {
  /** Per counted column (by its index among the stored columns): one entry per area and value. */
  columns: { stored: number; entries: CategoryEntry[] }[];
}

/** Integer codes 0–255 (Likert items) are counted in dense arrays; anything else stops counting that column. */
const CODES = 256;
const MISSING_CODE = CODES;
/** A text column with more categories than this is not a category to cross-tabulate: it is not counted. */
const MAX_TEXT_CATEGORIES = 500;

class Triple {
  rows: number[] = [];
  usable: number[] = [];
  weight: number[] = [];

  add(slot: number, usable: boolean, weight: number): void {
    while (this.rows.length <= slot) {
      this.rows.push(0);
      this.usable.push(0);
      this.weight.push(0);
    }
    this.rows[slot]!++;
    if (usable) {
      this.usable[slot]!++;
      this.weight[slot]! += weight;
    }
  }
}

/** Per area slot and code (0–255, 256 = missing): rows, usable rows and weight, in one flat typed array. */
interface CodeColumn {
  kind: 'codes';
  stored: number;
  counts: Float64Array;
}

const PER_SLOT = (CODES + 1) * 3;

interface TextColumn {
  kind: 'text';
  stored: number;
  counts: Map<string | null, Triple>;
}

export class AreaCategoryCounter {
  private readonly columns: (CodeColumn | TextColumn | null)[];

  /** `kinds[i]`: how column i of `stored` is counted, or null when it is not a category. */
  constructor(kinds: ('codes' | 'text' | null)[]) {
    this.columns = kinds.map((kind, stored) => {
      if (kind === 'codes') return { kind, stored, counts: new Float64Array(64 * PER_SLOT) };
      if (kind === 'text') return { kind, stored, counts: new Map() };
      return null;
    });
  }

  /** Whether a column of a batch holds only what `addCodes` counts: integer codes 0–255 or missing (NaN). */
  static onlyCodes(rows: number, numbers: Float64Array, index: number, stride: number): boolean {
    for (let r = 0; r < rows; r++) {
      const value = numbers[r * stride + index]!;
      if (!(value >= 0 && value < CODES && (value | 0) === value) && !Number.isNaN(value)) return false;
    }
    return true;
  }

  /** Stops counting a column (a code column whose values turn out not to be codes). */
  stop(stored: number): void {
    this.columns[stored] = null;
  }

  /**
   * Adds one column of integer codes of a batch (`numbers` row-major, `stride` values a row), checked
   * by `onlyCodes`. `slots`: the rows' area slots (-1 for none); `weights`: NaN for a row without a usable
   * weight, 1 when the dataset has none.
   */
  addCodes(stored: number, rows: number, slots: Int32Array, weights: Float64Array, numbers: Float64Array, index: number, stride: number): void {
    const column = this.columns[stored];
    if (column?.kind !== 'codes') return;
    for (let r = 0; r < rows; r++) {
      const value = numbers[r * stride + index]!;
      const slot = slots[r]! + 1;
      if ((slot + 1) * PER_SLOT > column.counts.length) {
        const grown = new Float64Array(Math.max(column.counts.length * 2, (slot + 1) * PER_SLOT));
        grown.set(column.counts);
        column.counts = grown;
      }
      const counts = column.counts;
      const at = slot * PER_SLOT + (Number.isNaN(value) ? MISSING_CODE : value) * 3;
      const weight = weights[r]!;
      counts[at]!++;
      if (weight > 0) {
        counts[at + 1]!++;
        counts[at + 2]! += weight;
      }
    }
  }

  /** Adds one text column of a batch (`texts` row-major, `stride` values a row); as `addCodes`. */
  addTexts(stored: number, rows: number, slots: Int32Array, weights: Float64Array, texts: (string | null)[], index: number, stride: number): void {
    const column = this.columns[stored];
    if (column?.kind !== 'text') return;
    for (let r = 0; r < rows; r++) {
      const key = texts[r * stride + index]!;
      let triple = column.counts.get(key);
      if (!triple) {
        if (column.counts.size >= MAX_TEXT_CATEGORIES) {
          this.columns[stored] = null;
          return;
        }
        triple = new Triple();
        column.counts.set(key, triple);
      }
      triple.add(slots[r]! + 1, weights[r]! > 0, weights[r]!);
    }
  }

  counts(): AreaCategoryCounts {
    const columns: AreaCategoryCounts['columns'] = [];
    this.columns.forEach((column, stored) => {
      if (column) columns.push({ stored, entries: this.entries(stored) });
    });
    return { columns };
  }

  /** One counted column's entries: per area slot and value, its rows, usable rows and weight. */
  entries(stored: number): CategoryEntry[] {
    const column = this.columns[stored];
    const entries: CategoryEntry[] = [];
    if (column?.kind === 'codes') {
      for (let at = 0; at < column.counts.length; at += 3) {
        if (column.counts[at]! === 0) continue;
        const code = (at % PER_SLOT) / 3;
        entries.push({ slot: Math.floor(at / PER_SLOT), value: code === MISSING_CODE ? null : code, rows: column.counts[at]!, usable: column.counts[at + 1]!, weight: column.counts[at + 2]! });
      }
    } else if (column?.kind === 'text') {
      for (const [value, triple] of column.counts) {
        triple.rows.forEach((rows, slot) => {
          if (rows > 0) entries.push({ slot, value, rows, usable: triple.usable[slot]!, weight: triple.weight[slot]! });
        });
      }
    }
    return entries;
  }
}

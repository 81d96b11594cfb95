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

/** The rows of one batch as the counts need them. */
export interface BatchRows {
  count: number;
  /** Per row: its area slot, -1 for a row without an area code. */
  slots: Int32Array;
  /** Per row: its weight; NaN (or not positive) when it has no usable weight, 1 when the dataset has none. */
  weights: Float64Array;
  /** The area slots in use so far: every slot in `slots` is below it. */
  areas: number;
}

/** Integer codes 0–255 (Likert items) are counted in typed arrays; anything else stops counting that column. */
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

/**
 * Per area slot and code: rows, usable rows and weight. A column holds a handful of the 257 possible
 * codes (a Likert item five or six), so each code gets a local index when first seen and only those
 * take room: `counts[((slot × room) + local) × 3 + 0, 1, 2]`. Three hundred items then fit in a few
 * megabytes, which also keeps the counting in the processor's cache.
 */
class CodeColumn {
  readonly kind = 'codes';
  /** Per code (0–255, 256 = missing): its local index, -1 until it is seen. */
  readonly local = new Int16Array(CODES + 1).fill(-1);
  /** Per local index: its code. */
  readonly codes: number[] = [];
  /** Local indexes per slot that `counts` has room for. */
  room = 8;
  /** Slots that `counts` has room for. */
  slots = 64;
  counts = new Float64Array(this.slots * this.room * 3);

  constructor(readonly stored: number) {}

  /** Gives `code` a local index, making room for it when needed. */
  add(code: number): number {
    const local = this.codes.length;
    this.codes.push(code);
    this.local[code] = local;
    if (local >= this.room) this.resize(this.slots, this.room * 2);
    return local;
  }

  /** Makes room for `slots` slots (slot 0 included). */
  reserve(slots: number): void {
    if (slots > this.slots) this.resize(Math.max(slots, this.slots * 2), this.room);
  }

  private resize(slots: number, room: number): void {
    const counts = new Float64Array(slots * room * 3);
    const width = this.room * 3;
    for (let slot = 0; slot < this.slots; slot++)
      counts.set(this.counts.subarray(slot * width, (slot + 1) * width), slot * room * 3);
    this.counts = counts;
    this.slots = slots;
    this.room = room;
  }
}

interface TextColumn {
  kind: 'text';
  stored: number;
  counts: Map<string | null, Triple>;
}

export class AreaCategoryCounter {
  private readonly columns: (CodeColumn | TextColumn | null)[];

  /**
   * `kinds[i]`: how column i of `stored` is counted, or null when it is not a category. `weighted`:
   * whether the dataset has a weight column; without one every row is usable with weight 1, so code
   * columns count rows only.
   */
  constructor(
    kinds: ('codes' | 'text' | null)[],
    private readonly weighted: boolean,
  ) {
    this.columns = kinds.map((kind, stored) => {
      if (kind === 'codes') return new CodeColumn(stored);
      if (kind === 'text') return { kind, stored, counts: new Map() };
      return null;
    });
  }

  /** Whether the first `rows` values of a column hold only what `addCodes` counts: integer codes 0–255 or missing (NaN). */
  static onlyCodes(rows: number, values: Float64Array): boolean {
    for (let r = 0; r < rows; r++) {
      const value = values[r]!;
      if (!(value >= 0 && value < CODES && (value | 0) === value) && !Number.isNaN(value)) return false;
    }
    return true;
  }

  /** Stops counting a column (a code column whose values turn out not to be codes). */
  stop(stored: number): void {
    this.columns[stored] = null;
  }

  /** Adds the values of one column of integer codes of a batch (one per row, NaN = missing), checked by `onlyCodes`. */
  addCodes(stored: number, rows: BatchRows, values: Float64Array): void {
    const column = this.columns[stored];
    if (column?.kind !== 'codes') return;
    column.reserve(rows.areas + 1);
    const { slots, weights } = rows;
    const local = column.local;
    let { counts, room } = column;
    for (let r = 0; r < rows.count; r++) {
      const value = values[r]!;
      const code = value === value ? value | 0 : MISSING_CODE;
      let index = local[code]!;
      if (index < 0) {
        index = column.add(code);
        ({ counts, room } = column);
      }
      const at = ((slots[r]! + 1) * room + index) * 3;
      counts[at]!++;
      if (!this.weighted) continue;
      const weight = weights[r]!;
      if (weight > 0) {
        counts[at + 1]!++;
        counts[at + 2]! += weight;
      }
    }
  }

  /** Adds one text column of a batch (`texts` row-major, `stride` values a row); as `addCodes`. */
  addTexts(stored: number, rows: BatchRows, texts: (string | null)[], index: number, stride: number): void {
    const column = this.columns[stored];
    if (column?.kind !== 'text') return;
    const { slots, weights } = rows;
    for (let r = 0; r < rows.count; r++) {
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

  /**
   * One counted column's entries: per area slot and value, its rows, usable rows and weight. Codes come
   * per slot in ascending order, missing last, so sums taken from them add up in the same order every time.
   */
  entries(stored: number): CategoryEntry[] {
    const column = this.columns[stored];
    const entries: CategoryEntry[] = [];
    if (column?.kind === 'codes') {
      const order = column.codes.map((code, local) => ({ code, local })).sort((a, b) => a.code - b.code);
      const { counts, room } = column;
      for (let slot = 0; slot < column.slots; slot++) {
        for (const { code, local } of order) {
          const at = (slot * room + local) * 3;
          if (counts[at]! === 0) continue;
          const rows = counts[at]!;
          const usable = this.weighted ? counts[at + 1]! : rows;
          const weight = this.weighted ? counts[at + 2]! : rows;
          entries.push({ slot, value: code === MISSING_CODE ? null : code, rows, usable, weight });
        }
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

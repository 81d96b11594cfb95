/**
 * Descriptives of one column, gathered while its values stream past: n, missing, and for numbers the
 * mean (compensated sum), min and max; distinct values and the most frequent ones for every column.
 * Counting distinct values in a map stops at a limit; past it, numbers are kept in a growing
 * Float64Array (sorted at the end) and text is counted by SQL afterwards, so memory stays bounded.
 */
const MAX_COUNTED_NUMBERS = 1000;
const MAX_COUNTED_TEXTS = 10_000;
export const TOP_VALUES = 10;

export interface TopValue {
  value: string;
  count: number;
}

export interface ColumnSummary {
  n: number;
  missing: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Null when the text values were too many to count here: the caller counts them in SQL. */
  distinct: number | null;
  top: TopValue[] | null;
}

/** Most frequent first; ties in the order the values are met (ascending, for sorted numbers). */
class TopList {
  readonly values: TopValue[] = [];

  offer(value: () => string, count: number): void {
    const list = this.values;
    if (list.length === TOP_VALUES && count <= list[list.length - 1]!.count) return;
    let at = list.length;
    while (at > 0 && list[at - 1]!.count < count) at--;
    list.splice(at, 0, { value: value(), count });
    if (list.length > TOP_VALUES) list.pop();
  }
}

function topOf(counts: Iterable<[string, number]>): TopValue[] {
  const top = new TopList();
  for (const [value, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) top.offer(() => value, count);
  return top.values;
}

/** Integer codes below this are counted in an array: Likert items and 0/1 answers need no map. */
const SMALL_CODES = 256;

export class NumberStatistics {
  private n = 0;
  private readonly small = new Float64Array(SMALL_CODES);
  private missing = 0;
  private sum = 0;
  private compensation = 0;
  private min = Infinity;
  private max = -Infinity;
  private counts: Map<number, number> | null = new Map();
  private all: Float64Array | null = null;

  add(value: number): void {
    if (Number.isNaN(value)) {
      this.missing++;
      return;
    }
    this.n++;
    // Neumaier summation: the mean of a million values stays exact to the last decimals.
    const t = this.sum + value;
    this.compensation += Math.abs(this.sum) >= Math.abs(value) ? this.sum - t + value : value - t + this.sum;
    this.sum = t;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    if (this.counts) {
      if (value >= 0 && value < SMALL_CODES && Number.isInteger(value)) {
        this.small[value]!++;
        return;
      }
      this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
      if (this.counts.size > MAX_COUNTED_NUMBERS) this.switchToArray();
    } else {
      if (this.n > this.all!.length) {
        const grown = new Float64Array(this.all!.length * 2);
        grown.set(this.all!);
        this.all = grown;
      }
      this.all![this.n - 1] = value;
    }
  }

  /** Every value counted so far, small codes included. */
  private counted(): Map<number, number> {
    const all = new Map(this.counts);
    this.small.forEach((count, value) => {
      if (count) all.set(value, count);
    });
    return all;
  }

  private switchToArray(): void {
    this.all = new Float64Array(Math.max(4096, this.n * 2));
    let i = 0;
    for (const [value, count] of this.counted()) for (let c = 0; c < count; c++) this.all[i++] = value;
    this.counts = null;
  }

  summary(): ColumnSummary {
    const base = { n: this.n, missing: this.missing, mean: this.n ? (this.sum + this.compensation) / this.n : null, min: this.n ? this.min : null, max: this.n ? this.max : null };
    if (this.counts) {
      const counted = this.counted();
      return { ...base, distinct: counted.size, top: topOf([...counted].map(([v, c]) => [String(v), c])) };
    }
    const sorted = this.all!.subarray(0, this.n).sort();
    let distinct = 0;
    const top = new TopList();
    for (let i = 0; i < sorted.length; ) {
      let j = i + 1;
      while (j < sorted.length && sorted[j] === sorted[i]) j++;
      distinct++;
      const value = sorted[i]!;
      top.offer(() => String(value), j - i);
      i = j;
    }
    this.all = null;
    return { ...base, distinct, top: top.values };
  }
}

export class TextStatistics {
  private n = 0;
  private missing = 0;
  private counts: Map<string, number> | null = new Map();

  add(value: string | null): void {
    if (value === null) {
      this.missing++;
      return;
    }
    this.n++;
    if (!this.counts) return;
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
    if (this.counts.size > MAX_COUNTED_TEXTS) this.counts = null;
  }

  summary(): ColumnSummary {
    const base = { n: this.n, missing: this.missing, mean: null, min: null, max: null };
    if (!this.counts) return { ...base, distinct: null, top: null };
    return { ...base, distinct: this.counts.size, top: topOf(this.counts) };
  }
}

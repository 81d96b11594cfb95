/**
 * Descriptives of one column, gathered while its values stream past: n, missing, and for numbers the
 * mean (compensated sum), min and max; distinct values and the most frequent ones for every column.
 * Numbers are counted in typed arrays within a memory budget shared by the columns of an import; text
 * is counted in a map up to a limit. Past those, the column is counted from the stored table afterwards,
 * so memory stays bounded however large and varied the file is.
 */
const MAX_COUNTED_TEXTS = 10_000;
export const TOP_VALUES = 10;

/**
 * The memory the number counts of one import may take together. When a column's counts would grow past
 * it, that column stops counting (its distinct values are counted from the stored table after the
 * insert): a file with many columns of unique values (measurements, coordinates) cannot make the
 * import's memory grow with it.
 */
export class CountBudget {
  constructor(private remaining: number) {}

  take(bytes: number): boolean {
    if (bytes > this.remaining) return false;
    this.remaining -= bytes;
    return true;
  }

  give(bytes: number): void {
    this.remaining += bytes;
  }
}

/** The budget of one import's statistics in each worker. */
export const COUNT_BUDGET_BYTES = 64 * 1024 * 1024;

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
  /** Null when the values were too many to count here: the caller counts them from the stored table. */
  distinct: number | null;
  top: TopValue[] | null;
}

/** Most frequent first; ties in the order the values are offered. */
export class TopList {
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
  for (const [value, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
    top.offer(() => value, count);
  return top.values;
}

/**
 * Counts of number values in an open-addressing hash table on typed arrays: a million distinct values
 * (incomes, ids) cost two flat arrays instead of a million map entries, and no sort at the end.
 */
class NumberCounts {
  private keys = new Float64Array(1024);
  private counts = new Int32Array(1024);
  private readonly bits = new Float64Array(1);
  private readonly halves = new Uint32Array(this.bits.buffer);
  size = 0;
  /** What the table has taken from the budget by growing. */
  charged = 0;

  constructor(private readonly budget: CountBudget) {}

  /** False when the table had to grow and the budget did not allow it (the value is counted all the same). */
  add(value: number, count = 1): boolean {
    const mask = this.keys.length - 1;
    let slot = this.hash(value) & mask;
    while (this.counts[slot]! !== 0 && this.keys[slot]! !== value) slot = (slot + 1) & mask;
    if (this.counts[slot]! === 0) {
      this.keys[slot] = value;
      if (++this.size * 2 > this.keys.length) {
        this.counts[slot] = count;
        return this.grow();
      }
    }
    this.counts[slot]! += count;
    return true;
  }

  /** Calls `visit` with every value and its count (a plain loop: a column may hold a million values). */
  forEach(visit: (value: number, count: number) => void): void {
    const { keys, counts } = this;
    for (let slot = 0; slot < keys.length; slot++) if (counts[slot]! > 0) visit(keys[slot]!, counts[slot]!);
  }

  private hash(value: number): number {
    this.bits[0] = value;
    return Math.imul(this.halves[0]! ^ Math.imul(this.halves[1]!, 0x9e3779b1), 0x85ebca6b) >>> 0;
  }

  /** Doubles the table, if the budget allows it. */
  private grow(): boolean {
    const { keys, counts } = this;
    const more = keys.byteLength + counts.byteLength;
    if (!this.budget.take(more)) return false;
    this.charged += more;
    this.keys = new Float64Array(keys.length * 2);
    this.counts = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (counts[i]! === 0) continue;
      let slot = this.hash(keys[i]!) & mask;
      while (this.counts[slot]! !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = keys[i]!;
      this.counts[slot] = counts[i]!;
    }
    return true;
  }
}

/**
 * Non-negative integers are counted in an array indexed by the value, cheaper than hashing: codes
 * (Likert items, 0/1) always, and up to a million (respondent numbers) while the array stays at most
 * a few times larger than the number of values seen. Values past it are hashed.
 */
const SMALL_CODES = 256;
const MAX_DENSE = 1 << 20;

const UNLIMITED = new CountBudget(Infinity);

export class NumberStatistics {
  private n = 0;
  private dense = new Int32Array(SMALL_CODES);
  /** Null once the budget stopped this column's counting. */
  private counts: NumberCounts | null;
  private missing = 0;
  private sum = 0;
  private compensation = 0;
  private min = Infinity;
  private max = -Infinity;

  constructor(private readonly budget = UNLIMITED) {
    this.counts = new NumberCounts(budget);
  }

  /** Adds `count` times the same value (several at once when they were counted elsewhere). */
  add(value: number, count = 1): void {
    if (Number.isNaN(value)) {
      this.missing += count;
      return;
    }
    this.n += count;
    // Neumaier summation: the mean of a million values stays exact to the last decimals.
    const term = count === 1 ? value : value * count;
    const t = this.sum + term;
    this.compensation += Math.abs(this.sum) >= Math.abs(term) ? this.sum - t + term : term - t + this.sum;
    this.sum = t;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    if (!this.counts) return;
    if (value >= 0 && (value | 0) === value && (value < this.dense.length || this.widen(value)))
      this.dense[value]! += count;
    else if (!this.counts.add(value, count)) this.stopCounting();
  }

  private stopCounting(): void {
    this.budget.give(this.counts!.charged + this.dense.byteLength - SMALL_CODES * Int32Array.BYTES_PER_ELEMENT);
    this.counts = null;
    this.dense = new Int32Array(0);
  }

  /** Makes the dense counts reach `value` if that is worth their memory; false when it is not. */
  private widen(value: number): boolean {
    let length = this.dense.length;
    while (length <= value) length *= 2;
    if (
      length > MAX_DENSE ||
      length > this.n * 4 ||
      !this.budget.take((length - this.dense.length) * Int32Array.BYTES_PER_ELEMENT)
    )
      return false;
    const wider = new Int32Array(length);
    wider.set(this.dense);
    this.dense = wider;
    return true;
  }

  summary(): ColumnSummary {
    const base = {
      n: this.n,
      missing: this.missing,
      mean: this.n ? (this.sum + this.compensation) / this.n : null,
      min: this.n ? this.min : null,
      max: this.n ? this.max : null,
    };
    if (!this.counts) return { ...base, distinct: null, top: null };
    const top: [number, number][] = [];
    // Most frequent first; ties in ascending order of value, so the list is the same on every run.
    const offer = (value: number, count: number) => {
      if (top.length === TOP_VALUES && !precedes(value, count, top[TOP_VALUES - 1]!)) return;
      let at = top.length;
      while (at > 0 && precedes(value, count, top[at - 1]!)) at--;
      top.splice(at, 0, [value, count]);
      if (top.length > TOP_VALUES) top.pop();
    };
    // A value hashed before the dense counts reached it is added to them first.
    const dense = this.dense.slice();
    let distinct = 0;
    this.counts.forEach((value, count) => {
      if (value >= 0 && (value | 0) === value && value < dense.length) dense[value]! += count;
      else {
        distinct++;
        offer(value, count);
      }
    });
    dense.forEach((count, value) => {
      if (count === 0) return;
      distinct++;
      offer(value, count);
    });
    return { ...base, distinct, top: top.map(([value, count]) => ({ value: String(value), count })) };
  }
}

function precedes(value: number, count: number, [otherValue, otherCount]: [number, number]): boolean {
  return count > otherCount || (count === otherCount && value < otherValue);
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

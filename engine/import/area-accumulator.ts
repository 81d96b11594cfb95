/**
 * Sums per area for every number column, gathered while rows are inserted: rows per area, and per
 * column the count of values, the sum of weights and the sum of weight × value. Scores read these
 * instead of scanning the table, so they follow a mapping change at once. Rows without an area code
 * are left out; with a weight column, rows without a positive weight are left out of the sums.
 */
/** The sums as they travel from the parse worker to the insert worker. */
export interface AreaSums {
  codes: string[];
  names: (string | null)[];
  rows: number[];
  /** Per area, per number column (area-major): values counted, sum of weights, sum of weight × value. */
  n: Float64Array;
  sumW: Float64Array;
  sumWx: Float64Array;
  columns: number;
}

export class AreaAccumulator {
  private readonly index = new Map<string, number>();
  readonly codes: string[] = [];
  readonly names: (string | null)[] = [];
  readonly rows: number[] = [];
  private n: Float64Array;
  private sumW: Float64Array;
  private sumWx: Float64Array;

  constructor(private readonly columns: number) {
    this.n = new Float64Array(64 * columns);
    this.sumW = new Float64Array(64 * columns);
    this.sumWx = new Float64Array(64 * columns);
  }

  /** Returns the area's slot, or -1 for a row without an area code. */
  area(code: string | null, name: string | null): number {
    if (code === null) return -1;
    let slot = this.index.get(code);
    if (slot === undefined) {
      slot = this.codes.length;
      this.index.set(code, slot);
      this.codes.push(code);
      this.names.push(name);
      this.rows.push(0);
      if ((slot + 1) * this.columns > this.n.length) this.grow();
    } else if (this.names[slot] === null && name !== null) {
      this.names[slot] = name;
    }
    this.rows[slot]!++;
    return slot;
  }

  /** Adds the values of one number column of a batch (one per row); `slots` from `area`, -1 for none. */
  addColumn(column: number, rows: number, slots: Int32Array, weights: Float64Array, values: Float64Array): void {
    const { n, sumW, sumWx } = this;
    for (let r = 0; r < rows; r++) {
      const slot = slots[r]!;
      const value = values[r]!;
      const weight = weights[r]!;
      if (slot < 0 || Number.isNaN(value) || !(weight > 0)) continue;
      const at = slot * this.columns + column;
      n[at]!++;
      sumW[at]! += weight;
      sumWx[at]! += weight * value;
    }
  }

  /** Adds sums gathered elsewhere (from counts per category) for one area and column. */
  addSums(slot: number, column: number, n: number, sumW: number, sumWx: number): void {
    const at = slot * this.columns + column;
    this.n[at]! += n;
    this.sumW[at]! += sumW;
    this.sumWx[at]! += sumWx;
  }

  sums(): AreaSums {
    const used = this.codes.length * this.columns;
    return {
      codes: this.codes,
      names: this.names,
      rows: this.rows,
      n: this.n.slice(0, used),
      sumW: this.sumW.slice(0, used),
      sumWx: this.sumWx.slice(0, used),
      columns: this.columns,
    };
  }

  private grow(): void {
    const size = this.n.length * 2;
    for (const key of ['n', 'sumW', 'sumWx'] as const) {
      const grown = new Float64Array(size);
      grown.set(this[key]);
      this[key] = grown;
    }
  }
}

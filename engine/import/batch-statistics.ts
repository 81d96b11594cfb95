import type { ImportColumn } from '../../shared/import/import-plan';
import { storedAsNumber } from '../../shared/import/stored-as-number';
import { AreaAccumulator, type AreaSums } from './area-accumulator';
import { AreaCategoryCounter, type AreaCategoryCounts } from './area-category-counter';
import { NumberStatistics, TextStatistics, type ColumnSummary } from './column-statistics';

/**
 * The descriptives of an import, gathered from its typed batches as they are stored: each column's
 * summary, and with an area code column the per-area sums of every number column and the per-area
 * counts of every category column, which scores and cross-tabs read instead of scanning the table.
 * Batches are walked column by column, so each inner loop works on one column's counters.
 *
 * A column of codes that is counted per area (a Likert item) is counted only there: its descriptives
 * and area sums follow from those counts at the end, or as soon as a value turns out not to be a code.
 */
export class BatchStatistics {
  private readonly numberStatistics: NumberStatistics[] = [];
  private readonly textStatistics: TextStatistics[] = [];
  /** For each stored column in the plan's order: whether it is a number, and its index among those. */
  private readonly stored: { number: boolean; index: number }[] = [];
  private readonly areas: AreaAccumulator | null;
  private readonly categories: AreaCategoryCounter | null;
  /** The stored columns that are categories, with where their value sits in a row. */
  private readonly categoryColumns: { stored: number; number: boolean; index: number }[] = [];
  private readonly areaText: number;
  private readonly areaNameText: number;
  private readonly weightNumber: number;
  /** Per number column: whether its statistics are still to be derived from the category counts. */
  private readonly derived: boolean[];
  private settled = false;
  private slots = new Int32Array(0);
  private weights = new Float64Array(0);

  /** `included`: the plan's stored columns, in order. */
  constructor(included: readonly ImportColumn[]) {
    let areaText = -1;
    let areaNameText = -1;
    let weightNumber = -1;
    for (const column of included) {
      if (storedAsNumber(column)) {
        if (column.role === 'weight') weightNumber = this.numberStatistics.length;
        this.stored.push({ number: true, index: this.numberStatistics.length });
        this.numberStatistics.push(new NumberStatistics());
      } else {
        if (column.role === 'area_code') areaText = this.textStatistics.length;
        if (column.role === 'area_name') areaNameText = this.textStatistics.length;
        this.stored.push({ number: false, index: this.textStatistics.length });
        this.textStatistics.push(new TextStatistics());
      }
    }
    this.areas = areaText >= 0 ? new AreaAccumulator(this.numberStatistics.length) : null;
    const kinds = included.map((c) => (c.role === 'area_code' || c.type !== 'category' ? null : c.ordinal ? ('codes' as const) : ('text' as const)));
    kinds.forEach((kind, stored) => {
      if (kind) this.categoryColumns.push({ stored, ...this.stored[stored]! });
    });
    this.categories = this.areas && this.categoryColumns.length > 0 ? new AreaCategoryCounter(kinds) : null;
    this.derived = this.numberStatistics.map(() => false);
    if (this.categories) for (const column of this.categoryColumns) if (column.number) this.derived[column.index] = true;
    this.areaText = areaText;
    this.areaNameText = areaNameText;
    this.weightNumber = weightNumber;
  }

  /** Adds a batch of `rows` rows: its number columns and its text cells (null = missing), each row-major. */
  add(rows: number, numbers: Float64Array, texts: (string | null)[]): void {
    const numberWidth = this.numberStatistics.length;
    const textWidth = this.textStatistics.length;
    for (let k = 0; k < numberWidth; k++) {
      if (this.derived[k] && !AreaCategoryCounter.onlyCodes(rows, numbers, k, numberWidth)) this.stopDeriving(k);
      if (this.derived[k]) continue;
      const statistics = this.numberStatistics[k]!;
      for (let r = 0; r < rows; r++) statistics.add(numbers[r * numberWidth + k]!);
    }
    for (let k = 0; k < textWidth; k++) {
      const statistics = this.textStatistics[k]!;
      for (let r = 0; r < rows; r++) statistics.add(texts[r * textWidth + k]!);
    }
    if (this.areas) this.addToAreas(rows, numbers, texts);
  }

  private addToAreas(rows: number, numbers: Float64Array, texts: (string | null)[]): void {
    const areas = this.areas!;
    const numberWidth = this.numberStatistics.length;
    const textWidth = this.textStatistics.length;
    if (this.slots.length < rows) {
      this.slots = new Int32Array(rows);
      this.weights = new Float64Array(rows);
    }
    const { slots, weights } = this;
    for (let r = 0; r < rows; r++) {
      const name = this.areaNameText >= 0 ? texts[r * textWidth + this.areaNameText]! : null;
      slots[r] = areas.area(texts[r * textWidth + this.areaText]!, name);
      weights[r] = this.weightNumber >= 0 ? numbers[r * numberWidth + this.weightNumber]! : 1;
    }
    for (let k = 0; k < numberWidth; k++) if (!this.derived[k]) areas.addColumn(k, rows, slots, weights, numbers, numberWidth);
    if (!this.categories) return;
    // Slot 0 holds the rows without an area code, so "missing as a category" is served too.
    for (const column of this.categoryColumns) {
      if (column.number && this.derived[column.index]) this.categories.addCodes(column.stored, rows, slots, weights, numbers, column.index, numberWidth);
      else this.categories.addTexts(column.stored, rows, slots, weights, texts, column.index, textWidth);
    }
  }

  /** Stops counting a code column per area, after taking what was counted so far into its statistics. */
  private stopDeriving(index: number): void {
    const stored = this.categoryColumns.find((c) => c.number && c.index === index)!.stored;
    this.derive(index, stored);
    this.categories!.stop(stored);
    this.derived[index] = false;
  }

  /** A code column's descriptives and area sums, from its counts per area and code. */
  private derive(index: number, stored: number): void {
    const statistics = this.numberStatistics[index]!;
    for (const entry of this.categories!.entries(stored)) {
      const value = entry.value === null ? NaN : (entry.value as number);
      statistics.add(value, entry.rows);
      // Slot 0 holds the rows without an area; the sums leave those out, as they leave out missing values.
      if (entry.slot > 0 && entry.value !== null && entry.usable > 0) this.areas!.addSums(entry.slot - 1, index, entry.usable, entry.weight, value * entry.weight);
    }
  }

  /** Derives the statistics of the code columns still counted per area; once, after the last batch. */
  private settle(): void {
    if (this.settled) return;
    this.settled = true;
    for (const column of this.categoryColumns) if (column.number && this.derived[column.index]) this.derive(column.index, column.stored);
  }

  /** Descriptives of every stored column, in the plan's order. */
  summaries(): ColumnSummary[] {
    this.settle();
    return this.stored.map((place) => (place.number ? this.numberStatistics[place.index]! : this.textStatistics[place.index]!).summary());
  }

  areaSums(): AreaSums | null {
    this.settle();
    return this.areas?.sums() ?? null;
  }

  areaCategoryCounts(): AreaCategoryCounts | null {
    return this.categories?.counts() ?? null;
  }
}

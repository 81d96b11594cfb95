import type { ImportColumn } from '../../shared/import/import-plan';
import { storedAsNumber } from '../../shared/import/stored-as-number';
import { AreaAccumulator, type AreaSums } from './area-accumulator';
import { AreaCategoryCounter, type AreaCategoryCounts } from './area-category-counter';
import { COUNT_BUDGET_BYTES, CountBudget, NumberStatistics, type ColumnSummary } from './column-statistics';

/**
 * Which stored columns this class summarises: the ordinal categories (Likert items) of a dataset with
 * an area code column, which it counts per area and code anyway. The parse worker summarises the rest.
 */
export function summarisedPerArea(included: readonly ImportColumn[]): boolean[] {
  const hasAreas = included.some((c) => c.role === 'area_code' && !storedAsNumber(c));
  return included.map(
    (c) => hasAreas && c.type === 'category' && c.ordinal && storedAsNumber(c) && c.role !== 'area_code',
  );
}

/**
 * What the insert worker gathers from the batches it stores, with an area code column: the per-area sums
 * of every number column and the per-area counts of every category column, which scores and cross-tabs
 * read instead of scanning the table. A batch holds each number column's values together, so each inner
 * loop reads one column in order and works on that column's counters.
 *
 * A column of codes counted per area (a Likert item) is counted only there: its descriptives and area
 * sums follow from those counts at the end, or as soon as a value turns out not to be a code (from then
 * on its values are added one by one).
 */
export class BatchStatistics {
  private readonly numberWidth: number;
  private readonly textWidth: number;
  /** Per number column: its descriptives, when this class summarises it. */
  private readonly numberStatistics: (NumberStatistics | null)[] = [];
  /** For each stored column in the plan's order: whether it is a number, and its index among those. */
  private readonly stored: { number: boolean; index: number }[] = [];
  private readonly areas: AreaAccumulator | null;
  private readonly categories: AreaCategoryCounter | null;
  /** The stored columns that are categories, with where their value sits in a row. */
  private readonly categoryColumns: { stored: number; number: boolean; index: number }[] = [];
  private readonly areaText: number;
  private readonly areaNameText: number;
  private readonly weightNumber: number;
  /** Per number column: whether its descriptives and area sums are still to be derived from the category counts. */
  private readonly derived: boolean[] = [];
  private settled = false;
  private slots = new Int32Array(0);
  private weights = new Float64Array(0);

  /** `included`: the plan's stored columns, in order. */
  constructor(included: readonly ImportColumn[]) {
    const perArea = summarisedPerArea(included);
    const budget = new CountBudget(COUNT_BUDGET_BYTES);
    let numbers = 0;
    let texts = 0;
    let areaText = -1;
    let areaNameText = -1;
    let weightNumber = -1;
    included.forEach((column, position) => {
      if (storedAsNumber(column)) {
        if (column.role === 'weight') weightNumber = numbers;
        this.stored.push({ number: true, index: numbers++ });
        this.numberStatistics.push(perArea[position] ? new NumberStatistics(budget) : null);
        this.derived.push(perArea[position]!);
      } else {
        if (column.role === 'area_code') areaText = texts;
        if (column.role === 'area_name') areaNameText = texts;
        this.stored.push({ number: false, index: texts++ });
      }
    });
    this.numberWidth = numbers;
    this.textWidth = texts;
    this.areas = areaText >= 0 ? new AreaAccumulator(numbers) : null;
    const kinds = included.map((c) =>
      c.role === 'area_code' || c.type !== 'category' ? null : c.ordinal ? ('codes' as const) : ('text' as const),
    );
    kinds.forEach((kind, stored) => {
      if (kind) this.categoryColumns.push({ stored, ...this.stored[stored]! });
    });
    this.categories =
      this.areas && this.categoryColumns.length > 0 ? new AreaCategoryCounter(kinds, weightNumber >= 0) : null;
    this.areaText = areaText;
    this.areaNameText = areaNameText;
    this.weightNumber = weightNumber;
  }

  /**
   * Adds a batch of `rows` rows: its number columns one after the other (`numbers[column × rows + row]`),
   * and its text cells (null = missing) row-major.
   */
  add(rows: number, numbers: Float64Array, texts: (string | null)[]): void {
    const areas = this.areas;
    if (!areas) return;
    const { numberWidth, textWidth } = this;
    const column = (k: number) => numbers.subarray(k * rows, (k + 1) * rows);
    for (let k = 0; k < numberWidth; k++) {
      if (this.derived[k] && !AreaCategoryCounter.onlyCodes(rows, column(k))) this.stopDeriving(k);
      const statistics = this.numberStatistics[k];
      if (this.derived[k] || !statistics) continue;
      const values = column(k);
      for (let r = 0; r < rows; r++) statistics.add(values[r]!);
    }
    if (this.slots.length < rows) {
      this.slots = new Int32Array(rows);
      this.weights = new Float64Array(rows);
    }
    const { slots, weights } = this;
    const weightValues = this.weightNumber >= 0 ? column(this.weightNumber) : null;
    for (let r = 0; r < rows; r++) {
      const name = this.areaNameText >= 0 ? texts[r * textWidth + this.areaNameText]! : null;
      slots[r] = areas.area(texts[r * textWidth + this.areaText]!, name);
      weights[r] = weightValues ? weightValues[r]! : 1;
    }
    for (let k = 0; k < numberWidth; k++) if (!this.derived[k]) areas.addColumn(k, rows, slots, weights, column(k));
    if (!this.categories) return;
    const batch = { count: rows, slots, weights, areas: areas.codes.length };
    // Slot 0 holds the rows without an area code, so "missing as a category" is served too.
    for (const category of this.categoryColumns) {
      if (category.number && this.derived[category.index])
        this.categories.addCodes(category.stored, batch, column(category.index));
      else if (!category.number) this.categories.addTexts(category.stored, batch, texts, category.index, textWidth);
    }
  }

  /** Stops counting a code column per area, after taking what was counted so far into its descriptives and sums. */
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
      if (entry.slot > 0 && entry.value !== null && entry.usable > 0)
        this.areas!.addSums(entry.slot - 1, index, entry.usable, entry.weight, value * entry.weight);
    }
  }

  /** Derives what is still to be derived from the counts; once, after the last batch. */
  private settle(): void {
    if (this.settled) return;
    this.settled = true;
    for (const column of this.categoryColumns)
      if (column.number && this.derived[column.index]) this.derive(column.index, column.stored);
  }

  /** Per stored column in the plan's order: its descriptives, or null for a column the parse worker summarises. */
  summaries(): (ColumnSummary | null)[] {
    this.settle();
    return this.stored.map((place) => (place.number ? (this.numberStatistics[place.index]?.summary() ?? null) : null));
  }

  areaSums(): AreaSums | null {
    this.settle();
    return this.areas?.sums() ?? null;
  }

  areaCategoryCounts(): AreaCategoryCounts | null {
    return this.categories?.counts() ?? null;
  }
}

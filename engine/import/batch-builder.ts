import { parseAreaCode } from '../../shared/import/area-codes';
import { cellReader, INVALID, type CellReader } from '../../shared/import/cell-reader';
import type { ImportPlan, InvalidCells } from '../../shared/import/import-plan';
import { storedAsNumber } from '../../shared/import/stored-as-number';
import { AreaAccumulator, type AreaSums } from './area-accumulator';
import { AreaCategoryCounter, type AreaCategoryCounts } from './area-category-counter';
import { NumberStatistics, TextStatistics, type ColumnSummary } from './column-statistics';
import type { BatchMessage } from './import-messages';

export const BATCH_ROWS = 4096;
const MAX_INVALID_EXAMPLES = 10;

/**
 * Turns records of raw fields into typed batches, as the plan says: included columns only, number
 * columns apart from the rest, rows outside the chosen area level or municipality left out. On the
 * way it gathers each column's descriptives and the per-area sums, so the insert worker (the slower
 * of the two threads) only inserts.
 */
export class BatchBuilder {
  private readonly numberSources: number[] = [];
  private readonly numberReaders: CellReader[] = [];
  private readonly numberStatistics: NumberStatistics[] = [];
  private readonly textSources: number[] = [];
  private readonly textReaders: CellReader[] = [];
  private readonly textStatistics: TextStatistics[] = [];
  /** For each stored column in the plan's order: whether it is a number, and its index among those. */
  private readonly stored: { number: boolean; index: number }[] = [];
  private readonly invalidByColumn = new Map<number, InvalidCells>();
  private readonly areaSource: number | null;
  private readonly areas: AreaAccumulator | null;
  private readonly categories: AreaCategoryCounter | null;
  /** The stored columns that are categories, with where their value sits in a row. */
  private readonly categoryColumns: { stored: number; number: boolean; index: number }[] = [];
  private readonly areaText: number;
  private readonly areaNameText: number;
  private readonly weightNumber: number;
  private numbers: Float64Array;
  private texts: (string | null)[] = [];
  private rows = 0;
  filteredRows = 0;

  constructor(
    private readonly plan: ImportPlan,
    private readonly emit: (batch: BatchMessage) => void,
  ) {
    let areaText = -1;
    let areaNameText = -1;
    let weightNumber = -1;
    for (const column of plan.columns) {
      if (!column.include) continue;
      if (storedAsNumber(column)) {
        if (column.role === 'weight') weightNumber = this.numberSources.length;
        this.stored.push({ number: true, index: this.numberSources.length });
        this.numberSources.push(column.source);
        this.numberReaders.push(cellReader(column));
        this.numberStatistics.push(new NumberStatistics());
      } else {
        if (column.role === 'area_code') areaText = this.textSources.length;
        if (column.role === 'area_name') areaNameText = this.textSources.length;
        this.stored.push({ number: false, index: this.textSources.length });
        this.textSources.push(column.source);
        this.textReaders.push(cellReader(column));
        this.textStatistics.push(new TextStatistics());
      }
    }
    const area = plan.columns.find((c) => c.role === 'area_code');
    this.areaSource = plan.areaLevel || plan.municipality ? (area?.source ?? null) : null;
    this.areas = areaText >= 0 ? new AreaAccumulator(this.numberSources.length) : null;
    const included = plan.columns.filter((c) => c.include);
    const kinds = included.map((c) => (c.role === 'area_code' || c.type !== 'category' ? null : c.ordinal ? ('codes' as const) : ('text' as const)));
    kinds.forEach((kind, stored) => {
      if (kind) this.categoryColumns.push({ stored, ...this.stored[stored]! });
    });
    this.categories = this.areas && this.categoryColumns.length > 0 ? new AreaCategoryCounter(kinds) : null;
    this.areaText = areaText;
    this.areaNameText = areaNameText;
    this.weightNumber = weightNumber;
    this.numbers = new Float64Array(BATCH_ROWS * this.numberSources.length);
  }

  /** Adds one record; `line` is where it starts in the file, for reporting invalid cells. */
  add(fields: readonly string[], line: number): void {
    if (this.areaSource !== null && !this.inArea(fields[this.areaSource] ?? '')) {
      this.filteredRows++;
      return;
    }
    const numberBase = this.rows * this.numberSources.length;
    for (let k = 0; k < this.numberSources.length; k++) {
      const raw = fields[this.numberSources[k]!] ?? '';
      const read = this.numberReaders[k]!(raw);
      if (read === INVALID) this.recordInvalid(this.numberSources[k]!, line, raw);
      const value = typeof read === 'number' ? read : NaN;
      this.numbers[numberBase + k] = value;
      this.numberStatistics[k]!.add(value);
    }
    const textBase = this.texts.length;
    for (let k = 0; k < this.textSources.length; k++) {
      const raw = fields[this.textSources[k]!] ?? '';
      const read = this.textReaders[k]!(raw);
      if (read === INVALID) this.recordInvalid(this.textSources[k]!, line, raw);
      const value = read === INVALID ? null : (read as string | null);
      this.texts.push(value);
      this.textStatistics[k]!.add(value);
    }
    if (this.areas) this.addToArea(numberBase, textBase);
    if (++this.rows === BATCH_ROWS) this.flush();
  }

  private addToArea(numberBase: number, textBase: number): void {
    const areas = this.areas!;
    const name = this.areaNameText >= 0 ? this.texts[textBase + this.areaNameText]! : null;
    const slot = areas.area(this.texts[textBase + this.areaText]!, name);
    const weight = this.weightNumber >= 0 ? this.numbers[numberBase + this.weightNumber]! : 1;
    if (this.categories) {
      // Slot 0 holds the rows without an area code, so "missing as a category" is served too.
      for (const column of this.categoryColumns) {
        const value = column.number ? this.numbers[numberBase + column.index]! : this.texts[textBase + column.index]!;
        this.categories.add(column.stored, slot + 1, value, weight);
      }
    }
    if (slot < 0) return;
    for (let k = 0; k < this.numberSources.length; k++) areas.add(slot, k, this.numbers[numberBase + k]!, weight);
  }

  areaCategoryCounts(): AreaCategoryCounts | null {
    return this.categories?.counts() ?? null;
  }

  /** Descriptives of every stored column, in the plan's order. */
  summaries(): ColumnSummary[] {
    return this.stored.map((place) => (place.number ? this.numberStatistics[place.index]! : this.textStatistics[place.index]!).summary());
  }

  areaSums(): AreaSums | null {
    return this.areas?.sums() ?? null;
  }

  flush(): void {
    if (this.rows === 0) return;
    const numbers = this.rows === BATCH_ROWS ? this.numbers : this.numbers.slice(0, this.rows * this.numberSources.length);
    this.emit({ type: 'batch', rows: this.rows, numbers, texts: this.texts });
    this.numbers = new Float64Array(BATCH_ROWS * this.numberSources.length);
    this.texts = [];
    this.rows = 0;
  }

  invalid(): InvalidCells[] {
    return [...this.invalidByColumn.values()];
  }

  private inArea(raw: string): boolean {
    const area = parseAreaCode(raw);
    if (!area) return false;
    if (this.plan.areaLevel && area.level !== this.plan.areaLevel) return false;
    return !this.plan.municipality || area.municipalityCode === this.plan.municipality;
  }

  private recordInvalid(source: number, line: number, value: string): void {
    let entry = this.invalidByColumn.get(source);
    if (!entry) {
      entry = { column: this.plan.columns.find((c) => c.source === source)?.name ?? String(source), count: 0, examples: [] };
      this.invalidByColumn.set(source, entry);
    }
    entry.count++;
    if (entry.examples.length < MAX_INVALID_EXAMPLES) entry.examples.push({ line, value });
  }
}

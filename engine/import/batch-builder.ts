import { normalizeAreaCode, parseAreaCode } from '../../shared/import/area-codes';
import { cellReader, INVALID, type CellReader } from '../../shared/import/cell-reader';
import type { ImportPlan, InvalidCells } from '../../shared/import/import-plan';
import { storedAsNumber } from '../../shared/import/stored-as-number';
import { summarisedPerArea } from './batch-statistics';
import {
  COUNT_BUDGET_BYTES,
  CountBudget,
  NumberStatistics,
  TextStatistics,
  type ColumnSummary,
} from './column-statistics';
import type { BatchMessage } from './import-worker-protocol';
import { TextCoder } from './text-codes';

export const BATCH_ROWS = 2048;
const MAX_INVALID_EXAMPLES = 10;

/**
 * Turns records of raw fields into typed batches, as the plan says: included columns only, number
 * columns apart from the rest, rows outside the chosen area level, municipality or kept value left out. Cells that
 * do not fit their column's type become missing and are reported with their lines. On the way it gathers
 * the descriptives of every column but those the insert worker counts per area (see BatchStatistics).
 */
export class BatchBuilder {
  private readonly numberSources: number[] = [];
  private readonly numberReaders: CellReader[] = [];
  private readonly textSources: number[] = [];
  private readonly textReaders: CellReader[] = [];
  private readonly numberStatistics: (NumberStatistics | null)[] = [];
  private readonly textStatistics: TextStatistics[] = [];
  /** For each stored column in the plan's order: its descriptives, null where the insert worker gathers them. */
  private readonly stored: (NumberStatistics | TextStatistics | null)[] = [];
  private readonly invalidByColumn = new Map<number, InvalidCells>();
  private readonly areaSource: number | null;
  /** The column whose value a row must have to be kept (`plan.keep`), or null. */
  private readonly keepSource: number | null;
  private readonly coder: TextCoder;
  private numbers: Float64Array;
  /** Number arrays of earlier batches, returned by the insert worker to be filled again (see `reuse`). */
  private readonly spare: Float64Array[] = [];
  private texts: Int32Array;
  private added: string[] = [];
  private inline: string[] = [];
  private rows = 0;
  filteredRows = 0;
  /** Lines of an area file that repeat an earlier line of the same area field for field: stored once. */
  readonly duplicateLines: number[] = [];
  /** Per area code, its first line's fields, for an area dataset (see `duplicateLines`). */
  private readonly areaRows: Map<string, string> | null;
  private readonly areaColumn: number | null;

  constructor(
    private readonly plan: ImportPlan,
    private readonly emit: (batch: Omit<BatchMessage, 'kib'>) => void,
  ) {
    const included = plan.columns.filter((c) => c.include);
    const perArea = summarisedPerArea(included);
    const budget = new CountBudget(COUNT_BUDGET_BYTES);
    included.forEach((column, position) => {
      if (storedAsNumber(column)) {
        this.numberSources.push(column.source);
        this.numberReaders.push(cellReader(column));
        const statistics = perArea[position] ? null : new NumberStatistics(budget);
        this.numberStatistics.push(statistics);
        this.stored.push(statistics);
      } else {
        this.textSources.push(column.source);
        this.textReaders.push(cellReader(column));
        const statistics = new TextStatistics();
        this.textStatistics.push(statistics);
        this.stored.push(statistics);
      }
    });
    const area = plan.columns.find((c) => c.role === 'area_code');
    this.areaSource = plan.areaLevel || plan.municipality ? (area?.source ?? null) : null;
    this.keepSource = plan.keep ? (plan.columns.find((c) => c.name === plan.keep!.column)?.source ?? null) : null;
    this.areaColumn = plan.kind === 'area' ? (area?.source ?? null) : null;
    this.areaRows = this.areaColumn === null ? null : new Map();
    this.coder = new TextCoder(this.textSources.length);
    this.numbers = new Float64Array(BATCH_ROWS * this.numberSources.length);
    this.texts = new Int32Array(BATCH_ROWS * this.textSources.length);
  }

  /** Adds one record; `line` is where it starts in the file, for reporting invalid cells. */
  add(fields: readonly string[], line: number): void {
    const kept = this.keepSource === null || (fields[this.keepSource] ?? '').trim() === this.plan.keep!.value;
    if (!kept || (this.areaSource !== null && !this.inArea(fields[this.areaSource] ?? ''))) {
      this.filteredRows++;
      return;
    }
    if (this.areaRows && this.isDuplicate(fields)) {
      this.duplicateLines.push(line);
      return;
    }
    for (let k = 0, at = this.rows; k < this.numberSources.length; k++, at += BATCH_ROWS) {
      const raw = fields[this.numberSources[k]!] ?? '';
      const read = this.numberReaders[k]!(raw);
      if (read === INVALID) this.recordInvalid(this.numberSources[k]!, line, raw);
      this.numbers[at] = typeof read === 'number' ? read : NaN;
    }
    const textBase = this.rows * this.textSources.length;
    for (let k = 0; k < this.textSources.length; k++) {
      const raw = fields[this.textSources[k]!] ?? '';
      const read = this.textReaders[k]!(raw);
      if (read === INVALID) this.recordInvalid(this.textSources[k]!, line, raw);
      const value = read === INVALID ? null : (read as string | null);
      this.textStatistics[k]!.add(value);
      this.texts[textBase + k] = this.coder.code(k, value, this.added, this.inline);
    }
    if (++this.rows === BATCH_ROWS) this.flush();
  }

  flush(): void {
    if (this.rows === 0) return;
    const width = this.numberSources.length;
    for (let k = 0; k < width; k++) {
      const statistics = this.numberStatistics[k];
      if (statistics) for (let r = 0, at = k * BATCH_ROWS; r < this.rows; r++, at++) statistics.add(this.numbers[at]!);
    }
    const full = this.rows === BATCH_ROWS;
    const numbers = full ? this.numbers : new Float64Array(this.rows * width);
    if (!full)
      for (let k = 0; k < width; k++)
        numbers.set(this.numbers.subarray(k * BATCH_ROWS, k * BATCH_ROWS + this.rows), k * this.rows);
    const texts = full ? this.texts : this.texts.slice(0, this.rows * this.textSources.length);
    this.emit({ type: 'batch', rows: this.rows, numbers, texts, added: this.added, inline: this.inline });
    this.numbers = this.spare.pop() ?? new Float64Array(BATCH_ROWS * this.numberSources.length);
    this.texts = new Int32Array(BATCH_ROWS * this.textSources.length);
    this.added = [];
    this.inline = [];
    this.rows = 0;
  }

  /**
   * Takes back a batch's number array to fill again: a wide file's batches are megabytes each, and
   * fresh memory costs the system a page fault per 4 KiB. Every cell of a row is written as it is added,
   * so the old values need no clearing.
   */
  reuse(numbers: Float64Array): void {
    if (numbers.length === BATCH_ROWS * this.numberSources.length) this.spare.push(numbers);
  }

  /** Per stored column in the plan's order: its descriptives, or null for a column the insert worker summarises. */
  summaries(): (ColumnSummary | null)[] {
    return this.stored.map((statistics) => statistics?.summary() ?? null);
  }

  invalid(): InvalidCells[] {
    return [...this.invalidByColumn.values()];
  }

  /** An area file's line that says again, field for field, what an earlier line of its area said (real GGD exports have them). */
  private isDuplicate(fields: readonly string[]): boolean {
    const code = normalizeAreaCode(fields[this.areaColumn!] ?? '') ?? (fields[this.areaColumn!] ?? '').trim();
    const line = fields.join('\u0000');
    const first = this.areaRows!.get(code);
    if (first === undefined) this.areaRows!.set(code, line);
    return first === line;
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
      entry = {
        column: this.plan.columns.find((c) => c.source === source)?.name ?? String(source),
        count: 0,
        examples: [],
      };
      this.invalidByColumn.set(source, entry);
    }
    entry.count++;
    if (entry.examples.length < MAX_INVALID_EXAMPLES) entry.examples.push({ line, value });
  }
}

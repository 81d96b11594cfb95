import { z } from 'zod';
import { MunicipalityCodeSchema } from './area-codes';
import type { CellValue } from './cell-reader';
import type { LocalizedText } from '../contract/result';
import type { ColumnInference } from './infer-column';
import type { RepeatedAreas } from './repeated-areas';

/**
 * What an import does, fully spelled out: detected settings with the user's choices applied. It is
 * stored in the import log, so the same import can be repeated on next year's file.
 */

export const EncodingSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']);
export const DelimiterSchema = z.enum([';', ',', '\t', '|']);
export const QuoteSchema = z.enum(['"', "'"]);
export const DecimalMarkSchema = z.enum([',', '.']);
export const ColumnTypeSchema = z.enum(['number', 'category', 'text', 'date']);
export const ColumnRoleSchema = z.enum(['id', 'area_code', 'area_name', 'weight']);
export const AreaLevelSchema = z.enum(['gemeente', 'wijk', 'buurt']);
export const ImportKindSchema = z.enum(['survey', 'area']);

export const ImportColumnSchema = z.object({
  /** Field index in the file (0-based). */
  source: z.number().int().min(0),
  name: z.string().trim().min(1),
  label: z.string().nullable().default(null),
  type: ColumnTypeSchema,
  /**
   * A category of integer codes with an order (a Likert item, 0/1): stored as numbers, so means and
   * scores can use it, with its value labels beside it (as SPSS keeps a numeric variable with labels).
   */
  ordinal: z.boolean().default(false),
  role: ColumnRoleSchema.nullable().default(null),
  decimalMark: DecimalMarkSchema.default(','),
  missingCodes: z.array(z.string()).default([]),
  /** Value → label, e.g. { "1": "helemaal mee oneens", …, "5": "helemaal mee eens" }. */
  valueLabels: z.record(z.string(), z.string()).default({}),
  include: z.boolean().default(true),
});
export type ImportColumn = z.infer<typeof ImportColumnSchema>;

export const KeepRowsSchema = z.object({ column: z.string().trim().min(1), value: z.string().trim() });
export type KeepRows = z.infer<typeof KeepRowsSchema>;

export const SourceFormatSchema = z.discriminatedUnion('format', [
  z.object({
    format: z.literal('csv'),
    encoding: EncodingSchema,
    delimiter: DelimiterSchema,
    quote: QuoteSchema,
    hasHeader: z.boolean(),
  }),
  z.object({
    format: z.literal('xlsx'),
    sheet: z.string(),
    hasHeader: z.boolean(),
  }),
]);
export type SourceFormat = z.infer<typeof SourceFormatSchema>;

export const ImportPlanSchema = z.object({
  file: z.string().trim().min(1),
  name: z.string().trim().min(1),
  kind: ImportKindSchema,
  source: SourceFormatSchema,
  columns: z.array(ImportColumnSchema).min(1),
  /** A row whose field count differs from the header's is skipped (and listed) instead of an error. */
  skipBadRows: z.boolean().default(false),
  /** Keep only rows whose area code is of this level (CBS files mix GM, WK and BU rows). */
  areaLevel: AreaLevelSchema.nullable().default(null),
  /** Keep only rows whose area lies in this municipality (GM code). */
  municipality: MunicipalityCodeSchema.nullable().default(null),
  /** Keep only rows with this value in this column: one year of a long area file (see repeated-areas.ts). */
  keep: KeepRowsSchema.nullable().default(null),
});
export type ImportPlan = z.infer<typeof ImportPlanSchema>;

/** The user's choices on top of detection; every field is optional (the CLI's flags, the wizard's edits). */
export const ImportChoicesSchema = z.object({
  file: z.string().trim().min(1),
  name: z.string().trim().min(1).optional(),
  kind: ImportKindSchema.optional(),
  encoding: EncodingSchema.optional(),
  delimiter: DelimiterSchema.optional(),
  quote: QuoteSchema.optional(),
  hasHeader: z.boolean().optional(),
  decimalMark: DecimalMarkSchema.optional(),
  /** Extra missing codes for every column. */
  missingCodes: z.array(z.string()).optional(),
  sheet: z.string().optional(),
  idColumn: z.string().optional(),
  areaColumn: z.string().optional(),
  areaNameColumn: z.string().optional(),
  weightColumn: z.string().optional(),
  skipBadRows: z.boolean().optional(),
  areaLevel: AreaLevelSchema.nullable().optional(),
  municipality: MunicipalityCodeSchema.nullable().optional(),
  keep: KeepRowsSchema.nullable().optional(),
  /** Per column (by its name after import), changes to what detection chose. */
  columns: z
    .record(
      z.string(),
      z.object({
        name: z.string().trim().min(1).optional(),
        label: z.string().nullable().optional(),
        type: ColumnTypeSchema.optional(),
        ordinal: z.boolean().optional(),
        role: ColumnRoleSchema.nullable().optional(),
        decimalMark: DecimalMarkSchema.optional(),
        missingCodes: z.array(z.string()).optional(),
        valueLabels: z.record(z.string(), z.string()).optional(),
        include: z.boolean().optional(),
      }),
    )
    .optional(),
});
export type ImportChoices = z.infer<typeof ImportChoicesSchema>;

export const DetectedSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().nullable(),
  bom: z.boolean(),
  delimiter: DelimiterSchema.nullable(),
  quote: z.string().nullable(),
  lineEnding: z.string().nullable(),
  hasHeader: z.boolean(),
  sheets: z.array(z.string()),
});
/** What detection found, kept in the import log beside the plan that was used. */
export type Detected = z.infer<typeof DetectedSchema>;

export interface ImportPreview {
  plan: ImportPlan;
  detected: Detected;
  fileSize: number;
  /** What detection found per column in the sample (before the user's choices). */
  inferred: ColumnInference[];
  /** The first rows as they will be stored, column by column as in `plan.columns`; cells that do not fit show their raw text as `{ invalid }`. */
  rows: { line: number; cells: (CellValue | { invalid: string })[] }[];
  warnings: LocalizedText[];
  /** For an area dataset: codes on more than one row of the sample (after `keep`), and the column that tells them apart. */
  repeatedAreas: RepeatedAreas | null;
}

export interface InvalidCells {
  column: string;
  count: number;
  /** The first few, with their line in the file. */
  examples: { line: number; value: string }[];
}

/** A column worth a word after the import: it holds nothing, or one value only (in the whole file). */
export interface ColumnNote {
  column: string;
  kind: 'empty' | 'one_value';
  /** The one value. */
  value: string | null;
}

export interface ImportSummary {
  datasetId: number;
  rows: number;
  skippedLines: number[];
  filteredRows: number;
  /** Lines of an area dataset that repeat an earlier line of their area field for field, and are stored once. */
  duplicateLines: number[];
  invalid: InvalidCells[];
  columnNotes: ColumnNote[];
  sha256: string;
}

export interface ImportProgress {
  rows: number;
  /** 0–100, or null where the size is not known ahead (Excel). */
  percent: number | null;
  rowsPerSecond: number;
  elapsedSeconds: number;
  /** Every row is stored; the descriptives, area figures and import log are being written. */
  finishing: boolean;
}

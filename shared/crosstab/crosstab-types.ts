import { z } from 'zod';
import { expecting } from '../contract/request-issues';
import type { AreaLevel } from '../import/area-codes';
import type { CountUnit, PublicationRule } from '../units/count-unit';

/**
 * Cross-tabulation: the request (which variables, binned how, weighted by what) and the tables the engine
 * answers with. Everything a view shows is in the answer, so the UI computes nothing itself.
 */

export const CategoryOrderSchema = z.enum(['value', 'label', 'frequency']);
/** `value`: numbers numerically, text as Dutch sorts it; `label`: by shown label; `frequency`: largest total first. */
export type CategoryOrder = z.infer<typeof CategoryOrderSchema>;

/**
 * Cut points for a number, rising. [90, 110] gives "< 90", "90–110", "> 110": below the first cut point;
 * from one cut point up to (not including) the next, except that the last of these bins includes its top;
 * above the last cut point, so "> 110" means strictly above 110, as its label says. [18, 30, 65] gives
 * "< 18", "18–30" (18 ≤ x < 30), "30–65" (30 ≤ x ≤ 65), "> 65". One cut point [65]: "< 65", "≥ 65".
 */
export const BinsSchema = z
  .array(z.number().finite())
  .min(1)
  .max(50)
  .refine((cuts) => cuts.every((cut, i) => i === 0 || cut > cuts[i - 1]!), { error: expecting('rising_cut_points') });

export const VariableSpecSchema = z
  .object({
    variable: z.string().trim().min(1),
    bins: BinsSchema.nullable().default(null),
    order: CategoryOrderSchema.default('value'),
  })
  .strict();
export type VariableSpec = z.infer<typeof VariableSpecSchema>;

export const MissingModeSchema = z.enum(['exclude', 'category']);
/** `exclude`: rows with a missing value are left out and counted; `category`: missing is a category of its own. */
export type MissingMode = z.infer<typeof MissingModeSchema>;

export const CrosstabAudienceSchema = z.enum(['researcher', 'partner']);
/** `partner`: figures below the publication threshold (and those that would give them away) are left out. */
export type CrosstabAudience = z.infer<typeof CrosstabAudienceSchema>;

const CrosstabFields = {
  dataset: z.string().trim().min(1),
  rows: VariableSpecSchema,
  cols: VariableSpecSchema,
  /** One table per category of the layer variable. */
  layer: VariableSpecSchema.nullable().default(null),
  /** A variable that passes `weightProblem`; rows with a missing or zero weight are left out (as SPSS does). */
  weight: z.string().trim().min(1).nullable().default(null),
  missing: MissingModeSchema.default('exclude'),
  /** Language of labels, notes and warnings; default: the language chosen in the app. */
  language: z.enum(['nl', 'en']).optional(),
};

export const CrosstabRequestSchema = z
  .object({ ...CrosstabFields, audience: CrosstabAudienceSchema.default('researcher') })
  .strict();
export type CrosstabRequest = z.infer<typeof CrosstabRequestSchema>;

/** `count` is weighted in a weighted table; `unweighted` is the number of rows (the result's `unit`). */
export const CrosstabMeasureSchema = z.enum([
  'count',
  'unweighted',
  'rowPercent',
  'colPercent',
  'totalPercent',
  'expected',
  'residual',
  'adjustedResidual',
]);
export type CrosstabMeasure = z.infer<typeof CrosstabMeasureSchema>;

/** What an export holds per cell; one measure gives a plain table, more give a line per measure. */
const Measures = z.array(CrosstabMeasureSchema).min(1).default(['count']);

/** Exports are partner-facing: they always leave out what the publication threshold hides. */
export const CrosstabFileExportSchema = z
  .object({
    ...CrosstabFields,
    /** `csv-nl`: UTF-8 with BOM, `;`, decimal comma, CRLF (Dutch Excel); `csv`: `,` and decimal point. */
    format: z.enum(['csv-nl', 'csv', 'xlsx']),
    path: z.string().trim().min(1),
    overwrite: z.boolean().default(false),
    measures: Measures,
  })
  .strict();
export type CrosstabFileExport = z.infer<typeof CrosstabFileExportSchema>;

/** Tab-separated text for the clipboard, with the decimal mark of the language. */
export const CrosstabTextExportSchema = z
  .object({ ...CrosstabFields, format: z.literal('tsv').default('tsv'), measures: Measures })
  .strict();
export type CrosstabTextExport = z.infer<typeof CrosstabTextExportSchema>;

export interface CrosstabVariable {
  name: string;
  label: string | null;
  bins: number[] | null;
}

export interface CrosstabCategory {
  /** The stored value (text or number); a bin's index for a binned number; null for the missing category. */
  value: string | number | null;
  /** The value label from the variable view, the area's name, a bin's range, or the value itself. */
  label: string;
  missing: boolean;
}

/** Why a figure is hidden: below the threshold itself (shown as "<10"), or to protect such a figure ("*"). */
export type SuppressionMark = 'threshold' | 'secondary' | null;

export interface CrosstabMargin {
  /** Weighted when the table is weighted. */
  count: number | null;
  /** Rows (respondents or areas, as the result's `unit` says), whatever the weight. */
  unweighted: number | null;
  /** Of the table's total. */
  percent: number | null;
  suppressed: SuppressionMark;
}

export interface CrosstabStatistics {
  /** Pearson's X², from the (weighted) counts, over the rows and columns that have any. */
  chiSquare: number;
  df: number;
  /** Upper tail, accurate down to about 1e-300; 0 means smaller than that (shown as "< 1e-300"). */
  p: number;
  /** G² = 2 Σ o ln(o / e). */
  likelihoodRatio: number;
  lrP: number;
  /** Fisher's exact test, two-sided, for a 2 × 2 table (from counts rounded to whole numbers). */
  fisherP: number | null;
  cramersV: number;
  /** For a 2 × 2 table: (ad − bc) / √(row and column totals multiplied), signed as SPSS shows it. */
  phi: number | null;
  minExpected: number;
  /** Share (0–1) of cells with an expected count below 5. */
  lowExpectedShare: number;
  /** Set when more than 20% of the expected counts are below 5: the chi-square test may be off. */
  warning: string | null;
}

export interface CrosstabMissing {
  /** Rows left out of this table: a missing value (unless missing is a category) or an unusable weight. */
  excluded: number | null;
  /** The weight those rows carry (weighted tables; rows without a usable weight add nothing). */
  excludedWeighted: number | null;
  /** Rows with no value for the row variable, and for the column variable (a row can be in both). */
  rowVariable: number | null;
  colVariable: number | null;
  /** Rows with a missing or zero weight (weighted tables only; else 0). */
  weight: number | null;
}

export interface CrossTable {
  /** The layer this table is for; null without a layer variable. */
  layer: CrosstabCategory | null;
  /** The same categories in every layer, in the order asked for; missing last. */
  rowCategories: CrosstabCategory[];
  colCategories: CrosstabCategory[];
  /** [row][column], in the order of the category lists; weighted when weighted. Null: hidden. */
  counts: (number | null)[][];
  unweighted: (number | null)[][];
  /** Percentages (0–100); null where hidden or the total is 0. */
  rowPercent: (number | null)[][];
  colPercent: (number | null)[][];
  totalPercent: (number | null)[][];
  /** Under independence; null in empty rows and columns. */
  expected: (number | null)[][];
  /** Pearson residuals (o − e) / √e. */
  residuals: (number | null)[][];
  /** Adjusted standardised residuals, as SPSS: (o − e) / √(e (1 − row share) (1 − column share)). */
  adjustedResiduals: (number | null)[][];
  rowTotals: CrosstabMargin[];
  colTotals: CrosstabMargin[];
  total: CrosstabMargin;
  /**
   * What the publication threshold hides, always worked out (researchers see where partners see less).
   * In the partner audience the hidden figures are null, and so is every figure they could be derived from.
   */
  suppressed: SuppressionMark[][];
  missing: CrosstabMissing;
  /** Null for a table with fewer than two non-empty rows or columns, and in partner views with hidden cells. */
  statistics: CrosstabStatistics | null;
  /** In the request's language: the weight, left-out rows, the threshold, why statistics are left out. */
  notes: string[];
}

export interface CrosstabResult {
  dataset: string;
  rows: CrosstabVariable;
  cols: CrosstabVariable;
  layer: CrosstabVariable | null;
  /** The weight variable's name; null: unweighted. */
  weight: string | null;
  missingMode: MissingMode;
  audience: CrosstabAudience;
  /** What the counts count (`unweighted` and every n): respondents, or the areas of an area dataset. */
  unit: CountUnit;
  /** The level all areas share, to name what is counted ("wijken"); null when mixed or not areas. */
  areaLevel: AreaLevel | null;
  /** Which threshold hides cells: the project's respondent threshold (surveys), an area dataset's base's own, or none. */
  publication: PublicationRule;
  /** The threshold of `publication` ("<10"), in what it counts; null where none applies. */
  threshold: number | null;
  language: 'nl' | 'en';
  /** One per layer category (one table without a layer variable). */
  tables: CrossTable[];
  /** Rows left out because the layer variable is missing (exclude mode), null where hidden. */
  layerMissing: number | null;
}

export interface CrosstabExportResult {
  path: string;
}

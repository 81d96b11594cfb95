import { z } from 'zod';
import { conditionIds, type ConditionId } from '../conditions';
import { MunicipalityCodeSchema, type AreaLevel } from '../import/area-codes';
import type { CountUnit, DatasetBase, PublicationRule } from '../units/count-unit';

export const ConditionIdSchema = z.enum(conditionIds);
export const PolaritySchema = z.enum(['positive', 'negative']);
export type Polarity = z.infer<typeof PolaritySchema>;

/**
 * A numeric variable assigned to a condition of social quality (indicator mapping, docs/ARCHITECTURE.md §1).
 * `positive`: higher is better; `negative`: higher is worse. `reverse` flips a Likert item on its own
 * scale (1 ↔ 5), so its values read the other way round wherever they are shown.
 */
export const IndicatorMappingSchema = z.object({
  dataset: z.string().trim().min(1),
  variable: z.string().trim().min(1),
  condition: ConditionIdSchema,
  domain: z.string().trim().min(1).nullable().default(null),
  polarity: PolaritySchema.default('positive'),
  weight: z.number().positive().finite().default(1),
  reverse: z.boolean().default(false),
});
export type IndicatorMapping = z.infer<typeof IndicatorMappingSchema>;

export interface MappedIndicator extends IndicatorMapping {
  label: string | null;
  /** The scale a reversed item is flipped on (from its value labels, else its observed range). */
  scale: { min: number; max: number } | null;
}

export const ScoreAudienceSchema = z.enum(['researcher', 'partner']);
/** `partner`: every view shown to partners and every export; suppressed areas carry no figures. */
export type ScoreAudience = z.infer<typeof ScoreAudienceSchema>;

/** `municipality`: the areas shown (the municipality's, or all when none is chosen); `all`: every area of the dataset. */
export const ScoreReferenceSchema = z.enum(['municipality', 'all']);
export type ScoreReference = z.infer<typeof ScoreReferenceSchema>;

export const ScoreRequestSchema = z.object({
  dataset: z.string().trim().min(1),
  /** Show only this municipality's areas (`GM0268`, `0268` and `268` alike); null: all areas of the dataset. */
  municipality: MunicipalityCodeSchema.nullable().default(null),
  /** The areas standardised over: by default the areas shown, so 100 is the municipality's own mean. */
  reference: ScoreReferenceSchema.default('municipality'),
  audience: ScoreAudienceSchema.default('researcher'),
});
export type ScoreRequest = z.infer<typeof ScoreRequestSchema>;

export type ConditionScores = Record<ConditionId, number | null>;

export interface IndicatorDetail {
  variable: string;
  /** The area's value: the cell (area datasets) or the weighted mean of its respondents (surveys). */
  value: number | null;
  z: number | null;
  /**
   * Respondents with a value (surveys); the area's base where the indicator has a value (area datasets),
   * null without a base. Null where hidden from partners.
   */
  n: number | null;
}

export interface AreaScores {
  code: string;
  name: string | null;
  /**
   * Respondents in the area (surveys); for area datasets the area's value of the base column, null without
   * a base (an area dataset has one row per area: a count of 1 says nothing). Null where hidden from partners.
   */
  n: number | null;
  /** Below the publication threshold that applies (`publication`): hidden in partner-facing views and exports. */
  suppressed: boolean;
  inReference: boolean;
  /** Index per condition: 100 + 10 × the weighted mean of its indicators' z; null without any. */
  scores: ConditionScores;
  details: IndicatorDetail[];
}

export interface IndicatorSummary extends MappedIndicator {
  /** Over the reference set of areas. */
  mean: number | null;
  sd: number | null;
  areas: number;
}

export interface ScoreTable {
  dataset: string;
  kind: 'survey' | 'area';
  /** What the dataset's rows are: respondents (surveys) or areas (area datasets; their n is the `base`). */
  unit: CountUnit;
  /** The level all areas share ("wijk"), to name them; null when mixed. */
  areaLevel: AreaLevel | null;
  /** The area dataset's base column, whose values are the areas' n; null for surveys and without one. */
  base: DatasetBase | null;
  /** Only this municipality's areas are in `areas` (GM code); null: all. */
  municipality: string | null;
  reference: ScoreReference;
  /** Every municipality the dataset has areas in (GM codes), to choose from. */
  municipalities: string[];
  audience: ScoreAudience;
  /** Which threshold hides areas: the project's respondent threshold for surveys, an area dataset's base's own, or none. */
  publication: PublicationRule;
  /** The threshold of `publication`, in what it counts; null where none applies. */
  threshold: number | null;
  weighted: string | null;
  indicators: IndicatorSummary[];
  areas: AreaScores[];
}

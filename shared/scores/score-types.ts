import { z } from 'zod';
import { conditionIds, type ConditionId } from '../conditions';

export const ConditionIdSchema = z.enum(conditionIds);
export const PolaritySchema = z.enum(['positive', 'negative']);
export type Polarity = z.infer<typeof PolaritySchema>;

/**
 * A numeric variable assigned to a condition of social quality (indicator mapping, DESIGN.md §1).
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

export const ScoreRequestSchema = z.object({
  dataset: z.string().trim().min(1),
  /** Standardise over the areas of this municipality only (GM code); null: all areas of the dataset. */
  municipality: z.string().regex(/^GM\d{4}$/).nullable().default(null),
  audience: ScoreAudienceSchema.default('researcher'),
});
export type ScoreRequest = z.infer<typeof ScoreRequestSchema>;

export type ConditionScores = Record<ConditionId, number | null>;

export interface IndicatorDetail {
  variable: string;
  /** The area's value: the cell (area datasets) or the weighted mean of its respondents (surveys). */
  value: number | null;
  z: number | null;
  /** Respondents with a value (surveys); rows with the code (area datasets). Null where hidden from partners. */
  n: number | null;
}

export interface AreaScores {
  code: string;
  name: string | null;
  /** Respondents in the area (surveys) or rows with its code (area datasets). Null where hidden from partners. */
  n: number | null;
  /** Below the publication threshold: hidden in partner-facing views and exports. */
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
  municipality: string | null;
  audience: ScoreAudience;
  threshold: number;
  weighted: string | null;
  indicators: IndicatorSummary[];
  areas: AreaScores[];
}

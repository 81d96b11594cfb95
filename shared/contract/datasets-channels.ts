import { z } from 'zod';
import { DatasetBaseRequestSchema, type DatasetBase } from '../units/count-unit';
import { channel } from './define-channel';

export const DatasetKindSchema = z.enum(['survey', 'area']);
export type DatasetKind = z.infer<typeof DatasetKindSchema>;

export interface DatasetSummary {
  name: string;
  kind: DatasetKind;
  rows: number;
  columns: number;
}

/** One variable with its descriptives, as in SPSS's variable view. */
export interface VariableSummary {
  name: string;
  label: string | null;
  type: 'number' | 'category' | 'text' | 'date';
  /** Integer codes with an order, stored as numbers (Likert items). */
  ordinal: boolean;
  role: 'id' | 'area_code' | 'area_name' | 'weight' | null;
  n: number;
  missing: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  distinct: number | null;
  top: { value: string; count: number }[];
  missingCodes: string[];
  valueLabels: Record<string, string>;
}

const Empty = z.object({}).strict();
const DatasetRef = z.object({ dataset: z.string().trim().min(1) }).strict();
const VariableEdit = z
  .object({
    dataset: z.string().trim().min(1),
    variable: z.string().trim().min(1),
    label: z.string().trim().nullable().optional(),
    valueLabels: z.record(z.string(), z.string()).optional(),
  })
  .strict();

/** The project's datasets and their variables. */
export const datasetsChannels = {
  'datasets.list': channel<typeof Empty, DatasetSummary[]>(Empty),
  'datasets.variables': channel<typeof DatasetRef, VariableSummary[]>(DatasetRef),
  /** A variable's label and value labels (type, role and missing codes are import choices). */
  'datasets.updateVariable': channel<typeof VariableEdit, VariableSummary[]>(VariableEdit),
  /**
   * An area dataset's base: the column that is its areas' n (such as a population count), with an optional
   * publication threshold of its own. Scores and cross-tables report it; null clears it.
   */
  'datasets.setBase': channel<typeof DatasetBaseRequestSchema, DatasetBase | null>(DatasetBaseRequestSchema),
} as const;

import { raise } from '../contract/errors';
import { storedAsNumber } from './stored-as-number';

/** Why a variable cannot weigh respondents. */
export type WeightProblem = 'id_column' | 'not_numeric' | 'negative' | 'empty' | 'zero';

/** What the rule needs to know of a variable: its type and the descriptives the import stored. */
export interface WeightCandidate {
  type: 'number' | 'category' | 'text' | 'date';
  ordinal: boolean;
  /** Rows with a value. */
  n: number;
  min: number | null;
  max: number | null;
  /** The variable's role in its dataset, where it has one: an id column is a number per row, not a weight. */
  role?: string | null;
}

/**
 * The one rule for which variables can be a weight (the crosstab's choice, the scores' weight role, the
 * UI's list); null when the variable can. As in SPSS and jamovi, any variable stored as a number will
 * do, integer codes read as an ordinal category (a `gewicht` of 1 and 2) among them. A row with a
 * missing or zero weight is left out of a weighted table and counted in its notes, as SPSS does; a
 * negative value is refused instead, since it is nearly always a missing code nobody declared (-1, -99),
 * and leaving those rows out would hide that. A weight that would leave out every row is refused too,
 * and so is the dataset's id column: its numbers name rows, and weighing by them is always a slip.
 */
export function weightProblem(variable: WeightCandidate): WeightProblem | null {
  if (variable.role === 'id') return 'id_column';
  if (!storedAsNumber(variable)) return 'not_numeric';
  if (variable.n === 0) return 'empty';
  if (variable.min !== null && variable.min < 0) return 'negative';
  if (variable.max !== null && variable.max <= 0) return 'zero';
  return null;
}

/** Refuses a weight the rule above turns down (`weight_unusable`), naming the dataset, the variable and why. */
export function assertUsableWeight(
  dataset: string,
  weight: Omit<WeightCandidate, 'ordinal'> & { name: string; ordinal: number; missing: number },
): void {
  const problem = weightProblem({ ...weight, ordinal: weight.ordinal === 1 });
  if (problem)
    raise('weight_unusable', {
      dataset,
      variable: weight.name,
      problem,
      type: weight.type,
      min: weight.min,
      missing: weight.missing,
    });
}

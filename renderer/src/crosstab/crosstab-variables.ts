import type { VariableSummary } from '../../../shared/contract/channels';
import { weightProblem } from '../../../shared/import/weight-problem';

/** More categories than this make a list, not a table; the engine refuses them too. */
const MAX_CATEGORIES = 500;

/** A number that is not a coded category: it goes into a table only in classes (cut points). */
export function needsCuts(variable: VariableSummary): boolean {
  return variable.type === 'number';
}

/**
 * Variables that can be a table's rows, columns or layer: categories (the area code among them) and
 * numbers in classes. Not ids, weights, open text or dates.
 */
export function tableVariables(variables: VariableSummary[]): {
  categories: VariableSummary[];
  numbers: VariableSummary[];
} {
  const usable = variables.filter((v) => v.role !== 'id' && v.role !== 'weight');
  return {
    categories: usable.filter((v) => v.type === 'category' && (v.distinct === null || v.distinct <= MAX_CATEGORIES)),
    numbers: usable.filter(needsCuts),
  };
}

/** The variables the engine accepts as a weight (one rule, in shared/), the dataset's weight variable first. */
export function weightVariables(variables: VariableSummary[]): VariableSummary[] {
  const usable = variables.filter((v) => weightProblem(v) === null);
  return [...usable.filter((v) => v.role === 'weight'), ...usable.filter((v) => v.role !== 'weight')];
}

/** "label (name)" where a variable has a label, else its name. */
export function variableOptionLabel(variable: VariableSummary): string {
  return variable.label && variable.label !== variable.name ? `${variable.label} (${variable.name})` : variable.name;
}

import type { VariableSummary } from '../../../shared/contract/channels';

/**
 * Whether a column's values are stored as numbers: the rule of `storedAsNumber` in
 * shared/import/import-plan.ts, restated because importing a value from that module would bring
 * zod's schemas into the renderer bundle (more than doubling it).
 */
export function isStoredAsNumber(column: Pick<VariableSummary, 'type' | 'ordinal'>): boolean {
  return column.type === 'number' || (column.type === 'category' && column.ordinal);
}

/**
 * Whether a column's values are stored as numbers (REAL) rather than text: numbers, and categories of
 * integer codes with an order (Likert items). Kept apart from the zod schemas, so the renderer can use
 * it without bundling them.
 */
export function storedAsNumber(column: { type: 'number' | 'category' | 'text' | 'date'; ordinal: boolean }): boolean {
  return column.type === 'number' || (column.type === 'category' && column.ordinal);
}

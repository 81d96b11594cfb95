import type { CrossTable, CrosstabCategory, CrosstabResult } from '../crosstab/crosstab-types';

/**
 * A partner cross-tab without the areas under the publication threshold: a row, column or layer whose value
 * or label names one of `hidden` (codes and names; a label holding a name counts, "Wijk 09 Nijmegen-Noord")
 * is left out. Its figures are already hidden in the partner audience, and secondary suppression keeps them
 * from being worked out from the margins, so the margins stay as they are; only the area's name goes.
 */
export function withoutAreas(result: CrosstabResult, hidden: ReadonlySet<string>): CrosstabResult {
  if (hidden.size === 0) return result;
  const names = [...hidden];
  const named = (category: CrosstabCategory) =>
    (category.value !== null && hidden.has(String(category.value))) ||
    names.some((name) => category.label.includes(name));
  const kept = (categories: CrosstabCategory[]) =>
    categories.flatMap((category, index) => (named(category) ? [] : [index]));
  const table = (t: CrossTable): CrossTable => {
    const rows = kept(t.rowCategories);
    const cols = kept(t.colCategories);
    const pick = <T>(matrix: T[][]) => rows.map((r) => cols.map((c) => matrix[r]![c] as T));
    return {
      ...t,
      rowCategories: rows.map((r) => t.rowCategories[r]!),
      colCategories: cols.map((c) => t.colCategories[c]!),
      counts: pick(t.counts),
      unweighted: pick(t.unweighted),
      rowPercent: pick(t.rowPercent),
      colPercent: pick(t.colPercent),
      totalPercent: pick(t.totalPercent),
      expected: pick(t.expected),
      residuals: pick(t.residuals),
      adjustedResiduals: pick(t.adjustedResiduals),
      suppressed: pick(t.suppressed),
      rowTotals: rows.map((r) => t.rowTotals[r]!),
      colTotals: cols.map((c) => t.colTotals[c]!),
    };
  };
  return { ...result, tables: result.tables.filter((t) => t.layer === null || !named(t.layer)).map(table) };
}

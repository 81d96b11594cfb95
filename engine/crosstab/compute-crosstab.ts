import type Database from 'better-sqlite3';
import { raise } from '../../shared/contract/errors';
import { binLabels } from '../../shared/crosstab/bin-labels';
import {
  buildCrosstab,
  type CountGroup,
  type DimensionInput,
  type GroupValue,
} from '../../shared/crosstab/build-crosstab';
import type { Language } from '../../shared/i18n/language';
import type { CrosstabRequest, CrosstabResult, VariableSpec } from '../../shared/crosstab/crosstab-types';
import { assertUsableWeight } from '../../shared/import/weight-problem';
import { datasetCounting } from '../datasets/dataset-base';
import { datasetId } from '../datasets/list-variables';
import { countGroups, type Grouping } from './count-groups';

/** Categories per variable a table can show; more is a list, not a table (and slows suppression down). */
export const MAX_CATEGORIES = 500;

interface VariableRow {
  id: number;
  name: string;
  column_name: string;
  label: string | null;
  type: 'number' | 'category' | 'text' | 'date';
  ordinal: number;
  role: string | null;
  value_labels: string;
  distinct_count: number | null;
  n: number;
  missing: number;
  min: number | null;
  max: number | null;
}

interface Resolved {
  row: VariableRow;
  spec: VariableSpec;
  numeric: boolean;
}

/**
 * A cross-table (one per layer) of a dataset: counts from one GROUP BY over the dataset's table, then
 * everything else in shared/crosstab. Value labels, area names and the threshold are read on every call,
 * so an edit in the variable view or the settings shows at once.
 */
export function computeCrosstab(db: Database.Database, request: CrosstabRequest, language: Language): CrosstabResult {
  const id = datasetId(db, request.dataset);
  const { table_name: table } = db.prepare('SELECT table_name FROM dataset WHERE id = ?').get(id) as {
    table_name: string;
  };
  const find = (name: string) =>
    (db
      .prepare(
        'SELECT id, name, column_name, label, type, ordinal, role, value_labels, distinct_count, n, missing, min, max FROM variable WHERE dataset_id = ? AND name = ?',
      )
      .get(id, name) as VariableRow | undefined) ??
    raise('variable_not_found', { dataset: request.dataset, variable: name });
  const resolve = (spec: VariableSpec): Resolved => {
    const row = find(spec.variable);
    const numeric = row.type === 'number' || (row.type === 'category' && row.ordinal === 1);
    if (spec.bins && !numeric) raise('crosstab_bins_not_numeric', { dataset: request.dataset, variable: row.name });
    if (!spec.bins && row.distinct_count !== null && row.distinct_count > MAX_CATEGORIES)
      tooMany(request.dataset, row, row.distinct_count, numeric);
    return { row, spec, numeric };
  };
  const rows = resolve(request.rows);
  const cols = resolve(request.cols);
  const layer = request.layer ? resolve(request.layer) : null;
  let weight: VariableRow | null = null;
  if (request.weight !== null) {
    weight = find(request.weight);
    assertUsableWeight(request.dataset, weight);
  }

  const counting = datasetCounting(db, id);
  const base = counting.publication.basis === 'base' ? find(counting.publication.variable).column_name : null;
  const grouping = ({ row, spec }: Resolved): Grouping => ({ column: row.column_name, bins: spec.bins });
  // The stored area counts carry no base sums; a base's threshold needs the table counted afresh.
  const groups =
    (layer === null && base === null ? storedAreaCounts(db, rows, cols, weight) : null) ??
    countGroups(db, {
      table,
      rows: grouping(rows),
      cols: grouping(cols),
      layer: layer ? grouping(layer) : null,
      weight: weight?.column_name ?? null,
      base,
    });
  checkCategoryCounts(request.dataset, groups, rows, cols, layer);

  const areaNames = areaLabels(db, id);
  const dimension = ({ row, spec }: Resolved): DimensionInput => ({
    variable: { name: row.name, label: row.label, bins: spec.bins },
    labels: spec.bins
      ? binLabels(spec.bins, language)
      : { ...(row.role === 'area_code' ? areaNames : {}), ...(JSON.parse(row.value_labels) as Record<string, string>) },
    order: spec.order,
  });
  return buildCrosstab({
    dataset: request.dataset,
    groups,
    rows: dimension(rows),
    cols: dimension(cols),
    layer: layer ? dimension(layer) : null,
    weight: request.weight,
    missing: request.missing,
    audience: request.audience,
    unit: counting.unit,
    areaLevel: counting.areaLevel,
    publication: counting.publication,
    language,
  });
}

/**
 * The counts of a table of the area against a category, as the import stored them (area_category_count),
 * so the table needs no scan of the dataset. Null where they do not apply: binned or layered tables, a
 * weight other than the dataset's own, or a column the import did not count.
 */
function storedAreaCounts(
  db: Database.Database,
  rows: Resolved,
  cols: Resolved,
  weight: VariableRow | null,
): CountGroup[] | null {
  if (rows.spec.bins || cols.spec.bins) return null;
  if (weight && weight.role !== 'weight') return null;
  const areaIsRow = rows.row.role === 'area_code';
  if (areaIsRow === (cols.row.role === 'area_code')) return null;
  const category = areaIsRow ? cols.row : rows.row;
  const stored = db
    .prepare('SELECT area_code AS area, value, rows, usable, weight FROM area_category_count WHERE variable_id = ?')
    .all(category.id) as { area: GroupValue; value: GroupValue; rows: number; usable: number; weight: number }[];
  if (stored.length === 0) return null;
  return stored.map((entry) => ({
    row: areaIsRow ? entry.area : entry.value,
    col: areaIsRow ? entry.value : entry.area,
    layer: null,
    rows: entry.rows,
    usable: weight ? entry.usable : entry.rows,
    weight: weight ? entry.weight : entry.rows,
  }));
}

function tooMany(dataset: string, row: VariableRow, count: number, numeric: boolean): never {
  return raise('crosstab_too_many_categories', { dataset, variable: row.name, count, max: MAX_CATEGORIES, numeric });
}

/** For variables whose distinct values the import did not count (very varied text), checked after counting. */
function checkCategoryCounts(
  dataset: string,
  groups: CountGroup[],
  rows: Resolved,
  cols: Resolved,
  layer: Resolved | null,
): void {
  const axes = [
    ['row', rows],
    ['col', cols],
    ['layer', layer],
  ] as const;
  for (const [axis, resolved] of axes) {
    if (!resolved) continue;
    const distinct = new Set(groups.map((g) => g[axis])).size;
    if (distinct > MAX_CATEGORIES) tooMany(dataset, resolved.row, distinct, resolved.numeric);
  }
}

/**
 * Area names by code. CBS names repeat across municipalities ("Centrum"): a repeated name carries its
 * code, so two areas never look the same.
 */
function areaLabels(db: Database.Database, id: number): Record<string, string> {
  const areas = db.prepare('SELECT code, name FROM dataset_area WHERE dataset_id = ? AND name IS NOT NULL').all(id) as {
    code: string;
    name: string;
  }[];
  const uses = new Map<string, number>();
  for (const area of areas) uses.set(area.name, (uses.get(area.name) ?? 0) + 1);
  return Object.fromEntries(
    areas.map((area) => [area.code, uses.get(area.name)! > 1 ? `${area.name} (${area.code})` : area.name]),
  );
}

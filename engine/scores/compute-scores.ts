import type Database from 'better-sqlite3';
import { raise } from '../../shared/contract/errors';
import { parseAreaCode } from '../../shared/import/area-codes';
import { assertUsableWeight } from '../../shared/import/weight-problem';
import type {
  AreaScores,
  IndicatorSummary,
  MappedIndicator,
  ScoreRequest,
  ScoreTable,
} from '../../shared/scores/score-types';
import { conditionScores, standardise } from '../../shared/scores/standardise';
import { ruleThreshold } from '../../shared/units/count-unit';
import { datasetCounting } from '../datasets/dataset-base';
import { datasetId } from '../datasets/list-variables';
import { listMappings } from './mappings';

interface AreaRow {
  code: string;
  name: string | null;
  rows: number;
}

interface RoleRow {
  role: 'area_code' | 'weight';
  name: string;
  type: 'number' | 'category' | 'text' | 'date';
  ordinal: number;
  n: number;
  missing: number;
  min: number | null;
  max: number | null;
}

interface StatisticRow {
  variable: string;
  area_code: string;
  n: number;
  sum_w: number;
  sum_wx: number;
}

/**
 * Scores per area and condition, as docs/ARCHITECTURE.md §1 defines them, from the per-area sums the import
 * wrote: the indicator's value per area (the cell, or the weighted mean of the area's respondents),
 * z over the reference areas, and per condition 100 + 10 × the weighted mean z. Every step's figures
 * are in the result, so the UI can show how a score came about.
 */
export function computeScores(db: Database.Database, request: ScoreRequest): ScoreTable {
  const id = datasetId(db, request.dataset);
  const { kind } = db.prepare('SELECT kind FROM dataset WHERE id = ?').get(id) as { kind: 'survey' | 'area' };
  const roles = db
    .prepare(
      "SELECT role, name, type, ordinal, n, missing, min, max FROM variable WHERE dataset_id = ? AND role IN ('area_code', 'weight')",
    )
    .all(id) as RoleRow[];
  if (!roles.some((r) => r.role === 'area_code')) raise('no_area_column', { dataset: request.dataset });
  const weight = kind === 'survey' ? roles.find((r) => r.role === 'weight') : undefined;
  // The import summed the values with this weight, leaving out rows without a positive one; a weight
  // the crosstab would refuse is refused here too, rather than have those rows vanish from the means.
  if (weight) assertUsableWeight(request.dataset, weight);
  const weighted = weight?.name ?? null;
  const counting = datasetCounting(db, id);
  const threshold = ruleThreshold(counting.publication);

  const areaRows = db
    .prepare('SELECT code, name, rows FROM dataset_area WHERE dataset_id = ? ORDER BY code')
    .all(id) as AreaRow[];
  const municipalities = [...new Set(areaRows.flatMap((a) => parseAreaCode(a.code)?.municipalityCode ?? []))].sort();
  if (request.municipality && !municipalities.includes(request.municipality)) {
    raise('unknown_municipality', {
      dataset: request.dataset,
      municipality: request.municipality,
      codes: municipalities,
    });
  }
  const shownAreas = areaRows.filter(
    (a) => !request.municipality || parseAreaCode(a.code)?.municipalityCode === request.municipality,
  );
  const reference = new Set((request.reference === 'all' ? areaRows : shownAreas).map((a) => a.code));
  const baseValues = counting.base ? areaBaseValues(db, id, counting.base.variable) : null;
  const mappings = listMappings(db, request.dataset);
  const statistics = db
    .prepare(
      `SELECT v.name AS variable, s.area_code, s.n, s.sum_w, s.sum_wx
         FROM area_statistic s JOIN variable v ON v.id = s.variable_id
        WHERE v.dataset_id = ? AND s.variable_id IN (SELECT variable_id FROM indicator_mapping)`,
    )
    .all(id) as StatisticRow[];
  const byVariable = new Map<string, Map<string, StatisticRow>>();
  for (const row of statistics) {
    if (!byVariable.has(row.variable)) byVariable.set(row.variable, new Map());
    byVariable.get(row.variable)!.set(row.area_code, row);
  }

  const indicators = mappings.map((mapping) => {
    const perArea = byVariable.get(mapping.variable) ?? new Map<string, StatisticRow>();
    const values = new Map<string, number | null>();
    for (const area of areaRows) values.set(area.code, areaValue(mapping, perArea.get(area.code)));
    const standardised = standardise({ ...mapping, values }, reference);
    return { mapping, values, perArea, standardised };
  });

  // An area dataset has one row per area: its n is the base's value (people), or none; never the row count.
  const areaN = (area: AreaRow): number | null =>
    kind === 'survey' ? area.rows : (baseValues?.get(area.code) ?? null);
  // A base's threshold also hides an area without a value for the base: nothing shows it is large enough.
  const suppressedArea = (area: AreaRow) => threshold !== null && (areaN(area) ?? 0) < threshold;
  const areas: AreaScores[] = shownAreas.map((area) => {
    const suppressed = suppressedArea(area);
    const hidden = suppressed && request.audience === 'partner';
    const n = areaN(area);
    const details = indicators.map(({ mapping, values, perArea, standardised }) => ({
      variable: mapping.variable,
      value: hidden ? null : (values.get(area.code) ?? null),
      z: hidden ? null : (standardised.z.get(area.code) ?? null),
      n: hidden
        ? null
        : kind === 'survey'
          ? (perArea.get(area.code)?.n ?? 0)
          : (values.get(area.code) ?? null) === null
            ? null
            : n,
    }));
    const scores = conditionScores(
      indicators.map(({ mapping, standardised }) => ({
        condition: mapping.condition,
        weight: mapping.weight,
        z: hidden ? null : (standardised.z.get(area.code) ?? null),
      })),
    );
    return {
      code: area.code,
      name: area.name,
      n: hidden ? null : n,
      suppressed,
      inReference: reference.has(area.code),
      scores,
      details,
    };
  });

  const summaries: IndicatorSummary[] = indicators.map(({ mapping, standardised }) => ({
    ...mapping,
    mean: standardised.mean,
    sd: standardised.sd,
    areas: standardised.areas,
  }));
  return {
    dataset: request.dataset,
    kind,
    unit: counting.unit,
    areaLevel: counting.areaLevel,
    base: counting.base,
    municipality: request.municipality,
    reference: request.reference,
    municipalities,
    audience: request.audience,
    publication: counting.publication,
    threshold,
    weighted,
    indicators: summaries,
    areas,
  };
}

/** Per area code, the base column's value (the import's per-area mean: one row per area gives the cell). */
function areaBaseValues(db: Database.Database, id: number, variable: string): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT s.area_code, s.sum_wx / s.sum_w AS value
         FROM area_statistic s JOIN variable v ON v.id = s.variable_id
        WHERE v.dataset_id = ? AND v.name = ? AND s.n > 0 AND s.sum_w > 0`,
    )
    .all(id, variable) as { area_code: string; value: number }[];
  return new Map(rows.map((row) => [row.area_code, row.value]));
}

/** The (weighted) mean of the area's values, flipped on the item's scale when the mapping reverses it. */
function areaValue(mapping: MappedIndicator, statistic: StatisticRow | undefined): number | null {
  if (!statistic || statistic.n === 0 || statistic.sum_w <= 0) return null;
  const mean = statistic.sum_wx / statistic.sum_w;
  if (!mapping.reverse) return mean;
  return mapping.scale ? mapping.scale.min + mapping.scale.max - mean : null;
}

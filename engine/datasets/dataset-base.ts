import type Database from 'better-sqlite3';
import { raise } from '../../shared/contract/errors';
import { parseAreaCode, type AreaLevel } from '../../shared/import/area-codes';
import { countUnitOf, publicationRule, type CountUnit, type DatasetBase, type DatasetBaseRequest, type PublicationRule } from '../../shared/units/count-unit';
import { projectSettings } from '../project/project-settings';
import { datasetId } from './list-variables';

export function datasetBase(db: Database.Database, id: number): DatasetBase | null {
  const row = db
    .prepare('SELECT v.name, v.label, b.threshold FROM dataset_base b JOIN variable v ON v.id = b.variable_id WHERE b.dataset_id = ?')
    .get(id) as { name: string; label: string | null; threshold: number | null } | undefined;
  return row ? { variable: row.name, label: row.label, threshold: row.threshold } : null;
}

/** Chooses (or with `variable: null`, clears) an area dataset's base column and its threshold. */
export function setDatasetBase(db: Database.Database, request: DatasetBaseRequest): DatasetBase | null {
  const id = datasetId(db, request.dataset);
  const { kind } = db.prepare('SELECT kind FROM dataset WHERE id = ?').get(id) as { kind: 'survey' | 'area' };
  if (kind === 'survey') raise('base_for_survey', { dataset: request.dataset });
  if (request.variable === null) {
    db.prepare('DELETE FROM dataset_base WHERE dataset_id = ?').run(id);
    return null;
  }
  const variable = db.prepare('SELECT id, type FROM variable WHERE dataset_id = ? AND name = ?').get(id, request.variable) as { id: number; type: string } | undefined;
  if (!variable) raise('variable_not_found', { dataset: request.dataset, variable: request.variable });
  if (variable.type !== 'number') raise('base_not_numeric', { dataset: request.dataset, variable: request.variable });
  db.prepare(
    `INSERT INTO dataset_base (dataset_id, variable_id, threshold) VALUES (?, ?, ?)
       ON CONFLICT (dataset_id) DO UPDATE SET variable_id = excluded.variable_id, threshold = excluded.threshold`,
  ).run(id, variable.id, request.threshold);
  return datasetBase(db, id);
}

/** What a dataset's counts count, and which publication threshold applies to them. */
export interface DatasetCounting {
  kind: 'survey' | 'area';
  unit: CountUnit;
  /** The level all of the dataset's areas share, to name them ("wijken"); null when mixed or not CBS codes. */
  areaLevel: AreaLevel | null;
  base: DatasetBase | null;
  publication: PublicationRule;
}

export function datasetCounting(db: Database.Database, id: number): DatasetCounting {
  const { kind } = db.prepare('SELECT kind FROM dataset WHERE id = ?').get(id) as { kind: 'survey' | 'area' };
  const unit = countUnitOf(kind);
  const base = kind === 'area' ? datasetBase(db, id) : null;
  const codes = db.prepare('SELECT code FROM dataset_area WHERE dataset_id = ?').pluck().all(id) as string[];
  const levels = new Set(codes.map((code) => parseAreaCode(code)?.level ?? null));
  const [level] = levels;
  return { kind, unit, areaLevel: levels.size === 1 ? (level ?? null) : null, base, publication: publicationRule(unit, projectSettings(db).publicationThreshold, base) };
}

import type Database from 'better-sqlite3';
import type { CodingProfile, CodingProfileArea } from '../../shared/coding/coding-types';
import { conditionIds, type ConditionId } from '../../shared/conditions';
import { raise } from '../../shared/contract/errors';
import { projectSettings } from '../project/project-settings';
import { coderId } from './coders';
import { codingDataset } from './coding-dataset';
import { codingMatrix, conditionOfCode, conditionsIn } from './coding-matrix';

function shares(counts: Record<ConditionId, number>, coded: number): Record<ConditionId, number | null> {
  return Object.fromEntries(
    conditionIds.map((condition) => [condition, coded > 0 ? counts[condition] / coded : null]),
  ) as Record<ConditionId, number | null>;
}

const zero = () => Object.fromEntries(conditionIds.map((condition) => [condition, 0])) as Record<ConditionId, number>;

/**
 * Where people's words point: per area, the share of the records a coder coded that carry each condition
 * (or one of its sub-codes). Areas with fewer coded records than the publication threshold are marked,
 * and for partners carry no figures at all.
 */
export function codingProfile(
  db: Database.Database,
  request: { dataset: string; coder: string; audience: 'researcher' | 'partner' },
): CodingProfile {
  const dataset = codingDataset(db, request.dataset);
  if (!dataset.areaSql) raise('no_area_column', { dataset: dataset.name });
  const coder = { id: coderId(db, request.coder, false), name: request.coder };
  const threshold = projectSettings(db).publicationThreshold;
  const conditionOf = conditionOfCode(db);
  const areaOf = new Map(
    (
      db.prepare(`SELECT "_row" AS record, ${dataset.areaSql} AS area FROM ${dataset.table}`).all() as {
        record: number;
        area: string | null;
      }[]
    ).map((row) => [row.record, row.area]),
  );
  const areas = new Map<string, { coded: number; counts: Record<ConditionId, number> }>();
  const overall = { coded: 0, counts: zero() };
  for (const [record, [codes]] of codingMatrix(db, dataset, [coder])) {
    if (!codes) continue;
    const area = areaOf.get(record);
    const present = conditionsIn(codes, conditionOf);
    const targets = [overall];
    if (area) {
      if (!areas.has(area)) areas.set(area, { coded: 0, counts: zero() });
      targets.push(areas.get(area)!);
    }
    for (const target of targets) {
      target.coded++;
      for (const condition of present) target.counts[condition]++;
    }
  }
  const names = db
    .prepare('SELECT code, name FROM dataset_area WHERE dataset_id = ? ORDER BY code')
    .all(dataset.id) as { code: string; name: string | null }[];
  const partner = request.audience === 'partner';
  return {
    dataset: dataset.name,
    coder: request.coder,
    threshold,
    areas: names.map(({ code, name }): CodingProfileArea => {
      const area = areas.get(code) ?? { coded: 0, counts: zero() };
      const belowThreshold = area.coded < threshold;
      const hidden = partner && belowThreshold;
      return {
        code,
        name,
        coded: hidden ? null : area.coded,
        shares: hidden ? shares(zero(), 0) : shares(area.counts, area.coded),
        belowThreshold,
      };
    }),
    overall: { coded: overall.coded, shares: shares(overall.counts, overall.coded) },
  };
}

import type Database from 'better-sqlite3';
import type { CrosstabRequest, CrosstabResult } from '../../shared/crosstab/crosstab-types';
import type { AreaView } from '../../shared/session/session-types';
import { withoutAreas } from '../../shared/session/without-areas';
import { datasetId } from '../datasets/list-variables';
import { computeScores } from '../scores/compute-scores';

/** The areas of a dataset under its publication threshold (none without an area column). */
function suppressedIn(db: Database.Database, dataset: string): string[] {
  const hasAreas = db
    .prepare("SELECT 1 FROM variable WHERE dataset_id = ? AND role = 'area_code'")
    .get(datasetId(db, dataset));
  if (!hasAreas) return [];
  return computeScores(db, { dataset, municipality: null, reference: 'municipality', audience: 'partner' })
    .areas.filter((area) => area.suppressed)
    .map((area) => area.code);
}

/**
 * A session's cross-tab as partners see it: computed with the partner audience, and without the areas under
 * the threshold of the table's dataset or of the session (by code and by every name the project has for them).
 */
export function partnerCrosstab(
  db: Database.Database,
  request: CrosstabRequest,
  sessionAreas: readonly AreaView[],
  compute: (request: CrosstabRequest) => CrosstabResult,
): CrosstabResult {
  const result = compute({ ...request, audience: 'partner' });
  const codes = new Set([
    ...suppressedIn(db, request.dataset),
    ...sessionAreas.filter((area) => area.suppressed).map((area) => area.code),
  ]);
  const hidden = new Set(codes);
  const named = db.prepare('SELECT DISTINCT name FROM dataset_area WHERE code = ? AND name IS NOT NULL');
  for (const code of codes) for (const { name } of named.all(code) as { name: string }[]) hidden.add(name);
  return withoutAreas(result, hidden);
}

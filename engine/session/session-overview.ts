import type Database from 'better-sqlite3';
import { defaultWordsCoder } from '../../shared/coding/words-index';
import { conditionIds, type ConditionId } from '../../shared/conditions';
import { blindSpot } from '../../shared/session/blind-spot';
import type { AreaView, ConditionView, EstimateSpread, SessionOverview } from '../../shared/session/session-types';
import type { ScoreAudience } from '../../shared/scores/score-types';
import { allProgress } from '../coding/record-coding';
import { wordsIndexReport } from '../coding/words-index-report';
import { computeScores } from '../scores/compute-scores';
import { provisionCounts } from './provisions';
import { estimateFromRow, parseAreas, readSessionRows } from './session-rows';

/** The spread of the partners' estimates, or null when no organisation gave one. */
export function estimateSpread(estimates: readonly { estimate: number }[]): EstimateSpread | null {
  if (estimates.length === 0) return null;
  const values = estimates.map((e) => e.estimate);
  return {
    mean: values.reduce((sum, value) => sum + value, 0) / values.length,
    min: Math.min(...values),
    max: Math.max(...values),
    count: values.length,
  };
}

/**
 * The session's areas through the four conditions: the figures' index (the scores of the session's figures
 * dataset), the words' index (the coded open answers of its words dataset, as Woorden en cijfers computes
 * it, with its default coder), the partners' spread, the provisions that serve each condition, and the
 * blind spot. An area under the publication threshold of either dataset is `suppressed`; for the partner
 * audience it carries no figures, words, partners or blind spot.
 */
export function sessionOverview(db: Database.Database, session: number, audience: ScoreAudience): SessionOverview {
  const rows = readSessionRows(db, session);
  const { figures_dataset: figuresDataset, words_dataset: wordsDataset } = rows.session;
  const scores =
    figuresDataset === null
      ? null
      : computeScores(db, { dataset: figuresDataset, municipality: null, reference: 'municipality', audience });
  const coder = wordsDataset === null ? null : defaultWordsCoder(allProgress(db, wordsDataset));
  const words =
    wordsDataset === null || coder === null
      ? null
      : wordsIndexReport(db, {
          dataset: wordsDataset,
          coder: coder.coder,
          ...(figuresDataset === null ? {} : { figures: figuresDataset }),
          municipality: null,
          reference: 'municipality',
          audience,
        });
  const estimates = rows.estimates.map(estimateFromRow);
  const areas = parseAreas(rows.session.areas).map((code): AreaView => {
    const figures = scores?.areas.find((area) => area.code === code);
    const said = words?.areas.find((area) => area.code === code);
    const suppressed = (figures?.suppressed ?? false) || (said?.belowThreshold ?? false);
    const hidden = suppressed && audience === 'partner';
    const provisions = provisionCounts(db, code);
    const conditions = Object.fromEntries(
      conditionIds.map((condition): [ConditionId, ConditionView] => [
        condition,
        {
          figures: hidden ? null : (figures?.scores[condition] ?? null),
          words: hidden ? null : (said?.index[condition] ?? null),
          partners: hidden
            ? null
            : estimateSpread(estimates.filter((e) => e.area === code && e.condition === condition)),
          provisions: provisions[condition],
        },
      ]),
    ) as Record<ConditionId, ConditionView>;
    return {
      code,
      name: figures?.name ?? said?.name ?? areaName(db, code),
      suppressed,
      conditions,
      blindSpot: hidden ? null : blindSpot(conditions),
    };
  });
  return { session, audience, areas };
}

/** An area's name as any dataset of the project has it (the figures and words may not have the area). */
function areaName(db: Database.Database, code: string): string | null {
  const row = db.prepare('SELECT name FROM dataset_area WHERE code = ? AND name IS NOT NULL LIMIT 1').get(code) as
    { name: string } | undefined;
  return row?.name ?? null;
}

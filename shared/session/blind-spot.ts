import { conditionIds, type ConditionId } from '../conditions';
import type { BlindSpotReason } from './session-types';

/** What the blind spot rule reads of one condition of an area. */
export interface ConditionAttention {
  /** The figures' index (100 = the reference mean); null without figures. */
  figures: number | null;
  /** The words' index (how often the condition is mentioned); null without coded answers. */
  words: number | null;
  /** Provisions of the area's sociale basis that serve the condition. */
  provisions: number;
}

export interface BlindSpot {
  condition: ConditionId;
  reasons: BlindSpotReason[];
}

/** The reference mean of an index: below it, worse than the areas compared with. */
const MEAN = 100;

/** Missing counts as lowest, so that what nobody measured or mentioned comes first. */
const lowestFirst = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a - b);

/**
 * The blind spot of an area (docs/ARCHITECTURE.md §1, sessions): the condition in need that gets the least
 * attention. A condition is in need when its figures' index is below 100 (worse than the reference mean);
 * without figures every condition counts as in need. Of those, the blind spot is the one with the fewest
 * provisions; on a tie the lowest words index (missing counts as lowest), then the lowest figures index,
 * then the first in the conditions' fixed order. No condition in need: no blind spot.
 */
export function blindSpot(conditions: Record<ConditionId, ConditionAttention>): BlindSpot | null {
  const inNeed = conditionIds.filter((id) => {
    const { figures } = conditions[id];
    return figures === null || figures < MEAN;
  });
  const [chosen] = [...inNeed].sort(
    (a, b) =>
      conditions[a].provisions - conditions[b].provisions ||
      lowestFirst(conditions[a].words, conditions[b].words) ||
      lowestFirst(conditions[a].figures, conditions[b].figures) ||
      conditionIds.indexOf(a) - conditionIds.indexOf(b),
  );
  if (chosen === undefined) return null;
  const fewest = Math.min(...conditionIds.map((id) => conditions[id].provisions));
  const { figures, words, provisions } = conditions[chosen];
  const reasons: BlindSpotReason[] = [];
  if (figures !== null && figures < MEAN) reasons.push('low_index');
  if (provisions === fewest) reasons.push('few_provisions');
  if (words === null || words < MEAN) reasons.push('few_mentions');
  return { condition: chosen, reasons };
}

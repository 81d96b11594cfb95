import { CONSENSUS_CODER, type CodingProfile } from './coding-types';
import { conditionIds } from '../conditions';
import type { ConditionScores } from '../scores/score-types';
import { indexOf, standardise } from '../scores/standardise';

/** Fewer areas give no honest spread to standardise by. */
/**
 * The coder Woorden en cijfers opens on: the consensus where it has codings, else the coder with the most
 * coded records (the first in the engine's order on a tie); null when nobody coded anything. `why` says
 * which rule chose it, so the view can say so.
 */
export function defaultWordsCoder(
  progress: readonly { coder: string; coded: number }[],
): { coder: string; why: 'consensus' | 'most_coded' } | null {
  const coded = progress.filter((candidate) => candidate.coded > 0);
  if (coded.some((candidate) => candidate.coder === CONSENSUS_CODER))
    return { coder: CONSENSUS_CODER, why: 'consensus' };
  const most = coded.reduce<(typeof coded)[number] | null>(
    (best, candidate) => (best === null || candidate.coded > best.coded ? candidate : best),
    null,
  );
  return most && { coder: most.coder, why: 'most_coded' };
}

export const MIN_OVERLAY_AREAS = 3;

export interface WordsIndex {
  /** The areas the shares are standardised over. */
  reference: string[];
  /** Per area: each condition's share as an index, 100 + 10 × z (null where it has no share). */
  index: Map<string, ConditionScores>;
}

/**
 * Puts the shares on the figures' scale: per condition, z over the areas that have enough coded records
 * (not under the publication threshold, so the same in every audience) and are in the figures'
 * reference set, as the index 100 + 10 × z. A higher index means mentioned more often than elsewhere.
 */
export function wordsIndex(profile: CodingProfile, figuresReference: ReadonlySet<string>): WordsIndex {
  const reference = profile.areas
    .filter((area) => !area.belowThreshold && figuresReference.has(area.code))
    .map((area) => area.code);
  const referenceSet = new Set(reference);
  const index = new Map<string, ConditionScores>(
    profile.areas.map((area) => [
      area.code,
      Object.fromEntries(conditionIds.map((id) => [id, null])) as ConditionScores,
    ]),
  );
  for (const condition of conditionIds) {
    const values = new Map(profile.areas.map((area) => [area.code, area.shares[condition]]));
    const { z } = standardise({ condition, domain: null, polarity: 'positive', weight: 1, values }, referenceSet);
    for (const [code, value] of z) index.get(code)![condition] = value === null ? null : indexOf(value);
  }
  return { reference, index };
}

import { conditionIds, type ConditionId } from '../conditions';
import type { ConditionScores, Polarity } from './score-types';

export interface IndicatorValues {
  condition: ConditionId;
  domain: string | null;
  polarity: Polarity;
  weight: number;
  /** Per area code: the indicator's value, or null where the area has none. */
  values: ReadonlyMap<string, number | null>;
}

export interface Standardised {
  mean: number | null;
  sd: number | null;
  /** Areas of the reference set with a value. */
  areas: number;
  z: Map<string, number | null>;
}

/**
 * z = polarity × (x − mean) / sd over the reference areas that have a value, sd with n − 1 (as R's
 * `sd()` and SPSS). With fewer than two values, or no spread, z is undefined: null, never NaN.
 */
export function standardise(indicator: IndicatorValues, reference: ReadonlySet<string>): Standardised {
  const values: number[] = [];
  for (const [code, value] of indicator.values) if (reference.has(code) && value !== null) values.push(value);
  const z = new Map<string, number | null>();
  if (values.length < 2) {
    for (const code of indicator.values.keys()) z.set(code, null);
    return { mean: values.length === 1 ? values[0]! : null, sd: null, areas: values.length, z };
  }
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1));
  const sign = indicator.polarity === 'negative' ? -1 : 1;
  for (const [code, value] of indicator.values)
    z.set(code, value === null || sd === 0 ? null : (sign * (value - mean)) / sd);
  return { mean, sd: sd === 0 ? null : sd, areas: values.length, z };
}

/** The index of a weighted mean z: 100 is the reference set's average, 10 points one standard deviation. */
export function indexOf(meanZ: number): number {
  return 100 + 10 * meanZ;
}

/**
 * Per condition: the weighted mean of the z of its indicators that have a value for the area, as an
 * index. Null where the condition has no indicator, or none with a value for this area.
 */
export function conditionScores(
  indicators: readonly { condition: ConditionId; weight: number; z: number | null }[],
): ConditionScores {
  const scores = Object.fromEntries(conditionIds.map((id) => [id, null])) as ConditionScores;
  for (const id of conditionIds) {
    let weighted = 0;
    let weights = 0;
    for (const indicator of indicators) {
      if (indicator.condition !== id || indicator.z === null) continue;
      weighted += indicator.weight * indicator.z;
      weights += indicator.weight;
    }
    if (weights > 0) scores[id] = indexOf(weighted / weights);
  }
  return scores;
}

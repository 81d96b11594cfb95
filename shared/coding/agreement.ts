/**
 * Intercoder agreement for nominal codes: percent agreement, Cohen's kappa and Krippendorff's alpha.
 *
 * Values are compared as JavaScript Map keys do (SameValueZero), so the number 1 and the string "1" are
 * different codes: the caller decides whether its codes are text or numbers.
 */

/** One unit (record) per row, one coder per column; null = the coder did not code this unit. Values are nominal. */
export type ReliabilityData = ReadonlyArray<ReadonlyArray<string | number | null>>;

export interface AgreementFigures {
  /** Units with at least two values (pairable units); these are the units every figure uses. */
  units: number;
  /** Average pairwise percent agreement over all pairable value pairs within units, as a proportion 0..1; null if units = 0. */
  percentAgreement: number | null;
  /** Cohen's kappa, only for exactly two coders (columns), over units both coded; null otherwise or when undefined (expected agreement = 1). */
  cohenKappa: number | null;
  /** Krippendorff's alpha, nominal metric, missing values allowed (coincidence-matrix method); null when undefined (e.g. fewer than 1 pairable unit, or only one value used so Do and De are 0). */
  krippendorffAlpha: number | null;
}

type Code = string | number;

/** A pairable unit: how often each code was given, and by how many coders (m_u ≥ 2). */
interface Unit {
  counts: Map<Code, number>;
  values: number;
}

/** The units at least two coders coded; a unit with one value has no pair and so says nothing about agreement. */
function pairableUnits(data: ReliabilityData): Unit[] {
  const units: Unit[] = [];
  for (const row of data) {
    const counts = new Map<Code, number>();
    let values = 0;
    for (const value of row) {
      // `undefined` covers a row shorter than the others: that coder did not code the unit either.
      if (value === null || value === undefined) continue;
      counts.set(value, (counts.get(value) ?? 0) + 1);
      values++;
    }
    if (values >= 2) units.push({ counts, values });
  }
  return units;
}

const pairs = (k: number) => (k * (k - 1)) / 2;

/**
 * The share of agreeing value pairs among all pairs of values within a unit, pooled over units: each unit
 * with m_u values contributes m_u(m_u − 1)/2 unordered pairs, of which Σ_c n_uc(n_uc − 1)/2 agree. With
 * complete data every pair of coders shares every unit, so this equals ReCal's "average pairwise percent
 * agreement" (the mean over coder pairs of their percent agreement); with missing data it weighs each
 * pair of values that exists equally. Null without pairable units.
 */
export function percentAgreement(data: ReliabilityData): number | null {
  return percentAgreementOf(pairableUnits(data));
}

function percentAgreementOf(units: readonly Unit[]): number | null {
  let agreeing = 0;
  let total = 0;
  for (const unit of units) {
    total += pairs(unit.values);
    for (const count of unit.counts.values()) agreeing += pairs(count);
  }
  return total === 0 ? null : agreeing / total;
}

/**
 * Cohen's kappa (p_o − p_e) / (1 − p_e), with p_e from each coder's own marginal distribution, over the
 * units both coders coded. Kappa is a two-coder statistic, so any other number of columns gives null; so
 * does p_e = 1 (both coders used one and the same code throughout), where kappa is 0/0.
 */
export function cohenKappa(data: ReliabilityData): number | null {
  if (data.reduce((columns, row) => Math.max(columns, row.length), 0) !== 2) return null;
  const first = new Map<Code, number>();
  const second = new Map<Code, number>();
  let units = 0;
  let agreeing = 0;
  for (const [a, b] of data) {
    if (a === null || a === undefined || b === null || b === undefined) continue;
    units++;
    if (a === b) agreeing++;
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  // In counts rather than proportions, κ = (N·agreeing − Σ_c f_c·s_c) / (N² − Σ_c f_c·s_c): integers up to
  // the one division, so p_e = 1 is caught exactly and textbook values come out exactly.
  let chance = 0;
  for (const [code, count] of first) chance += count * (second.get(code) ?? 0);
  const denominator = units * units - chance;
  return denominator === 0 ? null : (units * agreeing - chance) / denominator;
}

/**
 * Krippendorff's alpha for nominal data from the coincidence matrix (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability"): each unit with m_u ≥ 2 values adds 1/(m_u − 1) per ordered pair of
 * values from different coders, so o_cc = Σ_u n_uc(n_uc − 1)/(m_u − 1), and n = Σ_c n_c counts the
 * pairable values. Then α = 1 − (n − 1)·Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k, where Σ_{c≠k} o_ck = n − Σ_c o_cc
 * and Σ_{c≠k} n_c·n_k = n² − Σ_c n_c². Null when the expected disagreement is 0 (no pairable unit, or
 * one code only), where alpha is 0/0.
 */
export function krippendorffAlphaNominal(data: ReliabilityData): number | null {
  return alphaOf(pairableUnits(data));
}

function alphaOf(units: readonly Unit[]): number | null {
  const totals = new Map<Code, number>();
  let n = 0;
  let matching = 0;
  for (const unit of units) {
    n += unit.values;
    for (const [code, count] of unit.counts) {
      totals.set(code, (totals.get(code) ?? 0) + count);
      matching += (count * (count - 1)) / (unit.values - 1);
    }
  }
  let sumOfSquares = 0;
  for (const total of totals.values()) sumOfSquares += total * total;
  const expectedDisagreement = n * n - sumOfSquares;
  if (expectedDisagreement === 0) return null;
  return 1 - ((n - 1) * (n - matching)) / expectedDisagreement;
}

export function agreement(data: ReliabilityData): AgreementFigures {
  // The units are gathered once for all three figures: the engine asks this per condition and sub-code.
  const units = pairableUnits(data);
  return {
    units: units.length,
    percentAgreement: percentAgreementOf(units),
    cohenKappa: cohenKappa(data),
    krippendorffAlpha: alphaOf(units),
  };
}

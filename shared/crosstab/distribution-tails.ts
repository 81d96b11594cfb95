import jStat from 'jstat';

const TINY = 1e-300;
const EPSILON = 1e-15;
const MAX_TERMS = 10_000;

/**
 * ln Q(a, x), the upper regularised incomplete gamma function, from its continued fraction (modified
 * Lentz, Numerical Recipes §6.2) for x ≥ a + 1, where it converges fast. Kept in logs, because 1 − P(a, x)
 * from jStat's lower function cancels to 0 long before the tail itself leaves the range of a double.
 */
function logUpperGammaFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_TERMS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.log(h) - x + a * Math.log(x) - jStat.gammaln(a);
}

/**
 * P(X² ≥ x) for a chi-square distribution with `df` degrees of freedom. Accurate down to about 1e-300;
 * below the smallest double it is 0, which the UI shows as "< 1e-300".
 */
export function chiSquareUpperTail(x: number, df: number): number {
  if (!(df > 0) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  const a = df / 2;
  const half = x / 2;
  if (half < a + 1) return Math.min(1, Math.max(0, 1 - jStat.lowRegGamma(a, half)));
  return Math.exp(logUpperGammaFraction(a, half));
}

/** ln of the binomial coefficient (n choose k). */
function logChoose(n: number, k: number): number {
  return jStat.factorialln(n) - jStat.factorialln(k) - jStat.factorialln(n - k);
}

/** R's fisher.test counts tables within this relative distance of the observed probability as "as extreme". */
const FISHER_RELATIVE_TOLERANCE = 1e-7;

/**
 * Fisher's exact test for the 2 × 2 table [[a, b], [c, d]] (whole numbers), two-sided as R's fisher.test:
 * the sum of the hypergeometric probabilities of all tables with the same margins that are no more
 * likely than the observed one.
 */
export function fisherExactTwoSided(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const n = row1 + row2;
  const logProbability = (x: number) => logChoose(row1, x) + logChoose(row2, col1 - x) - logChoose(n, col1);
  const observed = logProbability(a) + Math.log1p(FISHER_RELATIVE_TOLERANCE);
  let p = 0;
  for (let x = Math.max(0, col1 - row2); x <= Math.min(row1, col1); x++) {
    const logP = logProbability(x);
    if (logP <= observed) p += Math.exp(logP);
  }
  return Math.min(1, p);
}

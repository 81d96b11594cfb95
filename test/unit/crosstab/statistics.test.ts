import { describe, expect, it } from 'vitest';
import { chiSquareUpperTail, fisherExactTwoSided } from '../../../shared/crosstab/distribution-tails';
import { tableStatistics } from '../../../shared/crosstab/table-statistics';

/**
 * The statistics against values published for R, SPSS and textbooks, never against this code's own
 * output.
 */

/** R's HairEyeColor summed over sex: Hair (Black, Brown, Red, Blond) × Eye (Brown, Blue, Hazel, Green). */
const hairEye = [
  [68, 20, 15, 5],
  [119, 84, 54, 29],
  [26, 17, 14, 14],
  [7, 94, 10, 16],
];

describe('Pearson chi-square, likelihood ratio and Cramér’s V', () => {
  it('gives R’s chisq.test figures for HairEyeColor: X-squared = 138.29, df = 9, p < 2.2e-16; Cramér’s V 0.279', () => {
    const { statistics } = tableStatistics(hairEye, 'en');
    expect(statistics).not.toBeNull();
    expect(statistics!.chiSquare).toBeCloseTo(138.29, 2);
    expect(statistics!.df).toBe(9);
    expect(statistics!.cramersV).toBeCloseTo(0.279, 3);
    // Far below R's printing limit, yet a positive number rather than an underflow to 0.
    expect(statistics!.p).toBeLessThan(1e-20);
    expect(statistics!.p).toBeGreaterThan(0);
    // vcd::assocstats(margin.table(HairEyeColor, 1:2)): Likelihood Ratio 146.44, df 9.
    expect(statistics!.likelihoodRatio).toBeCloseTo(146.44, 2);
    expect(statistics!.fisherP).toBeNull();
    expect(statistics!.phi).toBeNull();
    expect(statistics!.warning).toBeNull();
  });

  it('matches Agresti’s party identification by gender, with G² worked out by hand from his expected counts', () => {
    // Agresti, An Introduction to Categorical Data Analysis (2nd ed.), table 2.5: females and males ×
    // Democrat, Independent, Republican; X² = 30.07 and G² = 30.02 with df = 2.
    const observed = [
      [762, 327, 468],
      [484, 239, 477],
    ];
    const published = [
      [703.7, 319.6, 533.7],
      [542.3, 246.4, 411.3],
    ];
    let byHand = 0;
    observed.forEach((row, i) => row.forEach((o, j) => (byHand += 2 * o * Math.log(o / published[i]![j]!))));
    // The book's expected counts are rounded to one decimal; that moves G² by a few hundredths.
    expect(byHand).toBeCloseTo(30.02, 1);

    const { statistics, expected } = tableStatistics(observed, 'en');
    expect(statistics!.chiSquare).toBeCloseTo(30.07, 2);
    expect(statistics!.likelihoodRatio).toBeCloseTo(30.02, 2);
    expect(statistics!.df).toBe(2);
    expected.forEach((row, i) => row.forEach((e, j) => expect(e).toBeCloseTo(published[i]![j]!, 1)));
    expect(statistics!.p).toBeLessThan(0.001);
  });

  it('gives SPSS’s adjusted residuals and Pearson residuals for a 2 × 2 table worked out by hand', () => {
    // [[3, 1], [1, 3]]: every expected count is 2; (o − e)/√e = ±1/√2; adjusted: ±1/√(2 · ½ · ½) = ±√2.
    const { residuals, adjustedResiduals } = tableStatistics(
      [
        [3, 1],
        [1, 3],
      ],
      'en',
    );
    expect(residuals[0]![0]).toBeCloseTo(1 / Math.sqrt(2), 10);
    expect(residuals[0]![1]).toBeCloseTo(-1 / Math.sqrt(2), 10);
    expect(adjustedResiduals[0]![0]).toBeCloseTo(Math.SQRT2, 10);
  });

  it('leaves empty rows and columns out of the test and its degrees of freedom', () => {
    const withEmptyRow = [...hairEye.slice(0, 2), [0, 0, 0, 0], ...hairEye.slice(2)];
    const { statistics, expected } = tableStatistics(withEmptyRow, 'en');
    expect(statistics!.df).toBe(9);
    expect(statistics!.chiSquare).toBeCloseTo(138.29, 2);
    expect(expected[2]).toEqual([null, null, null, null]);
  });

  it('has no test for a table with a single non-empty row', () => {
    expect(
      tableStatistics(
        [
          [5, 7],
          [0, 0],
        ],
        'en',
      ).statistics,
    ).toBeNull();
  });

  it('warns, in the language asked for, when more than 20% of the expected counts are below 5', () => {
    const { statistics } = tableStatistics(
      [
        [3, 1],
        [1, 3],
      ],
      'nl',
    );
    expect(statistics!.lowExpectedShare).toBe(1);
    expect(statistics!.minExpected).toBe(2);
    expect(statistics!.warning).toMatch(/100% van de cellen/);
    expect(
      tableStatistics(
        [
          [30, 10],
          [10, 30],
        ],
        'en',
      ).statistics!.warning,
    ).toBeNull();
  });
});

describe('Fisher’s exact test and phi for 2 × 2 tables', () => {
  it('gives R’s fisher.test(matrix(c(3, 1, 1, 3), 2)) for Fisher’s tea tasting: p-value = 0.4857', () => {
    expect(fisherExactTwoSided(3, 1, 1, 3)).toBeCloseTo(0.4857, 4);
    const { statistics } = tableStatistics(
      [
        [3, 1],
        [1, 3],
      ],
      'en',
    );
    expect(statistics!.fisherP).toBeCloseTo(0.4857, 4);
    // (ad − bc) / √(4 · 4 · 4 · 4) = 8 / 16
    expect(statistics!.phi).toBeCloseTo(0.5, 10);
  });

  it('gives R’s fisher.test(matrix(c(1, 11, 9, 3), 2)) for the dieting example: p-value = 0.002759', () => {
    expect(fisherExactTwoSided(1, 9, 11, 3)).toBeCloseTo(0.002759, 6);
  });

  it('is 1 for a table exactly as independence expects', () => {
    expect(fisherExactTwoSided(5, 5, 5, 5)).toBeCloseTo(1, 10);
  });
});

describe('the chi-square upper tail', () => {
  it('gives the 5% and 1% critical values of printed chi-square tables', () => {
    expect(chiSquareUpperTail(3.841, 1)).toBeCloseTo(0.05, 4);
    expect(chiSquareUpperTail(6.635, 1)).toBeCloseTo(0.01, 4);
    expect(chiSquareUpperTail(16.919, 9)).toBeCloseTo(0.05, 4);
    expect(chiSquareUpperTail(21.666, 9)).toBeCloseTo(0.01, 4);
    expect(chiSquareUpperTail(5.991, 2)).toBeCloseTo(0.05, 4);
  });

  it('stays accurate far in the tail, where 1 − cdf cancels to 0 (df = 2: the tail is exactly e^(−x/2))', () => {
    for (const x of [50, 200, 1000, 1400]) {
      const exact = Math.exp(-x / 2);
      expect(Math.abs(chiSquareUpperTail(x, 2) / exact - 1)).toBeLessThan(1e-8);
    }
  });

  it('is 1 at 0 and falls towards 0 without going negative', () => {
    expect(chiSquareUpperTail(0, 4)).toBe(1);
    expect(chiSquareUpperTail(1e6, 4)).toBe(0);
    expect(chiSquareUpperTail(0.5, 30)).toBeLessThanOrEqual(1);
  });
});

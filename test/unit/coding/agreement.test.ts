import { describe, expect, it } from 'vitest';
import {
  agreement,
  cohenKappa,
  krippendorffAlphaNominal,
  percentAgreement,
  type ReliabilityData,
} from '../../../shared/coding/agreement';

/**
 * The agreement figures against published values (textbook kappa, Krippendorff's own worked examples),
 * never against this code's own output. Where a published value is rounded, the exact value next to it
 * was worked out independently in Python with fractions from the textbook formulas.
 */

/** Rows of one unit per record from coder columns (one array per coder); '.' in the paper is null here. */
function byUnit(...coders: ReadonlyArray<ReadonlyArray<number | null>>): ReliabilityData {
  return coders[0]!.map((_, unit) => coders.map((coder) => coder[unit]!));
}

function repeat(times: number, row: ReadonlyArray<string>): ReadonlyArray<string>[] {
  return Array.from({ length: times }, () => row);
}

describe('Cohen’s kappa', () => {
  it('gives the textbook κ = 0.40 for 20 yes/yes, 5 yes/no, 10 no/yes and 15 no/no', () => {
    // p_o = 35/50 = 0.70; p_e = 0.5·0.6 + 0.5·0.4 = 0.50; κ = (0.70 − 0.50) / (1 − 0.50) = 0.40.
    const data = [
      ...repeat(20, ['yes', 'yes']),
      ...repeat(5, ['yes', 'no']),
      ...repeat(10, ['no', 'yes']),
      ...repeat(15, ['no', 'no']),
    ];
    const figures = agreement(data);
    expect(figures.units).toBe(50);
    expect(figures.cohenKappa).toBeCloseTo(0.4, 12);
    expect(figures.percentAgreement).toBeCloseTo(0.7, 12);
  });

  it('is only defined for exactly two coders', () => {
    expect(
      cohenKappa([
        [1, 1, 2],
        [2, 2, 2],
        [1, 2, 1],
      ]),
    ).toBeNull();
    expect(cohenKappa([[1], [2]])).toBeNull();
    expect(cohenKappa([])).toBeNull();
  });

  it('uses only the units both coders coded', () => {
    // The textbook table again, plus units one coder skipped: they must not change κ.
    const data = [
      ...repeat(20, ['yes', 'yes']),
      ...repeat(5, ['yes', 'no']),
      ...repeat(10, ['no', 'yes']),
      ...repeat(15, ['no', 'no']),
    ];
    expect(cohenKappa([...data, ['yes', null], [null, 'no'], [null, null]])).toBeCloseTo(0.4, 12);
  });
});

describe('Krippendorff (2011), “Computing Krippendorff’s Alpha-Reliability”', () => {
  it('gives α = 0.743 for example C: nominal data, four observers, missing data', () => {
    const _ = null;
    const data = byUnit(
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _], // observer A
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3], // observer B
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _], // observer C
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _], // observer D
    );
    const figures = agreement(data);
    // Unit 12 has one value only, so it is not pairable; the other 11 hold the paper's n = 40 values.
    expect(figures.units).toBe(11);
    // Published: α = 0.743. Exactly 1 − (n − 1)·Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k = 113/152 (0.74342…),
    // worked out in Python with fractions from the coincidence matrix.
    expect(figures.krippendorffAlpha).toBeCloseTo(0.743, 3);
    expect(figures.krippendorffAlpha).toBeCloseTo(113 / 152, 12);
    // By hand: 55 pairs of values within units (three units of 3 values, one of 2, eight of 4), 43 agree.
    expect(figures.percentAgreement).toBeCloseTo(43 / 55, 12);
    expect(figures.cohenKappa).toBeNull();
  });

  it('gives α = 0.095 for example A: two observers, binary data', () => {
    const data = byUnit([0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]);
    const figures = agreement(data);
    expect(figures.units).toBe(10);
    // Published: α = 0.095; exactly 2/21 (n = 20, o_01 = o_10 = 4, n_0 = 14, n_1 = 6: 1 − 19·8/168).
    expect(figures.krippendorffAlpha).toBeCloseTo(0.095, 3);
    expect(figures.krippendorffAlpha).toBeCloseTo(2 / 21, 12);
    // The observers agree on 6 of 10 units; p_e = 0.8·0.6 + 0.2·0.4 = 0.56, so κ = 0.04/0.44 = 1/11.
    expect(figures.percentAgreement).toBeCloseTo(0.6, 12);
    expect(figures.cohenKappa).toBeCloseTo(1 / 11, 12);
  });
});

describe('percent agreement with more than two coders', () => {
  it('equals the mean of the coder pairs’ percent agreement when the data are complete', () => {
    // Coder pairs over 4 units: A–B agree on 3, A–C on 2, B–C on 1 → (0.75 + 0.5 + 0.25) / 3 = 0.5.
    const data = [
      ['x', 'x', 'x'],
      ['x', 'x', 'y'],
      ['y', 'y', 'z'],
      ['z', 'y', 'z'],
    ];
    expect(percentAgreement(data)).toBeCloseTo(0.5, 12);
  });
});

describe('undefined statistics are null, never NaN', () => {
  it('gives perfect percent agreement but no kappa or alpha when everyone used one code', () => {
    expect(
      agreement([
        ['a', 'a'],
        ['a', 'a'],
        ['a', 'a'],
      ]),
    ).toEqual({
      units: 3,
      percentAgreement: 1,
      cohenKappa: null,
      krippendorffAlpha: null,
    });
    expect(
      krippendorffAlphaNominal([
        [3, 3, 3],
        [3, null, 3],
      ]),
    ).toBeNull();
  });

  it('gives nothing without pairable units', () => {
    const none = { units: 0, percentAgreement: null, cohenKappa: null, krippendorffAlpha: null };
    expect(agreement([])).toEqual(none);
    expect(
      agreement([
        ['a', null],
        [null, 'b'],
        [null, null],
      ]),
    ).toEqual(none);
  });

  it('keeps kappa to two coders even when alpha and percent agreement are defined', () => {
    const figures = agreement([
      [1, 1, 2],
      [2, 2, 2],
      [1, 2, 1],
    ]);
    expect(figures.cohenKappa).toBeNull();
    expect(figures.krippendorffAlpha).not.toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { conditionScores, standardise } from '../../../shared/scores/standardise';

describe('standardising indicators', () => {
  // Reference values from Python's statistics.mean/stdev (stdev uses n − 1, as R's sd()):
  // x = [42, 41, 45, 47, 44, 50, 52, 47, 38]: mean 45.111111111111114, sd 4.428443418528808
  const lonely = new Map([
    ['WK026801', 42],
    ['WK026802', 41],
    ['WK026803', 45],
    ['WK026804', 47],
    ['WK026805', 44],
    ['WK026806', 50],
    ['WK026807', 52],
    ['WK026808', 47],
    ['WK026809', 38],
  ] as [string, number | null][]);
  const all = new Set(lonely.keys());

  it('uses the mean and the sd with n − 1, as R does', () => {
    const result = standardise(
      { condition: 'cohesion', domain: null, polarity: 'positive', weight: 1, values: lonely },
      all,
    );
    expect(result.mean).toBeCloseTo(45.111111111111114, 12);
    expect(result.sd).toBeCloseTo(4.428443418528808, 12);
    // (42 − mean) / sd = -0.7025292675286501
    expect(result.z.get('WK026801')).toBeCloseTo(-0.7025292675286501, 12);
  });

  it('turns the sign for an indicator where higher is worse', () => {
    const result = standardise(
      { condition: 'cohesion', domain: null, polarity: 'negative', weight: 1, values: lonely },
      all,
    );
    expect(result.z.get('WK026801')).toBeCloseTo(0.7025292675286501, 12);
  });

  it('standardises over the reference set only, and still gives every area a z', () => {
    const reference = new Set(['WK026801', 'WK026802', 'WK026803']);
    const result = standardise(
      { condition: 'cohesion', domain: null, polarity: 'positive', weight: 1, values: lonely },
      reference,
    );
    // statistics on [42, 41, 45]: (50 − mean) / stdev = 3.5228193837119184
    expect(result.areas).toBe(3);
    expect(result.z.get('WK026806')).toBeCloseTo(3.5228193837119184, 12);
  });

  it('gives null, never NaN, where z is undefined', () => {
    const one = standardise(
      {
        condition: 'security',
        domain: null,
        polarity: 'positive',
        weight: 1,
        values: new Map([
          ['A', 1],
          ['B', null],
        ]),
      },
      new Set(['A', 'B']),
    );
    expect(one.sd).toBeNull();
    expect([...one.z.values()]).toEqual([null, null]);
    const flat = standardise(
      {
        condition: 'security',
        domain: null,
        polarity: 'positive',
        weight: 1,
        values: new Map([
          ['A', 3],
          ['B', 3],
        ]),
      },
      new Set(['A', 'B']),
    );
    expect([...flat.z.values()]).toEqual([null, null]);
  });
});

describe('condition index', () => {
  it('is 100 + 10 × the weighted mean z of the indicators with a value', () => {
    const scores = conditionScores([
      { condition: 'cohesion', weight: 1, z: 0.5 },
      { condition: 'cohesion', weight: 3, z: -0.5 },
      { condition: 'security', weight: 1, z: null },
      { condition: 'empowerment', weight: 2, z: 1.2 },
    ]);
    expect(scores.cohesion).toBeCloseTo(100 + 10 * ((0.5 - 1.5) / 4), 12);
    expect(scores.empowerment).toBeCloseTo(112, 12);
    expect(scores.security).toBeNull();
    expect(scores.inclusion).toBeNull();
  });
});

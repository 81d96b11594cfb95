import { describe, expect, it } from 'vitest';
import { NumberStatistics, TextStatistics } from '../../../engine/import/column-statistics';

describe('column statistics', () => {
  it('gives n, missing, mean, min, max, distinct and the most frequent values of numbers', () => {
    const stats = new NumberStatistics();
    for (const value of [3, 1, 3, NaN, 2.5, 3, 1, -4, NaN]) stats.add(value);
    expect(stats.summary()).toEqual({
      n: 7,
      missing: 2,
      mean: 9.5 / 7,
      min: -4,
      max: 3,
      distinct: 4,
      top: [
        { value: '3', count: 3 },
        { value: '1', count: 2 },
        { value: '-4', count: 1 },
        { value: '2.5', count: 1 },
      ],
    });
  });

  it('counts a million distinct values exactly and keeps the mean exact', () => {
    const stats = new NumberStatistics();
    for (let i = 0; i < 1_000_000; i++) stats.add(i * 0.01);
    stats.add(123.45);
    const summary = stats.summary();
    expect(summary.distinct).toBe(1_000_000);
    expect(summary.top?.[0]).toEqual({ value: '123.45', count: 2 });
    expect(summary.top).toHaveLength(10);
    // Σ i·0.01 for i < 10⁶ = 0.01 · 10⁶(10⁶ − 1)/2 = 4999995000, plus 123.45
    expect(summary.mean).toBeCloseTo((4_999_995_000 + 123.45) / 1_000_001, 9);
  });

  it('counts respondent numbers exactly, also a number seen before the counts were wide enough to reach it', () => {
    const stats = new NumberStatistics();
    stats.add(5000);
    for (let i = 1; i <= 8000; i++) stats.add(i);
    stats.add(2_000_000);
    const summary = stats.summary();
    expect(summary.distinct).toBe(8001);
    expect(summary.top?.slice(0, 3)).toEqual([
      { value: '5000', count: 2 },
      { value: '1', count: 1 },
      { value: '2', count: 1 },
    ]);
    expect(summary.max).toBe(2_000_000);
  });

  it('counts text and gives up counting past its limit', () => {
    const stats = new TextStatistics();
    for (const value of ['man', 'vrouw', null, 'vrouw', 'anders']) stats.add(value);
    expect(stats.summary()).toMatchObject({
      n: 4,
      missing: 1,
      distinct: 3,
      top: [
        { value: 'vrouw', count: 2 },
        { value: 'anders', count: 1 },
        { value: 'man', count: 1 },
      ],
    });
    const many = new TextStatistics();
    for (let i = 0; i < 20_000; i++) many.add(`antwoord ${i}`);
    expect(many.summary()).toMatchObject({ n: 20_000, distinct: null, top: null });
  });
});

import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../renderer/src/i18n/format';

describe("the variable view's numbers, as Dutch writes them", () => {
  it('groups thousands from five digits on, keeps the decimals a value has, and gives a mean two', () => {
    // The figures: a mean of 19117.22 and a minimum of 11580 had no thousands separator.
    expect(formatNumber('nl', 19117.22, 'mean')).toBe('19.117,22');
    expect(formatNumber('nl', 7.5, 'mean')).toBe('7,50');
    expect(formatNumber('nl', 11580, 'measure')).toBe('11.580');
    expect(formatNumber('nl', 1579.19, 'measure')).toBe('1579,19');
    // A year stays a year.
    expect(formatNumber('nl', 2016, 'measure')).toBe('2016');
    expect(formatNumber('en', 19117.22, 'mean')).toBe('19,117.22');
    // A value as stored (an id, a code, a preview cell) is never grouped.
    expect(formatNumber('nl', 1234567, 'value')).toBe('1234567');
  });
});

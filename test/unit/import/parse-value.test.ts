import { describe, expect, it } from 'vitest';
import { isMissing, parseCell, parseDate, parseNumber } from '../../../shared/import/parse-value';

describe('isMissing', () => {
  it.each(['', '   ', 'NA', 'na', 'N/A', '#N/A', 'NaN', '.', '       .', 'x'])('treats %j as missing', (raw) => {
    expect(isMissing(raw)).toBe(true);
  });

  it.each(['0', '-', 'X', 'nee', 'N.v.t.'])('keeps %j as a value', (raw) => {
    expect(isMissing(raw)).toBe(false);
  });

  it('applies a column’s own codes, by text and by numeric value', () => {
    expect(isMissing('99', ['99', '-99998'])).toBe(true);
    expect(isMissing(' -99998 ', ['99', '-99998'])).toBe(true);
    expect(isMissing('99,0', ['99'], ',')).toBe(true);
    expect(isMissing('9', ['99'], ',')).toBe(false);
    expect(isMissing('weet niet', ['weet niet'])).toBe(true);
  });
});

describe('parseNumber', () => {
  it('reads decimal commas, with thousands points', () => {
    expect(parseNumber('7,5', ',')).toBe(7.5);
    expect(parseNumber('1.234,5', ',')).toBe(1234.5);
    expect(parseNumber('1.234.567', ',')).toBe(1234567);
    expect(parseNumber('-0,022', ',')).toBe(-0.022);
    expect(parseNumber(',5', ',')).toBe(0.5);
  });

  it('reads decimal points, with thousands commas, and StatLine padding', () => {
    expect(parseNumber('    20.8', '.')).toBe(20.8);
    expect(parseNumber('  -0.100', '.')).toBe(-0.1);
    expect(parseNumber('  457400', '.')).toBe(457400);
    expect(parseNumber('1,234.5', '.')).toBe(1234.5);
  });

  it('reads 1.234 by the mark it is given: that is the column’s decision', () => {
    expect(parseNumber('1.234', ',')).toBe(1234);
    expect(parseNumber('1.234', '.')).toBe(1.234);
    expect(parseNumber('1,234', ',')).toBe(1.234);
    expect(parseNumber('1,234', '.')).toBe(1234);
  });

  it('rejects separators that are not groups of three', () => {
    expect(parseNumber('1.23', ',')).toBeNull();
    expect(parseNumber('1.2345,6', ',')).toBeNull();
    expect(parseNumber('0.100', ',')).toBeNull();
    expect(parseNumber('12,5', '.')).toBeNull();
    expect(parseNumber('1.234,5', '.')).toBeNull();
  });

  it('reads signs, exponents and no-break spaces between groups', () => {
    expect(parseNumber('+3', '.')).toBe(3);
    expect(parseNumber('\u22124,5', ',')).toBe(-4.5);
    expect(parseNumber('1e-4', '.')).toBe(0.0001);
    expect(parseNumber('1,5E3', ',')).toBe(1500);
    expect(parseNumber('1\u00a0234,5', ',')).toBe(1234.5);
    expect(parseNumber('-0', '.')).toBe(0);
  });

  it.each(['', '.', '-', 'abc', '12%', '1 234', '5.', '1,2,3', '€ 5'])('rejects %j', (raw) => {
    expect(parseNumber(raw, ',')).toBeNull();
    expect(parseNumber(raw, '.')).toBeNull();
  });
});

describe('parseDate', () => {
  it.each([
    ['2020-03-01', '2020-03-01'],
    ['2020/3/1', '2020-03-01'],
    ['01-03-2020', '2020-03-01'],
    ['1-3-2020', '2020-03-01'],
    ['1/3/2020', '2020-03-01'],
    ['1.3.2020', '2020-03-01'],
    [' 29-02-2020 ', '2020-02-29'],
    ['29-02-2000', '2000-02-29'],
  ])('reads %j as %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it.each([
    '31-02-2020',
    '29-02-2019',
    '29-02-1900',
    '31-04-2021',
    '2020-13-01',
    '00-01-2020',
    '1-3-20',
    '03-25-2020',
    '2020-03-01T10:00',
    '1-3/2020',
  ])('rejects %j', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });
});

describe('parseCell', () => {
  it('reads CBS nil as 0 in number columns only', () => {
    expect(parseCell(' - ', { type: 'number', decimalMark: ',' })).toEqual({ kind: 'number', value: 0 });
    expect(parseCell('-', { type: 'text', decimalMark: ',' })).toEqual({ kind: 'text', value: '-' });
  });

  it('reads StatLine’s padded secret value as missing, not as 0', () => {
    expect(parseCell('       .', { type: 'number', decimalMark: '.' })).toEqual({ kind: 'missing' });
  });

  it('applies the column’s missing codes before reading the number', () => {
    const spec = { type: 'number', decimalMark: ',', missingCodes: ['99'] } as const;
    expect(parseCell('99', spec)).toEqual({ kind: 'missing' });
    expect(parseCell('4', spec)).toEqual({ kind: 'number', value: 4 });
  });

  it('reports values that do not fit the type, keeping the raw text', () => {
    expect(parseCell('onbekend', { type: 'number', decimalMark: ',' })).toEqual({ kind: 'invalid', raw: 'onbekend' });
    expect(parseCell('31-02-2020', { type: 'date', decimalMark: ',' })).toEqual({ kind: 'invalid', raw: '31-02-2020' });
  });

  it('reads dates to ISO and trims text', () => {
    expect(parseCell('5-11-2019', { type: 'date', decimalMark: ',' })).toEqual({ kind: 'date', value: '2019-11-05' });
    expect(parseCell('  vrouw ', { type: 'category', decimalMark: ',' })).toEqual({ kind: 'text', value: 'vrouw' });
  });
});

import { describe, expect, it } from 'vitest';
import { localeOf, decimalMark } from '../../../shared/i18n/locale';
import { defineMessages, inBothLanguages, mergeMessages, translate } from '../../../shared/i18n/messages';

const texts = defineMessages({
  nl: {
    rows: '{count} rijen',
    unchanged: 'Niet gewijzigd',
    areas: (p: { count: number }) => `${p.count} ${p.count === 1 ? 'gebied' : 'gebieden'}`,
  },
  en: {
    rows: '{count} rows',
    unchanged: 'Not changed',
    areas: (p) => `${p.count} ${p.count === 1 ? 'area' : 'areas'}`,
  },
});

describe('message tables', () => {
  it('pick the language and fill in the parameters', () => {
    expect(translate('nl', texts, 'rows', { count: 3 })).toBe('3 rijen');
    expect(translate('en', texts, 'rows', { count: 3 })).toBe('3 rows');
    expect(translate('en', texts, 'unchanged')).toBe('Not changed');
    expect(translate('nl', texts, 'areas', { count: 1 })).toBe('1 gebied');
    expect(translate('en', texts, 'areas', { count: 2 })).toBe('2 areas');
  });

  it('leave a placeholder without a value as it is, and do not read placeholders inside values', () => {
    expect(translate('nl', texts, 'rows')).toBe('{count} rijen');
    expect(translate('nl', texts, 'rows', { count: '{count}' })).toBe('{count} rijen');
  });

  it('say a text in both languages, and merge capabilities side by side', () => {
    expect(inBothLanguages(texts, 'unchanged')).toEqual({ nl: 'Niet gewijzigd', en: 'Not changed' });
    const more = defineMessages({ nl: { total: 'Totaal' }, en: { total: 'Total' } });
    const merged = mergeMessages(texts, more);
    expect(translate('en', merged, 'total')).toBe('Total');
    expect(translate('nl', merged, 'unchanged')).toBe('Niet gewijzigd');
    // The same part twice is one part; a key given two texts is refused instead of one replacing the other.
    expect(translate('nl', mergeMessages(texts, texts), 'rows', { count: 2 })).toBe('2 rijen');
    const clash = defineMessages({ nl: { rows: 'Regels' }, en: { rows: 'Lines' } });
    expect(() => mergeMessages(texts, clash)).toThrow('Message key "rows" has two texts');
  });

  it('refuse, in the type system, a key missing or extra in English', () => {
    // @ts-expect-error: English lacks `b`.
    defineMessages({ nl: { a: 'A', b: 'B' }, en: { a: 'A' } });
    // @ts-expect-error: English has `c`, which Dutch does not.
    defineMessages({ nl: { a: 'A' }, en: { a: 'A', c: 'C' } });
  });
});

describe('the locale helper', () => {
  it('gives every number and date format its locale', () => {
    expect(localeOf('nl')).toBe('nl-NL');
    expect(localeOf('en')).toBe('en-GB');
    expect((1234.5).toLocaleString(localeOf('nl'))).toBe('1.234,5');
    expect(decimalMark('nl')).toBe(',');
    expect(decimalMark('en')).toBe('.');
  });
});

import { useMemo } from 'react';
import type { Language } from '../../../shared/contract/channels';
import { useLanguage } from '../i18n/hooks';
import { localeOf } from '../../../shared/i18n/locale';

export interface ScoreFormat {
  /** A condition index: one decimal, `104,3`. */
  index(value: number): string;
  /** A z score: two decimals with its sign, `+0,45`. */
  z(value: number): string;
  /** An indicator's value in an area (a mean or a percentage): two decimals. */
  value(value: number): string;
  count(value: number): string;
  /** A date in words, as in the source line of an export: `3 juni 2025`. */
  date(date: Date): string;
}

const formats = new Map<Language, ScoreFormat>();

/** Formats for the analysis, made once per language (a table of areas formats hundreds of numbers). */
export function scoreFormat(language: Language): ScoreFormat {
  let format = formats.get(language);
  if (!format) {
    const locale = localeOf(language);
    const index = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      useGrouping: false,
    });
    const z = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      signDisplay: 'exceptZero',
    });
    const value = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      useGrouping: false,
    });
    const count = new Intl.NumberFormat(locale);
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    format = {
      index: (v) => index.format(v),
      z: (v) => z.format(v),
      value: (v) => value.format(v),
      count: (v) => count.format(v),
      date: (d) => date.format(d),
    };
    formats.set(language, format);
  }
  return format;
}

export function useScoreFormat(): ScoreFormat {
  const language = useLanguage();
  return useMemo(() => scoreFormat(language), [language]);
}

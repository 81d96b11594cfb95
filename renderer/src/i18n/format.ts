import type { Language } from '../../../shared/contract/channels';
import { localeOf } from '../../../shared/i18n/locale';

/**
 * Number formats, made once per language and style: a preview formats thousands of cells, and
 * building an Intl.NumberFormat costs far more than using one.
 */
const numberStyles = {
  /** Counts and rates: grouped, at most three decimals. */
  count: {},
  /** A value as stored (a cell, a minimum): every decimal it has, and no grouping, since ids, codes and years are values too. */
  value: { maximumFractionDigits: 10, useGrouping: false },
  /**
   * A measured quantity's minimum or maximum: every decimal it has, thousands grouped from five digits on
   * (`19.117,22`, but `2016` and `1579,19`), as Dutch writes numbers.
   */
  measure: { maximumFractionDigits: 10, useGrouping: 'min2' },
  /** A mean: two decimals, thousands grouped from five digits on, like the minimum and maximum beside it. */
  mean: { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: 'min2' },
  /** A file size in kB or MB. */
  size: { maximumFractionDigits: 1 },
} satisfies Record<string, Intl.NumberFormatOptions>;

export type NumberStyle = keyof typeof numberStyles;

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, style: NumberStyle): Intl.NumberFormat {
  const key = `${language}:${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), numberStyles[style]);
    formats.set(key, format);
  }
  return format;
}

export function formatNumber(language: Language, value: number, style: NumberStyle = 'count'): string {
  return numberFormat(language, style).format(value);
}

export function formatFileSize(language: Language, bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(language, Math.max(0.1, bytes / 1024), 'size')} kB`;
  return `${formatNumber(language, bytes / (1024 * 1024), 'size')} MB`;
}

export function formatDateTime(language: Language, isoDate: string): string {
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

import { useCallback, useMemo } from 'react';
import type { Language } from '../../../shared/contract/channels';
import { useWorkbench } from '../stores/workbench-context';
import { formatDateTime, formatFileSize, formatNumber } from './format';
import { translate, type MessageParams, type MessageTable, type Texts } from '../../../shared/i18n/messages';

export function useLanguage(): Language {
  return useWorkbench((state) => state.language);
}

export type { MessageParams };

/** A message function over the keys `K` of a table, as `useT` gives it. */
export type Translate<K extends string> = (key: K, params?: MessageParams) => string;

/**
 * The message function for the current UI language over a feature's table (its `*-texts.ts`): the keys
 * are that table's. The table is a module's constant, so no React context is needed to find it.
 */
export function useT<T extends Texts>(table: MessageTable<T>): Translate<keyof T & string> {
  const language = useLanguage();
  return useCallback(
    (key: keyof T & string, params?: MessageParams) => translate(language, table as MessageTable, key, params),
    [language, table],
  );
}

export interface Formatters {
  /** A count: `12.345`. */
  number(value: number): string;
  /** A value as it is stored, all its decimals, not grouped: `2024`, `7,25`. */
  value(value: number): string;
  /** A quantity's minimum or maximum: all its decimals, grouped from five digits: `19.117,22`, `2016`. */
  measure(value: number): string;
  /** A mean, two decimals, grouped from five digits: `7,50`, `19.117,22`. */
  mean(value: number): string;
  fileSize(bytes: number): string;
  dateTime(isoDate: string): string;
}

export function useFormat(): Formatters {
  const language = useLanguage();
  return useMemo(
    () => ({
      number: (value: number) => formatNumber(language, value),
      value: (value: number) => formatNumber(language, value, 'value'),
      measure: (value: number) => formatNumber(language, value, 'measure'),
      mean: (value: number) => formatNumber(language, value, 'mean'),
      fileSize: (bytes: number) => formatFileSize(language, bytes),
      dateTime: (isoDate: string) => formatDateTime(language, isoDate),
    }),
    [language],
  );
}

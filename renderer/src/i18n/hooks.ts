import { useCallback, useMemo } from 'react';
import type { Language } from '../../../shared/contract/channels';
import { useWorkbench } from '../stores/workbench-context';
import { formatDateTime, formatFileSize, formatNumber } from './format';
import type { MessageKey } from './messages.nl';
import { translate, type MessageParams } from './translate';

export function useLanguage(): Language {
  return useWorkbench((state) => state.language);
}

/** The message function for the current UI language. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const language = useLanguage();
  return useCallback((key: MessageKey, params?: MessageParams) => translate(language, key, params), [language]);
}

export interface Formatters {
  /** A count: `12.345`. */
  number(value: number): string;
  /** A value as it is stored, all its decimals, not grouped: `2024`, `7,25`. */
  value(value: number): string;
  /** A mean, two decimals, not grouped: `7,50`. */
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
      mean: (value: number) => formatNumber(language, value, 'mean'),
      fileSize: (bytes: number) => formatFileSize(language, bytes),
      dateTime: (isoDate: string) => formatDateTime(language, isoDate),
    }),
    [language],
  );
}

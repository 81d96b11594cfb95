import { useCallback, useMemo } from 'react';
import type { Language } from '../../../shared/contract/channels';
import { useWorkbench } from '../stores/workbench-context';
import { formatDateTime, formatNumber } from './format';
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
  number(value: number): string;
  dateTime(isoDate: string): string;
}

export function useFormat(): Formatters {
  const language = useLanguage();
  return useMemo(
    () => ({
      number: (value: number) => formatNumber(language, value),
      dateTime: (isoDate: string) => formatDateTime(language, isoDate),
    }),
    [language],
  );
}

import type { Language } from '../../../shared/contract/channels';

/** British English keeps day-month order and 24-hour times, closest to what Dutch users expect. */
const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export function formatNumber(language: Language, value: number): string {
  return new Intl.NumberFormat(locales[language]).format(value);
}

export function formatDateTime(language: Language, isoDate: string): string {
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

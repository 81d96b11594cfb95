import type { Language } from '../i18n/language';
import { localeOf } from '../i18n/locale';

/** A number as the language writes it, without thousands separators (so spreadsheets read it back). */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  return value.toLocaleString(localeOf(language), { maximumFractionDigits, useGrouping: false });
}

/** Text in the language's order, numbers inside it by their value ("Wijk 2" before "Wijk 10"). */
export function compareText(a: string, b: string, language: Language): number {
  return a.localeCompare(b, localeOf(language), { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}

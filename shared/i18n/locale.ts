import type { Language } from './language';

/** British English keeps day-month order and 24-hour times, closest to what Dutch users expect. */
const locales = { nl: 'nl-NL', en: 'en-GB' } as const satisfies Record<Language, string>;

const decimalMarks = { nl: ',', en: '.' } as const satisfies Record<Language, string>;

/** The locale that formats numbers and dates for a language: `nl-NL` (decimal comma) or `en-GB`. */
export function localeOf(language: Language): (typeof locales)[Language] {
  return locales[language];
}

/** The decimal mark a language writes: a comma in Dutch, a point in English. */
export function decimalMark(language: Language): ',' | '.' {
  return decimalMarks[language];
}

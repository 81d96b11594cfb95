import type { LocalizedText } from '../contract/result';
import type { ColumnRole } from './infer-column';
import type { ColumnType } from './parse-value';

/** A column's type and role in words, for the command line's text output (the app has its own message files). */
export const columnTypeWords: Record<ColumnType, LocalizedText> = {
  number: { nl: 'getal', en: 'number' },
  category: { nl: 'categorie', en: 'category' },
  text: { nl: 'tekst', en: 'text' },
  date: { nl: 'datum', en: 'date' },
};

export const columnRoleWords: Record<ColumnRole, LocalizedText> = {
  id: { nl: 'id', en: 'id' },
  area_code: { nl: 'gebiedscode', en: 'area code' },
  area_name: { nl: 'gebiedsnaam', en: 'area name' },
  weight: { nl: 'weging', en: 'weight' },
};

import type { LocalizedText } from '../contract/result';
import type { ColumnNote } from './import-plan';
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

/** Why a column deserves a look after the import (see `ColumnNote`). */
export function columnNoteText(note: ColumnNote): LocalizedText {
  return note.kind === 'empty'
    ? {
        nl: `de kolom "${note.column}" is leeg: geen enkele regel heeft een waarde.`,
        en: `the column "${note.column}" is empty: no line has a value.`,
      }
    : {
        nl: `de kolom "${note.column}" heeft maar één waarde ("${note.value}") op elke regel.`,
        en: `the column "${note.column}" holds one value only ("${note.value}") on every line.`,
      };
}

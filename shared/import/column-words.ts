import type { Language } from '../i18n/language';
import { defineMessages, translate } from '../i18n/messages';
import type { ColumnNote } from './import-plan';
import type { ColumnRole } from './infer-column';
import type { ColumnType } from './parse-value';

/** A column's type and role in words, and why a column deserves a look after the import (see `ColumnNote`). */
export const columnWords = defineMessages({
  nl: {
    'type.number': 'getal',
    'type.category': 'categorie',
    'type.text': 'tekst',
    'type.date': 'datum',
    'role.id': 'id',
    'role.area_code': 'gebiedscode',
    'role.area_name': 'gebiedsnaam',
    'role.weight': 'weging',
    'note.empty': 'de kolom "{column}" is leeg: geen enkele regel heeft een waarde.',
    'note.one_value': 'de kolom "{column}" heeft maar één waarde ("{value}") op elke regel.',
  },
  en: {
    'type.number': 'number',
    'type.category': 'category',
    'type.text': 'text',
    'type.date': 'date',
    'role.id': 'id',
    'role.area_code': 'area code',
    'role.area_name': 'area name',
    'role.weight': 'weight',
    'note.empty': 'the column "{column}" is empty: no line has a value.',
    'note.one_value': 'the column "{column}" holds one value only ("{value}") on every line.',
  },
});

export function columnTypeWord(language: Language, type: ColumnType): string {
  return translate(language, columnWords, `type.${type}`);
}

export function columnRoleWord(language: Language, role: ColumnRole): string {
  return translate(language, columnWords, `role.${role}`);
}

export function columnNoteText(language: Language, note: ColumnNote): string {
  return note.kind === 'empty'
    ? translate(language, columnWords, 'note.empty', { column: note.column })
    : translate(language, columnWords, 'note.one_value', { column: note.column, value: String(note.value) });
}

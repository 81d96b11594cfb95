import { defineMessages, type SameTexts } from '../i18n/messages';

/**
 * A capability's errors: a message table (see shared/i18n/messages.ts) whose texts are functions of the
 * error's parameters, so each code says what went wrong with which file, line or column.
 */
export function defineErrors<T extends Record<string, (params: never) => string>>(table: { nl: T; en: SameTexts<T> }) {
  return defineMessages(table);
}

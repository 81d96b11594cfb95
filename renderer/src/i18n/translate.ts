import type { Language } from '../../../shared/contract/channels';
import { translate as translateText, type MessageParams, type MessageTable } from '../../../shared/i18n/messages';
import { en } from './messages.en';
import { nl, type MessageKey, type Messages } from './messages.nl';

/** The UI's texts: one message table (shared/i18n/messages.ts), the same keys in both languages. */
const texts: MessageTable<Messages> = { nl, en };

export type { MessageParams };

export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return translateText(language, texts, key, params);
}

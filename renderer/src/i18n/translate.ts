import type { Language } from '../../../shared/contract/channels';
import { en } from './messages.en';
import { nl, type MessageKey, type Messages } from './messages.nl';

const catalogues: Record<Language, Messages> = { nl, en };

export type MessageParams = Record<string, string | number>;

export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = catalogues[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(params[name] ?? placeholder));
}

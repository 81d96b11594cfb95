import type { Language } from './language';

/**
 * The one way the Werkbank says a thing in two languages: a message table with the same keys in Dutch and
 * English, and `translate`, which picks a language's text and fills in its parameters. The renderer's
 * screens, the engine's errors, the command line and the desktop menus and dialogs all use it.
 *
 * A text is a template, where `{name}` marks a parameter, or a function of its parameters where the
 * wording depends on them (a list, a count, a choice).
 */
export type MessageParams = Record<string, string | number>;
type Text = string | ((params: never) => string);
export type Texts = Record<string, Text>;

/** The English side of a table: exactly the Dutch keys, each with the same parameters. */
export type SameTexts<T> = {
  [K in keyof T]: T[K] extends (params: infer P) => string ? (params: P) => string : string;
};

export interface MessageTable<T = Texts> {
  nl: T;
  en: SameTexts<T>;
}

/** A table whose two languages have the same keys: the type system refuses a key missing or extra in English. */
export function defineMessages<T extends Texts>(table: { nl: T; en: SameTexts<T> }): MessageTable<T> {
  return table;
}

/** The parameters a text takes: a function's argument, or a template's `{name}` values. */
export type ParamsOf<T extends Texts, K extends keyof T> = T[K] extends (params: infer P) => string ? P : MessageParams;

type ParamsArgument<T extends Texts, K extends keyof T> = T[K] extends (params: infer P) => string
  ? [P] extends [undefined]
    ? []
    : [params: P]
  : [params?: MessageParams];

export function fillTemplate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(params[name] ?? placeholder));
}

/** The text of `key` in `language`, its parameters filled in. */
export function translate<T extends Texts, K extends keyof T & string>(
  language: Language,
  table: MessageTable<T>,
  key: K,
  ...params: ParamsArgument<T, K>
): string {
  const text = table[language][key] as Text;
  if (typeof text === 'function') return (text as (p: unknown) => string)(params[0]);
  return fillTemplate(text, params[0] as MessageParams | undefined);
}

/** The text of `key` in both languages, for what is shown later in whichever the user then reads. */
export function inBothLanguages<T extends Texts, K extends keyof T & string>(
  table: MessageTable<T>,
  key: K,
  ...params: ParamsArgument<T, K>
): { nl: string; en: string } {
  return { nl: translate('nl', table, key, ...params), en: translate('en', table, key, ...params) };
}

type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (whole: infer I) => void ? I : never;

/**
 * One table of several (the capabilities' parts), each language's texts side by side. A key two parts give
 * different texts is refused, so that no part's text is replaced in silence; the same part twice is fine.
 */
export function mergeMessages<Parts extends MessageTable<Texts>[]>(
  ...parts: Parts
): MessageTable<Intersection<Parts[number]['nl']>> {
  const merged: MessageTable = { nl: {}, en: {} };
  for (const part of parts) {
    for (const language of ['nl', 'en'] as const) {
      for (const [key, text] of Object.entries(part[language])) {
        const earlier = merged[language][key];
        if (earlier !== undefined && earlier !== text) throw new Error(`Message key "${key}" has two texts`);
        merged[language][key] = text;
      }
    }
  }
  return merged as MessageTable<Intersection<Parts[number]['nl']>>;
}

import type { LocalizedText } from './result';

/** A capability's errors: each code with the function that words it, from its parameters, in both languages. */
export function defineErrors<T extends Record<string, (params: never) => LocalizedText>>(errors: T): T {
  return errors;
}

import type { CodebookCode } from './codebook-types';
import type { Language } from '../contract/channels';
import { conditions } from '../conditions';

/** A code's name in the UI language; the Dutch one is the code's name where there is no English one. */
export function codeLabel(code: CodebookCode, language: Language): string {
  return code.label[language] ?? code.label.nl;
}

/** The colour a code is shown in: its own or its branch's, else the fixed colour of its condition. */
export function codeColor(code: CodebookCode, condition: string | null): string {
  return code.effectiveColor ?? conditions.find((candidate) => candidate.id === condition)?.color ?? '#7b818a';
}

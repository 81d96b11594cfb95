import type { Language } from '../contract/channels';
import { decimalMark } from '../i18n/locale';

/** As many as the contract's BinsSchema takes. */
export const MAX_CUTS = 50;

export type CutPointsParse =
  | { ok: true; cuts: number[] }
  | { ok: false; problem: 'required' | 'notNumber' | 'notRising' | 'tooMany'; text?: string };

/**
 * Cut points as people type them: "90, 110", "30; 45; 65", "18 65". In Dutch a comma inside a number is
 * its decimal mark ("2,5; 7,5"), so a comma separates only when a space follows it or when one token holds
 * several commas ("30,45,65"); in English a comma always separates.
 */
export function parseCutPoints(text: string, language: Language): CutPointsParse {
  const tokens = text
    .split(/;|\s+|,(?=\s)/)
    .flatMap((token) => (language === 'en' || (token.match(/,/g)?.length ?? 0) > 1 ? token.split(',') : [token]))
    .map((token) => token.trim())
    .filter(Boolean);
  if (tokens.length === 0) return { ok: false, problem: 'required' };
  if (tokens.length > MAX_CUTS) return { ok: false, problem: 'tooMany' };
  const cuts: number[] = [];
  for (const token of tokens) {
    const normalised = token.replace(decimalMark(language), '.');
    const value = /^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised) ? Number(normalised) : Number.NaN;
    if (!Number.isFinite(value)) return { ok: false, problem: 'notNumber', text: token };
    cuts.push(value);
  }
  if (cuts.some((cut, i) => i > 0 && cut <= cuts[i - 1]!)) return { ok: false, problem: 'notRising' };
  return { ok: true, cuts };
}

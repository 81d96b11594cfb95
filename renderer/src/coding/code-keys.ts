import type { CodebookCode } from '../../../shared/codebook/codebook-types';
import { isCodable, type CodeLineage } from '../../../shared/coding/code-lineage';
import { conditionIds } from '../../../shared/conditions';

/** The key that accepts the keyword suggestions ("accepteren" / "accept"); no sub-code gets it. */
export const ACCEPT_KEY = 'a';

/** Sub-code keys in the order codes get them: letters, then the same letters with Shift. */
const LETTERS = 'bcdefghijklmnopqrstuvwxyz'.split('');
const SUB_CODE_KEYS = [...LETTERS, ...LETTERS.map((letter) => letter.toUpperCase())];

/** A code as the picker lists it: indented under its condition, with its key where it has one. */
export interface KeyedCode {
  code: CodebookCode;
  depth: number;
  /** `1`–`4`, `b`–`z`, `B`–`Z` (with Shift); null when the letters ran out. */
  key: string | null;
}

export interface CodeKeymap {
  /** Per condition in the fixed order: the condition first, then its codable sub-codes depth first. */
  groups: KeyedCode[][];
  byKey: ReadonlyMap<string, string>;
  byGuid: ReadonlyMap<string, string>;
}

/**
 * Keys for coding: 1–4 the four conditions in their fixed order, letters for the sub-codes in codebook
 * order (archived codes and categories that cannot be coded get none). A sub-code added later shifts the
 * letters after it; the picker always shows the letters as they are now.
 */
export function codeKeymap(codes: readonly CodebookCode[], lineage: CodeLineage): CodeKeymap {
  const byKey = new Map<string, string>();
  const byGuid = new Map<string, string>();
  const free = [...SUB_CODE_KEYS];
  const assign = (code: CodebookCode, key: string | undefined): string | null => {
    if (key === undefined) return null;
    byKey.set(key, code.guid);
    byGuid.set(code.guid, key);
    return key;
  };
  const branch = (list: readonly CodebookCode[], depth: number): KeyedCode[] =>
    list
      .filter((code) => !code.archived)
      .flatMap((code) => [
        ...(isCodable(lineage, code.guid) ? [{ code, depth, key: assign(code, free.shift()) }] : []),
        ...branch(code.children, depth + 1),
      ]);
  const groups = conditionIds.flatMap((id, position) => {
    const condition = codes.find((code) => code.conditionId === id);
    if (!condition) return [];
    return [
      [{ code: condition, depth: 0, key: assign(condition, String(position + 1)) }, ...branch(condition.children, 1)],
    ];
  });
  return { groups, byKey, byGuid };
}

/** How a key is written next to a code: Shift as ⇧. */
export function keyHint(key: string): string {
  return key !== key.toLowerCase() ? `⇧${key}` : key;
}

/**
 * The coding key a key press stands for: a digit (also from the number pad, or a number row that needs
 * Shift), a lower-case letter, or an upper-case one when Shift is held. Caps Lock does not count as Shift.
 */
export function pressedKey(event: { key: string; code: string; shiftKey: boolean }): string | null {
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(event.code)?.[1];
  if (/^[0-9]$/.test(event.key)) return event.key;
  if (digit) return digit;
  if (/^[a-z]$/i.test(event.key)) return event.shiftKey ? event.key.toUpperCase() : event.key.toLowerCase();
  return null;
}

import type { CodebookCode } from '../../../shared/codebook/codebook-types';
import { codePointLength, codePointSlice, type KeywordHit } from '../../../shared/coding/keyword-match';
import type { ConditionId } from '../../../shared/conditions';
import { ancestorsOf, findPlace } from './code-tree';

export interface MarkedPiece {
  text: string;
  /** A word that hit a keyword. */
  marked: boolean;
}

/** The text cut at its hits (in code points, as the matcher counts), so the words that hit can be marked. */
export function markHits(text: string, hits: readonly KeywordHit[]): MarkedPiece[] {
  const pieces: MarkedPiece[] = [];
  let at = 0;
  for (const hit of hits) {
    // A word that hits several codes comes once per code, at the same place.
    if (hit.start < at) continue;
    if (hit.start > at) pieces.push({ text: codePointSlice(text, at, hit.start), marked: false });
    pieces.push({ text: codePointSlice(text, hit.start, hit.end), marked: true });
    at = hit.end;
  }
  const length = codePointLength(text);
  if (at < length) pieces.push({ text: codePointSlice(text, at, length), marked: false });
  return pieces;
}

/** The condition a code belongs to: its own, or the nearest one above it. */
export function conditionOfCode(codes: CodebookCode[], guid: string): ConditionId | null {
  for (const candidate of [guid, ...ancestorsOf(codes, guid).reverse()]) {
    const condition = findPlace(codes, candidate)?.code.conditionId;
    if (condition) return condition;
  }
  return null;
}

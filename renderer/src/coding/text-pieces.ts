import type { Segment } from '../../../shared/coding/coding-types';
import type { KeywordHit } from '../../../shared/coding/keyword-match';

/** A run of the text with the keyword hits and the coded segments that cover all of it. */
export interface TextPiece {
  text: string;
  start: number;
  hits: KeywordHit[];
  segments: Segment[];
}

/**
 * Cuts a text where a keyword hit or a segment starts or ends, so each run can be marked. Positions are
 * code points, as hits and segments count them; joined again, the runs are the text exactly, so a
 * selection inside them maps back to the same offsets.
 */
export function textPieces(text: string, hits: readonly KeywordHit[], segments: readonly Segment[]): TextPiece[] {
  const points = Array.from(text);
  const cuts = new Set([0, points.length]);
  for (const span of [...hits, ...segments]) {
    cuts.add(Math.min(span.start, points.length));
    cuts.add(Math.min(span.end, points.length));
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  return bounds.slice(0, -1).flatMap((start, at) => {
    const end = bounds[at + 1]!;
    if (end <= start) return [];
    return [
      {
        text: points.slice(start, end).join(''),
        start,
        hits: hits.filter((hit) => hit.start <= start && hit.end >= end),
        segments: segments.filter((segment) => segment.start <= start && segment.end >= end),
      },
    ];
  });
}

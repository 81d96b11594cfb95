import type { RecordCoding, Segment } from '../../../shared/coding/coding-types';
import { sameCodes, type RecordCodes } from '../../../shared/coding/toggle-code';

export type SegmentSpan = Pick<Segment, 'code' | 'variable' | 'start' | 'end'>;

/** The engine calls that bring a record's coding from `current` to `target`: what undo and redo send. */
export interface RestorePlan {
  /** Segments to remove, by their id now. */
  remove: Segment[];
  add: SegmentSpan[];
  /** The whole-record codes, when they (or the coded flag) differ after the segments are done. */
  set: RecordCodes | null;
}

const spanKey = (segment: SegmentSpan) =>
  `${segment.code}\u0000${segment.variable}\u0000${segment.start}\u0000${segment.end}`;

/**
 * Segments are matched by code and span, not by id: a segment that undo removed and redo added again
 * has a new id. Adding a segment codes the record, so a record that was uncoded before needs the set.
 */
export function restorePlan(current: RecordCoding, target: RecordCoding): RestorePlan {
  const targetKeys = new Set(target.segments.map(spanKey));
  const currentKeys = new Set(current.segments.map(spanKey));
  const remove = current.segments.filter((segment) => !targetKeys.has(spanKey(segment)));
  const add = target.segments
    .filter((segment) => !currentKeys.has(spanKey(segment)))
    .map(({ code, variable, start, end }) => ({ code, variable, start, end }));
  const codedAfterSegments = current.coded || add.length > 0;
  const setNeeded = !sameCodes(current.codes, target.codes) || codedAfterSegments !== target.coded;
  return { remove, add, set: setNeeded ? { codes: [...target.codes], coded: target.coded } : null };
}

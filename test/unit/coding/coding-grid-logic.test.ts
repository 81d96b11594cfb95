import { describe, expect, it } from 'vitest';
import type { CodingRow, RecordCoding, Segment } from '../../../shared/coding/coding-types';
import { pressedKey } from '../../../renderer/src/coding/code-keys';
import {
  emptyCache,
  engineOffset,
  indexOfRecord,
  PAGE_SIZE,
  rowAt,
  withMembership,
  withPage,
} from '../../../renderer/src/coding/page-cache';
import { restorePlan } from '../../../renderer/src/coding/restore-plan';
import { codePointSpan } from '../../../renderer/src/coding/selection-span';
import { textPieces } from '../../../renderer/src/coding/text-pieces';

const segment = (id: number, start: number, end: number, code = 'c'): Segment => ({
  id,
  code,
  variable: 'antwoord',
  start,
  end,
  text: '',
});
const coding = (coded: boolean, codes: string[], segments: Segment[] = []): RecordCoding => ({
  record: 7,
  coded,
  codes,
  segments,
});

describe('restoring a record for undo and redo', () => {
  it('removes and adds segments by span, whatever their ids, then sets the codes', () => {
    const plan = restorePlan(
      coding(true, ['a'], [segment(11, 0, 4), segment(12, 5, 9)]),
      coding(true, ['a', 'b'], [segment(3, 5, 9), segment(4, 10, 12)]),
    );
    expect(plan.remove.map((s) => s.id)).toEqual([11]);
    expect(plan.add).toEqual([{ code: 'c', variable: 'antwoord', start: 10, end: 12 }]);
    expect(plan.set).toEqual({ codes: ['a', 'b'], coded: true });
  });

  it('makes a record uncoded again after its only segment is removed', () => {
    expect(restorePlan(coding(true, [], [segment(1, 0, 4)]), coding(false, []))).toEqual({
      remove: [segment(1, 0, 4)],
      add: [],
      set: { codes: [], coded: false },
    });
  });

  it('sends no set when re-adding the segment codes the record as it was', () => {
    expect(restorePlan(coding(false, []), coding(true, [], [segment(1, 0, 4)])).set).toBeNull();
  });
});

describe('the grid’s pages', () => {
  const rows = (page: number): CodingRow[] =>
    Array.from({ length: PAGE_SIZE }, (_, at) => ({
      record: page * PAGE_SIZE + at + 1,
      id: `R${at}`,
      text: null,
      area: null,
      coded: false,
      codes: [],
      segments: [],
    }));

  it('asks the engine for a later page lower by the rows that left the filter before it', () => {
    let cache = withPage(emptyCache(), 0, rows(0));
    cache = withMembership(withMembership(cache, 3, false), 40, false);
    expect(engineOffset(cache, 0)).toBe(0);
    expect(engineOffset(cache, 1)).toBe(98);
    expect(engineOffset(withMembership(cache, 3, true), 2)).toBe(199);
  });

  it('finds a record’s row among the pages fetched', () => {
    const cache = withPage(withPage(emptyCache(), 0, rows(0)), 2, rows(2));
    expect(indexOfRecord(cache, 205)).toBe(204);
    expect(rowAt(cache, 204)?.record).toBe(205);
    expect(indexOfRecord(cache, 150)).toBe(-1);
    expect(rowAt(cache, 150)).toBeNull();
  });
});

describe('the focus view’s text', () => {
  it('cuts the text at hits and segments in code points, and joins back to the same text', () => {
    const text = 'Buren 😊 helpen elkaar';
    const pieces = textPieces(
      text,
      [{ codeGuid: 'k', pattern: 'elkaar', word: 'elkaar', start: 15, end: 21 }],
      [segment(1, 8, 14)],
    );
    expect(pieces.map((piece) => piece.text)).toEqual(['Buren 😊 ', 'helpen', ' ', 'elkaar']);
    expect(pieces.map((piece) => [piece.hits.length, piece.segments.length])).toEqual([
      [0, 0],
      [0, 1],
      [0, 0],
      [1, 0],
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  });

  it('turns a selection’s UTF-16 offsets into code points, without the spaces at its edges', () => {
    const text = 'Buren 😊 helpen elkaar';
    expect(codePointSpan(text, 8, 16)).toEqual({ start: 8, end: 14 });
    expect(codePointSpan(text, 5, 6)).toBeNull();
  });
});

describe('coding keys', () => {
  it('reads digits from the number row and pad, letters with Shift as capitals, and ignores Caps Lock', () => {
    expect(pressedKey({ key: '3', code: 'Digit3', shiftKey: false })).toBe('3');
    expect(pressedKey({ key: '&', code: 'Digit1', shiftKey: false })).toBe('1');
    expect(pressedKey({ key: '2', code: 'Numpad2', shiftKey: false })).toBe('2');
    expect(pressedKey({ key: 'B', code: 'KeyB', shiftKey: true })).toBe('B');
    expect(pressedKey({ key: 'B', code: 'KeyB', shiftKey: false })).toBe('b');
    expect(pressedKey({ key: 'Enter', code: 'Enter', shiftKey: false })).toBeNull();
  });
});

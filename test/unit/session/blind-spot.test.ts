import { describe, expect, it } from 'vitest';
import { blindSpot, type ConditionAttention } from '../../../shared/session/blind-spot';

type Row = [figures: number | null, provisions: number, words: number | null];
const area = (security: Row, inclusion: Row, cohesion: Row, empowerment: Row) => {
  const view = ([figures, provisions, words]: Row): ConditionAttention => ({ figures, provisions, words });
  return {
    security: view(security),
    inclusion: view(inclusion),
    cohesion: view(cohesion),
    empowerment: view(empowerment),
  };
};

// Each case worked by hand from the rule in docs/ARCHITECTURE.md §1 (sessions).
describe('the blind spot', () => {
  it('is the condition in need with the fewest provisions, whatever the others have', () => {
    // In need (< 100): security 92, cohesion 95, empowerment 99; inclusion 104 is not.
    // Their provisions 2, 2, 1: empowerment. The fewest of all four is inclusion's 0, so not 'few_provisions';
    // empowerment has no words index, so 'few_mentions'.
    expect(blindSpot(area([92, 2, 110], [104, 0, 90], [95, 2, 85], [99, 1, null]))).toEqual({
      condition: 'empowerment',
      reasons: ['low_index', 'few_mentions'],
    });
  });

  it('on a tie of provisions takes the lowest words index; exactly 100 is not in need', () => {
    // In need: security 90 and cohesion 80 (inclusion is 100, not below). Both 1 provision; words 95 < 120.
    expect(blindSpot(area([90, 1, 95], [100, 0, 50], [80, 1, 120], [101, 4, 80]))).toEqual({
      condition: 'security',
      reasons: ['low_index', 'few_mentions'],
    });
  });

  it('counts a missing words index as the lowest', () => {
    // Security and cohesion in need with 0 provisions each; security has no words, cohesion 50.
    expect(blindSpot(area([95, 0, null], [120, 3, 80], [70, 0, 50], [110, 2, 90]))).toEqual({
      condition: 'security',
      reasons: ['low_index', 'few_provisions', 'few_mentions'],
    });
  });

  it('on a tie of provisions and words takes the lowest figures index', () => {
    // Security 95 and cohesion 85, both 1 provision and no words: cohesion. The fewest of all is 1.
    expect(blindSpot(area([95, 1, null], [105, 2, null], [85, 1, null], [130, 3, 40]))).toEqual({
      condition: 'cohesion',
      reasons: ['low_index', 'few_provisions', 'few_mentions'],
    });
  });

  it('without figures counts every condition as in need, and gives no low_index', () => {
    // Provisions 3, 1, 1, 2: inclusion and cohesion tie at 1; words 105 against 98: cohesion.
    expect(blindSpot(area([null, 3, 100], [null, 1, 105], [null, 1, 98], [null, 2, null]))).toEqual({
      condition: 'cohesion',
      reasons: ['few_provisions', 'few_mentions'],
    });
    // A well-mentioned condition with the fewest provisions has that reason alone.
    expect(blindSpot(area([null, 0, 130], [null, 1, 90], [null, 1, 90], [null, 1, 90]))).toEqual({
      condition: 'security',
      reasons: ['few_provisions'],
    });
  });

  it('is none when no condition is in need', () => {
    expect(blindSpot(area([100, 0, null], [112, 0, 60], [101.5, 5, 80], [140, 1, null]))).toBeNull();
  });
});

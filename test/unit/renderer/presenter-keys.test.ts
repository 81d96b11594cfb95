import { describe, expect, it } from 'vitest';
import { presenterMove, type PresenterState } from '../../../renderer/src/presentation/presenter-keys';

const agenda = [11, 12, 13, 14, 15];
const at = (current: number | null, blank = false): PresenterState => ({ steps: agenda, current, blank });

describe('the presenter’s keys', () => {
  it('move to the next step with → PageDown Space and ↓, and start at the first when nothing is shown', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ', 'ArrowDown']) {
      expect(presenterMove(key, at(12)), key).toEqual({ step: 13, blank: false });
      expect(presenterMove(key, at(null)), key).toEqual({ step: 11, blank: false });
    }
  });

  it('move back with ← PageUp and ↑, to the first with Home and the last with End', () => {
    for (const key of ['ArrowLeft', 'PageUp', 'ArrowUp'])
      expect(presenterMove(key, at(13)), key).toEqual({ step: 12, blank: false });
    expect(presenterMove('Home', at(14))).toEqual({ step: 11, blank: false });
    expect(presenterMove('End', at(12))).toEqual({ step: 15, blank: false });
  });

  it('do nothing past either end of the agenda, but a move from a blank screen shows the step', () => {
    expect(presenterMove('ArrowRight', at(15))).toBeNull();
    expect(presenterMove('End', at(15))).toBeNull();
    expect(presenterMove('ArrowLeft', at(11))).toBeNull();
    expect(presenterMove('Home', at(11))).toBeNull();
    expect(presenterMove('ArrowRight', at(15, true))).toEqual({ step: 15, blank: false });
  });

  it('blank and unblank the same step with B (either case) or a full stop, as clickers send it', () => {
    for (const key of ['b', 'B', '.']) {
      expect(presenterMove(key, at(13)), key).toEqual({ step: 13, blank: true });
      expect(presenterMove(key, at(13, true)), key).toEqual({ step: 13, blank: false });
    }
  });

  it('leave with Esc, ignore other keys, and move nowhere in an empty agenda', () => {
    expect(presenterMove('Escape', at(13))).toBe('leave');
    expect(presenterMove('a', at(13))).toBeNull();
    expect(presenterMove('Enter', at(13))).toBeNull();
    expect(presenterMove('ArrowRight', { steps: [], current: null, blank: false })).toBeNull();
    expect(presenterMove('b', { steps: [], current: null, blank: false })).toBeNull();
  });

  it('start from the first step when the one shown has left the agenda', () => {
    expect(presenterMove('ArrowRight', at(99))).toEqual({ step: 11, blank: false });
  });
});

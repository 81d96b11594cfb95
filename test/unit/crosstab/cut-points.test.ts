import { describe, expect, it } from 'vitest';
import { MAX_CUTS, parseCutPoints } from '../../../shared/crosstab/cut-points';

describe('cut points as people type them (shared/crosstab/cut-points)', () => {
  it.each([
    ['90, 110', 'nl', [90, 110]],
    ['30; 45; 65', 'nl', [30, 45, 65]],
    ['18 65', 'nl', [18, 65]],
    // Dutch: a comma inside a number is its decimal mark, so "2,5; 7,5" is two cut points 2.5 and 7.5 …
    ['2,5; 7,5', 'nl', [2.5, 7.5]],
    // … unless one token holds several commas: then they separate.
    ['30,45,65', 'nl', [30, 45, 65]],
    // English: a comma always separates, and the point is the decimal mark.
    ['2.5, 7.5', 'en', [2.5, 7.5]],
    ['30,45,65', 'en', [30, 45, 65]],
    ['-5 +5', 'en', [-5, 5]],
  ] as const)('reads %j (%s) as %j', (text, language, cuts) => {
    expect(parseCutPoints(text, language)).toEqual({ ok: true, cuts });
  });

  it('says what is wrong: nothing typed, not a number, not rising, too many', () => {
    expect(parseCutPoints('  ', 'nl')).toEqual({ ok: false, problem: 'required' });
    expect(parseCutPoints('10; tien', 'nl')).toEqual({ ok: false, problem: 'notNumber', text: 'tien' });
    expect(parseCutPoints('110, 90', 'nl')).toEqual({ ok: false, problem: 'notRising' });
    // In English "2,5; 7,5" is 2, 5, 7, 5: the 5 after 7 does not rise.
    expect(parseCutPoints('2,5; 7,5', 'en')).toEqual({ ok: false, problem: 'notRising' });
    expect(parseCutPoints('20 20', 'en')).toEqual({ ok: false, problem: 'notRising' });
    const fiftyOne = Array.from({ length: MAX_CUTS + 1 }, (_, i) => String(i + 1)).join(' ');
    expect(MAX_CUTS).toBe(50);
    expect(parseCutPoints(fiftyOne, 'en')).toEqual({ ok: false, problem: 'tooMany' });
  });
});

import { describe, expect, it } from 'vitest';
import type { CodingProfile, CodingProfileArea } from '../../../shared/coding/coding-types';
import { defaultWordsCoder, MIN_OVERLAY_AREAS, wordsIndex } from '../../../shared/coding/words-index';
import type { ConditionId } from '../../../shared/conditions';

type Shares = Partial<Record<ConditionId, number | null>>;

function area(code: string, shares: Shares, belowThreshold = false): CodingProfileArea {
  return {
    code,
    name: `Wijk ${code}`,
    coded: belowThreshold ? 3 : 20,
    shares: { security: null, inclusion: null, cohesion: null, empowerment: null, ...shares },
    belowThreshold,
  };
}

function profile(areas: CodingProfileArea[]): CodingProfile {
  const none = { security: null, inclusion: null, cohesion: null, empowerment: null };
  return { dataset: 'enquete', coder: 'consensus', threshold: 10, areas, overall: { coded: 0, shares: none } };
}

/**
 * Worked out by hand. Five areas; the figures' reference set is A, B, C, D (E is not in it), and D has too
 * few coded records, so the words are standardised over A, B and C only.
 *
 * security shares A 0.25, B 0.5, C 0.75 (D 1.0, E 0): mean 0.5; deviations −0.25, 0, +0.25;
 *   sd = √((0.0625 + 0 + 0.0625) / (3 − 1)) = √0.0625 = 0.25; z = −1, 0, +1 → index 90, 100, 110.
 *   D and E get an index on the same scale: (1.0 − 0.5) / 0.25 = +2 → 120; (0 − 0.5) / 0.25 = −2 → 80.
 * inclusion: A null, B 0.5, C 0.5: two values without spread (sd 0) → no index anywhere.
 * cohesion: only C has a share in the reference set (one value: no sd) → no index anywhere.
 * empowerment: A 0.1, B 0.3, C null: mean 0.2, sd = √((0.01 + 0.01) / 1) = √0.02 ≈ 0.141421;
 *   z(A) = −0.1 / 0.141421 = −0.707107 → 92.93; z(B) = +0.707107 → 107.07; C has no share → null.
 */
const worked = profile([
  area('A', { security: 0.25, inclusion: null, empowerment: 0.1 }),
  area('B', { security: 0.5, inclusion: 0.5, empowerment: 0.3 }),
  area('C', { security: 0.75, inclusion: 0.5, cohesion: 0.4 }),
  area('D', { security: 1.0, inclusion: 0.2, cohesion: 0.2, empowerment: 0.9 }, true),
  area('E', { security: 0, cohesion: 0.1 }),
]);

describe('the words index (shared/coding/words-index)', () => {
  const words = wordsIndex(worked, new Set(['A', 'B', 'C', 'D']));

  it('standardises over the areas in the figures’ reference set that are not under the threshold', () => {
    expect(words.reference).toEqual(['A', 'B', 'C']);
  });

  it('puts each condition’s share on the index scale 100 + 10 × z, for every area', () => {
    expect(words.index.get('A')!.security).toBe(90);
    expect(words.index.get('B')!.security).toBe(100);
    expect(words.index.get('C')!.security).toBe(110);
    expect(words.index.get('D')!.security).toBe(120);
    expect(words.index.get('E')!.security).toBe(80);
  });

  it('gives no index without a spread or with a single value, and none where an area has no share', () => {
    for (const code of ['A', 'B', 'C', 'D', 'E']) {
      expect(words.index.get(code)!.inclusion).toBeNull();
      expect(words.index.get(code)!.cohesion).toBeNull();
    }
    expect(words.index.get('A')!.empowerment).toBeCloseTo(92.93, 2);
    expect(words.index.get('B')!.empowerment).toBeCloseTo(107.07, 2);
    expect(words.index.get('C')!.empowerment).toBeNull();
  });

  it('standardises over as few areas as the reference leaves (the overlay itself asks for three)', () => {
    expect(MIN_OVERLAY_AREAS).toBe(3);
    const few = wordsIndex(worked, new Set(['A', 'B']));
    expect(few.reference).toEqual(['A', 'B']);
    // Two values still have a spread: 0.25 and 0.5, mean 0.375, sd = √(2 × 0.125² / 1) = 0.176777; z = ∓0.707107.
    expect(few.index.get('A')!.security).toBeCloseTo(92.93, 2);
    expect(wordsIndex(worked, new Set()).index.get('A')!.security).toBeNull();
  });
});

describe('the coder Woorden en cijfers opens on', () => {
  it('is the consensus where it has codings, else the coder with the most coded records', () => {
    const progress = (entries: [string, number][]) => entries.map(([coder, coded]) => ({ coder, coded }));
    // The engine's order: consensus, people, the auto-coder.
    expect(
      defaultWordsCoder(
        progress([
          ['consensus', 3],
          ['Anna', 40],
          ['suggesties', 1185],
        ]),
      ),
    ).toEqual({
      coder: 'consensus',
      why: 'consensus',
    });
    // The case: a person who coded one record, the suggestions 1,185.
    expect(
      defaultWordsCoder(
        progress([
          ['consensus', 0],
          ['Anna', 1],
          ['suggesties', 1185],
        ]),
      ),
    ).toEqual({
      coder: 'suggesties',
      why: 'most_coded',
    });
    // A tie goes to the first in the engine's order.
    expect(
      defaultWordsCoder(
        progress([
          ['Anna', 7],
          ['Bram', 7],
        ]),
      ),
    ).toEqual({ coder: 'Anna', why: 'most_coded' });
    expect(defaultWordsCoder(progress([['Anna', 0]]))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { CrossTable } from '../../../shared/crosstab/crosstab-types';
import {
  heatFill,
  heatScale,
  percentBands,
  percentMeasureFor,
  percentScaleTop,
} from '../../../shared/crosstab/heat-colours';

/** Only the matrices the colouring reads; the rest of a table does not matter here. */
function table(
  matrices: Partial<Pick<CrossTable, 'residuals' | 'rowPercent' | 'colPercent' | 'totalPercent'>>,
): CrossTable {
  return { residuals: [], rowPercent: [], colPercent: [], totalPercent: [], ...matrices } as unknown as CrossTable;
}

describe('heat colours of a cross-tab (shared/crosstab/heat-colours)', () => {
  it('colours a residual by the bands at |r| = 2 and 4: red for fewer than expected, blue for more', () => {
    const residuals = [[-4.5, -4, -2.5, -2, -1.99, 0, 1.99, 2, 3.99, 4, null]];
    const scale = heatScale('residual', 'count', []);
    const fills = residuals[0]!.map((_, j) => heatFill(scale, table({ residuals }), 0, j));
    expect(fills.map((fill) => fill?.fill ?? null)).toEqual([
      '#b2182b', // −4.5: much fewer
      '#b2182b', // −4: much fewer (the band includes its edge)
      '#f4a582', // −2.5: fewer
      '#f4a582', // −2: fewer
      '#ffffff', // −1.99: as expected
      '#ffffff',
      '#ffffff', // 1.99
      '#92c5de', // 2: more
      '#92c5de', // 3.99
      '#2166ac', // 4: much more
      null, // no residual: no colour
    ]);
    // The mark says the same without colour; white ink only on the two darkest.
    expect(fills.map((fill) => fill?.glyph ?? null).slice(0, 10)).toEqual([
      '▼',
      '▼',
      '▼',
      '▼',
      null,
      null,
      null,
      '▲',
      '▲',
      '▲',
    ]);
    expect(fills[0]!.ink).toBe('#ffffff');
    expect(fills[9]!.ink).toBe('#ffffff');
  });

  it('tops the percentage scale at the first round number not below the largest percentage of all tables', () => {
    // Largest 37.5 (second table) → 40; nulls are left out.
    const tables = [
      table({
        colPercent: [
          [12, null],
          [30, 37],
        ],
      }),
      table({ colPercent: [[37.5, 0]] }),
    ];
    expect(percentScaleTop(tables, 'colPercent')).toBe(40);
    expect(percentScaleTop([table({ rowPercent: [[4.9]] })], 'rowPercent')).toBe(5);
    expect(percentScaleTop([table({ rowPercent: [[60.1]] })], 'rowPercent')).toBe(80);
    expect(percentScaleTop([table({ rowPercent: [[null]] })], 'rowPercent')).toBe(5);
  });

  it('splits the scale into five equal bands: top 40 gives steps of 8', () => {
    expect(percentBands(40).map(({ from, to }) => [from, to])).toEqual([
      [0, 8],
      [8, 16],
      [16, 24],
      [24, 32],
      [32, 40],
    ]);
  });

  it('colours a percentage by its band, the one shown or else the share of the total', () => {
    expect(percentMeasureFor('rowPercent')).toBe('rowPercent');
    expect(percentMeasureFor('count')).toBe('totalPercent');
    expect(percentMeasureFor('residual')).toBe('totalPercent');
    // Total percentages 7.9, 17, 40 and 25: the top is 40, so steps of 8: bands 0, 2, 4 (the top itself) and 3.
    const t = table({
      totalPercent: [
        [7.9, 17],
        [40, 25],
      ],
    });
    const scale = heatScale('percent', 'count', [t]);
    expect(scale).toEqual({ mode: 'percent', percentMeasure: 'totalPercent', percentTop: 40 });
    expect(heatFill(scale, t, 0, 0)).toEqual({ fill: '#eff3ff', ink: '#1b1b1f', glyph: null });
    expect(heatFill(scale, t, 0, 1)).toEqual({ fill: '#6baed6', ink: '#1b1b1f', glyph: null });
    expect(heatFill(scale, t, 1, 0)).toEqual({ fill: '#08306b', ink: '#ffffff', glyph: null });
    expect(heatFill(scale, t, 1, 1)).toEqual({ fill: '#2171b5', ink: '#ffffff', glyph: null });
  });

  it('colours nothing when the heat map is off', () => {
    const t = table({ residuals: [[5]], totalPercent: [[50]] });
    expect(heatFill(heatScale('none', 'count', [t]), t, 0, 0)).toBeNull();
  });
});

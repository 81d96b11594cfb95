import { describe, expect, it } from 'vitest';
import { crosstabFormat } from '../../../shared/crosstab/crosstab-format';
import type {
  CrossTable,
  CrosstabMargin,
  CrosstabResult,
  SuppressionMark,
} from '../../../shared/crosstab/crosstab-types';
import { tableFigures, type ShownFigure } from '../../../shared/crosstab/table-figures';

const nl = crosstabFormat('nl');
const texts = (figures: ShownFigure[]) => figures.map((figure) => figure.text);

function margin(count: number | null, percent: number | null, suppressed: SuppressionMark = null): CrosstabMargin {
  return { count, unweighted: count, percent, suppressed };
}

/**
 * A 2 × 2 table worked out by hand, threshold 10:
 *
 *            ja     nee  | totaal
 *   jong     12       4  |     16
 *   oud      30    1234  |   1264
 *   -----------------------------
 *   totaal   42    1238  |   1280
 *
 * Row percentages: jong 12/16 = 75%, 4/16 = 25%; oud 30/1264 = 2.373…%, 1234/1264 = 97.626…%.
 * Column shares of the whole: 42/1280 = 3.28125%, 1238/1280 = 96.71875%; row shares 16/1280 = 1.25%, 1264/1280 = 98.75%.
 * The 4 is under the threshold. A researcher sees every figure, the 4 flagged; a partner sees "<10" for it, and
 * the row total of "jong" is hidden as well (16 − 12 would give the 4 away): "*".
 */
function crossTable(partner: boolean): CrossTable {
  const hide = <T>(value: T): T | null => (partner ? null : value);
  return {
    layer: null,
    rowCategories: [{}, {}],
    colCategories: [{}, {}],
    counts: [
      [12, hide(4)],
      [30, 1234],
    ],
    rowPercent: [
      [hide(75), hide(25)],
      [(30 / 1264) * 100, (1234 / 1264) * 100],
    ],
    colPercent: [],
    totalPercent: [],
    expected: [],
    residuals: [
      [1.5, -2.25],
      [-0.5, 0.125],
    ],
    rowTotals: [margin(hide(16), hide(1.25), partner ? 'secondary' : null), margin(1264, 98.75)],
    colTotals: [margin(42, 3.28125), margin(1238, 96.71875)],
    total: margin(1280, 100),
    suppressed: [
      [null, 'threshold'],
      [null, null],
    ],
  } as unknown as CrossTable;
}

function result(audience: 'researcher' | 'partner', weight: string | null = null): CrosstabResult {
  return { audience, weight, threshold: 10 } as CrosstabResult;
}

describe('the figures of a cross-tab as it is shown and exported (shared/crosstab/table-figures)', () => {
  it('shows a researcher every count, in Dutch notation, flagging the one under the threshold', () => {
    const figures = tableFigures(result('researcher'), crossTable(false), 'count', nl);
    expect(figures.cells.map(texts)).toEqual([
      ['12', '4'],
      ['30', '1.234'],
    ]);
    expect(figures.cells[0]![1]).toEqual({ text: '4', missing: null, flagged: true });
    expect(figures.cells[0]![0]!.flagged).toBe(false);
    expect(texts(figures.rowTotals)).toEqual(['16', '1.264']);
    expect(texts(figures.colTotals)).toEqual(['42', '1.238']);
    expect(figures.total.text).toBe('1.280');
    // Unweighted: no separate row of respondents.
    expect(figures.rowN).toBeNull();
  });

  it('writes "<10" for a partner where a count is under the threshold, and "*" for what would give it away', () => {
    const figures = tableFigures(result('partner'), crossTable(true), 'count', nl);
    expect(figures.cells.map(texts)).toEqual([
      ['12', '<10'],
      ['30', '1.234'],
    ]);
    expect(figures.cells[0]![1]).toEqual({ text: '<10', missing: 'threshold', flagged: false });
    expect(figures.rowTotals[0]).toEqual({ text: '*', missing: 'secondary', flagged: false });
    expect(texts(figures.colTotals)).toEqual(['42', '1.238']);
  });

  it('follows SPSS for row percentages: each row total is 100%, the column totals are the columns’ shares', () => {
    const researcher = tableFigures(result('researcher'), crossTable(false), 'rowPercent', nl);
    // 75%, 25%; 2.373…% → 2,4%, 97.626…% → 97,6%.
    expect(researcher.cells.map(texts)).toEqual([
      ['75,0%', '25,0%'],
      ['2,4%', '97,6%'],
    ]);
    expect(texts(researcher.rowTotals)).toEqual(['100,0%', '100,0%']);
    // 3.28125% → 3,3%; 96.71875% → 96,7%.
    expect(texts(researcher.colTotals)).toEqual(['3,3%', '96,7%']);
    expect(researcher.total.text).toBe('100,0%');

    // A partner: the percentages of a hidden count are "*", never "<10%", which would misread.
    const partner = tableFigures(result('partner'), crossTable(true), 'rowPercent', nl);
    expect(partner.cells[0]!.map((figure) => [figure.text, figure.missing])).toEqual([
      ['*', 'secondary'],
      ['*', 'secondary'],
    ]);
    expect(partner.rowTotals[0]!.text).toBe('*');
  });

  it('gives residuals signed with two decimals and no margins', () => {
    const figures = tableFigures(result('researcher'), crossTable(false), 'residual', nl);
    // +1.5, −2.25, −0.5 and +0.125; the last rounds half away from zero, to +0,13.
    expect(figures.cells.map(texts)).toEqual([
      ['+1,50', '-2,25'],
      ['-0,50', '+0,13'],
    ]);
    expect(texts(figures.rowTotals)).toEqual(['', '']);
    expect(figures.total.text).toBe('');
  });

  it('adds the respondents behind a weighted table, and writes weighted counts with one decimal', () => {
    const figures = tableFigures(result('researcher', 'gewicht'), crossTable(false), 'count', nl);
    expect(figures.cells[1]!.map((figure) => figure.text)).toEqual(['30,0', '1.234,0']);
    expect(texts(figures.rowN!)).toEqual(['16', '1.264']);
    expect(figures.totalN!.text).toBe('1.280');
  });
});

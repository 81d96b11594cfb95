import type { CrossTable, CrosstabResult } from '../../../shared/crosstab/crosstab-types';
import type { Translate as TranslateKey } from '../i18n/hooks';
import type { CellMeasure } from '../../../shared/crosstab/table-figures';
import { variableName } from '../../../shared/crosstab/table-figures';
import type { CrosstabKey } from './crosstab-texts';

/** The message function of `useT(crosstabTexts)`, passed to code that runs outside components (image exports). */
export type Translate = TranslateKey<CrosstabKey>;

const measureLongLabels: Record<CellMeasure, CrosstabKey> = {
  count: 'crosstab.measureLong.count',
  rowPercent: 'crosstab.measureLong.rowPercent',
  colPercent: 'crosstab.measureLong.colPercent',
  totalPercent: 'crosstab.measureLong.totalPercent',
  expected: 'crosstab.measureLong.expected',
  residual: 'crosstab.measureLong.residual',
};

/** "hair × eye", with the layer's category when the table is one of several. */
export function tableCaption(result: CrosstabResult, table: CrossTable, t: Translate): string {
  const rows = variableName(result.rows);
  const cols = variableName(result.cols);
  return table.layer && result.layer
    ? t('crosstab.captionLayer', { rows, cols, layer: variableName(result.layer), category: table.layer.label })
    : t('crosstab.caption', { rows, cols });
}

export function measureDescription(measure: CellMeasure, weighted: boolean, t: Translate): string {
  return measure === 'count' && weighted ? t('crosstab.measureLong.countWeighted') : t(measureLongLabels[measure]);
}

import { useId } from 'react';
import { useT } from '../i18n/hooks';
import { crosstabTexts, type CrosstabKey } from './crosstab-texts';
import { useCrosstab } from './crosstab-context';
import { cellMeasures, type CellMeasure } from '../../../shared/crosstab/table-figures';
import { type HeatMode } from '../../../shared/crosstab/heat-colours';

const measureLabels: Record<CellMeasure, CrosstabKey> = {
  count: 'crosstab.measure.count',
  rowPercent: 'crosstab.measure.rowPercent',
  colPercent: 'crosstab.measure.colPercent',
  totalPercent: 'crosstab.measure.totalPercent',
  expected: 'crosstab.measure.expected',
  residual: 'crosstab.measure.residual',
};

const heatModes: { id: HeatMode; label: CrosstabKey }[] = [
  { id: 'none', label: 'crosstab.heat.none' },
  { id: 'residual', label: 'crosstab.heat.residual' },
  { id: 'percent', label: 'crosstab.heat.percent' },
];

/**
 * What the cells show, as radio buttons drawn as a segmented control (the arrow keys move between them,
 * as in any radio group), and how they are coloured.
 */
export function CellControls() {
  const t = useT(crosstabTexts);
  const name = useId();
  const heatId = useId();
  const measure = useCrosstab((state) => state.measure);
  const heat = useCrosstab((state) => state.heat);
  const setMeasure = useCrosstab((state) => state.setMeasure);
  const setHeat = useCrosstab((state) => state.setHeat);
  return (
    <>
      <fieldset className="ct-fieldset">
        <legend className="field__label">{t('crosstab.cells')}</legend>
        <div className="ct-segmented">
          {cellMeasures.map((id) => (
            <label key={id} className="ct-segmented__option">
              <input type="radio" name={name} value={id} checked={measure === id} onChange={() => setMeasure(id)} />
              <span>{t(measureLabels[id])}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field ct-heat">
        <label className="field__label" htmlFor={heatId}>
          {t('crosstab.heat')}
        </label>
        <select
          id={heatId}
          className="field__select"
          value={heat}
          onChange={(event) => setHeat(event.target.value as HeatMode)}
        >
          {heatModes.map((mode) => (
            <option key={mode.id} value={mode.id}>
              {t(mode.label)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

import { useId, useState, type KeyboardEvent } from 'react';
import type { VariableSummary } from '../../../shared/contract/channels';
import type { CategoryOrder } from '../../../shared/crosstab/crosstab-types';
import { CheckboxField } from '../components/CheckboxField';
import { useLanguage, useT } from '../i18n/hooks';
import { crosstabTexts, type CrosstabKey } from './crosstab-texts';
import { useCrosstab } from './crosstab-context';
import type { AxisId } from './crosstab-store';
import { needsCuts, tableVariables, variableOptionLabel, weightVariables } from './crosstab-variables';
import { MAX_CUTS, parseCutPoints } from '../../../shared/crosstab/cut-points';

const axisLabels: Record<AxisId, CrosstabKey> = {
  rows: 'crosstab.rows',
  cols: 'crosstab.cols',
  layer: 'crosstab.layer',
};
const cutsFor: Record<AxisId, CrosstabKey> = {
  rows: 'crosstab.cutsFor.rows',
  cols: 'crosstab.cutsFor.cols',
  layer: 'crosstab.cutsFor.layer',
};
const orderFor: Record<AxisId, CrosstabKey> = {
  rows: 'crosstab.orderFor.rows',
  cols: 'crosstab.orderFor.cols',
  layer: 'crosstab.orderFor.layer',
};
const orders: { id: CategoryOrder; label: CrosstabKey }[] = [
  { id: 'value', label: 'crosstab.order.value' },
  { id: 'label', label: 'crosstab.order.label' },
  { id: 'frequency', label: 'crosstab.order.frequency' },
];

/** Rows, columns, an optional layer and weight, and what to do with missing values: the side panel of the cross-tab view. */
export function CrosstabBuilder({ variables }: { variables: VariableSummary[] }) {
  const t = useT(crosstabTexts);
  const missing = useCrosstab((state) => state.missing);
  const setMissing = useCrosstab((state) => state.setMissing);
  return (
    <div className="ct-builder">
      <AxisPicker axis="rows" variables={variables} />
      <AxisPicker axis="cols" variables={variables} />
      <AxisPicker axis="layer" variables={variables} />
      <div className="ct-builder__column">
        <WeightPicker variables={variables} />
        <CheckboxField
          label={t('crosstab.missingAsCategory')}
          checked={missing === 'category'}
          onChange={(checked) => void setMissing(checked ? 'category' : 'exclude')}
        />
      </div>
    </div>
  );
}

function AxisPicker({ axis, variables }: { axis: AxisId; variables: VariableSummary[] }) {
  const t = useT(crosstabTexts);
  const selectId = useId();
  const orderId = useId();
  const choice = useCrosstab((state) => state.axes[axis]);
  const setAxisVariable = useCrosstab((state) => state.setAxisVariable);
  const setAxisOrder = useCrosstab((state) => state.setAxisOrder);
  const { categories, numbers } = tableVariables(variables);
  const chosen = variables.find((v) => v.name === choice.variable) ?? null;
  const optionLabel = (v: VariableSummary) =>
    v.role === 'area_code' ? t('crosstab.areaCode', { name: variableOptionLabel(v) }) : variableOptionLabel(v);

  return (
    <div className="ct-builder__column">
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {t(axisLabels[axis])}
        </label>
        <select
          id={selectId}
          className="field__select"
          value={choice.variable ?? ''}
          onChange={(event) => void setAxisVariable(axis, event.target.value || null)}
        >
          <option value="">{axis === 'layer' ? t('crosstab.noLayer') : t('crosstab.choose')}</option>
          {categories.length > 0 && (
            <optgroup label={t('crosstab.group.categories')}>
              {categories.map((v) => (
                <option key={v.name} value={v.name}>
                  {optionLabel(v)}
                </option>
              ))}
            </optgroup>
          )}
          {numbers.length > 0 && (
            <optgroup label={t('crosstab.group.numbers')}>
              {numbers.map((v) => (
                <option key={v.name} value={v.name}>
                  {optionLabel(v)}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      {chosen && needsCuts(chosen) && <CutsField key={chosen.name} axis={axis} />}
      {chosen && (
        <div className="field">
          <label className="field__label" htmlFor={orderId}>
            {t('crosstab.order')} <span className="visually-hidden">{t(orderFor[axis])}</span>
          </label>
          <select
            id={orderId}
            className="field__select field__select--compact"
            value={choice.order}
            onChange={(event) => void setAxisOrder(axis, event.target.value as CategoryOrder)}
          >
            {orders.map((order) => (
              <option key={order.id} value={order.id}>
                {t(order.label)}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}

/**
 * Cut points for a number, taking effect on Enter or when the field is left: every change recomputes
 * the table, and "30, 4" on the way to "30, 45" would only flash a wrong one.
 */
function CutsField({ axis }: { axis: AxisId }) {
  const t = useT(crosstabTexts);
  const language = useLanguage();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const committed = useCrosstab((state) => state.axes[axis].cutsText);
  const setAxisCuts = useCrosstab((state) => state.setAxisCuts);
  const [draft, setDraft] = useState(committed);
  const [error, setError] = useState<string | null>(null);

  function commit() {
    if (draft === committed) return;
    const parsed = parseCutPoints(draft, language);
    if (parsed.ok) {
      setError(null);
      void setAxisCuts(axis, draft, parsed.cuts);
    } else if (parsed.problem === 'required') {
      setError(null);
      void setAxisCuts(axis, '', null);
    } else {
      setError(
        parsed.problem === 'notNumber'
          ? t('crosstab.cutsNotNumber', { text: parsed.text ?? draft })
          : parsed.problem === 'notRising'
            ? t('crosstab.cutsNotRising')
            : t('crosstab.cutsTooMany', { max: MAX_CUTS }),
      );
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    commit();
  }

  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {t('crosstab.cuts')} <span className="visually-hidden">{t(cutsFor[axis])}</span>
      </label>
      <input
        id={inputId}
        className="field__input"
        type="text"
        inputMode="decimal"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        spellCheck={false}
      />
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <p id={hintId} className="field__hint">
        {t('crosstab.cutsHint')}
      </p>
    </div>
  );
}

function WeightPicker({ variables }: { variables: VariableSummary[] }) {
  const t = useT(crosstabTexts);
  const selectId = useId();
  const weight = useCrosstab((state) => state.weight);
  const setWeight = useCrosstab((state) => state.setWeight);
  return (
    <div className="field">
      <label className="field__label" htmlFor={selectId}>
        {t('crosstab.weight')}
      </label>
      <select
        id={selectId}
        className="field__select"
        value={weight ?? ''}
        onChange={(event) => void setWeight(event.target.value || null)}
      >
        <option value="">{t('crosstab.unweighted')}</option>
        {weightVariables(variables).map((v) => (
          <option key={v.name} value={v.name}>
            {v.role === 'weight' ? t('crosstab.weightRole', { name: variableOptionLabel(v) }) : variableOptionLabel(v)}
          </option>
        ))}
      </select>
    </div>
  );
}

import { useId, useState, type KeyboardEvent } from 'react';
import { baseName, type DatasetBase } from '../../../shared/units/count-unit';
import { SelectField } from '../components/SelectField';
import { useT } from '../i18n/hooks';
import { useAnalysis } from './analysis-context';

const NO_BASE = '';

/**
 * An area dataset's base: the column that is each area's n (such as a population count), and the
 * threshold it carries, empty for none. A change applies on Enter or leaving the field, and rescores.
 */
export function BaseField() {
  const t = useT();
  const scores = useAnalysis((state) => state.scores);
  const variables = useAnalysis((state) => state.variables);
  const audience = useAnalysis((state) => state.audience);
  const setBase = useAnalysis((state) => state.setBase);
  if (!scores) return null;
  const base = scores.base;
  // Not changeable in the partner view: on a shared screen, lowering it would show what it protects.
  if (audience === 'partner') {
    return (
      <p className="threshold-field threshold-field--fixed">
        <span className="field__label">{t('analysis.base')}</span> {base ? baseName(base) : t('analysis.base.none')}
        {base && base.threshold !== null && (
          <>
            {' · '}
            <span className="field__label">{t('analysis.baseThreshold')}</span> {base.threshold}
          </>
        )}
      </p>
    );
  }
  const numbers = Array.isArray(variables) ? variables.filter((variable) => variable.type === 'number') : [];
  const options = [
    { value: NO_BASE, label: t('analysis.base.none') },
    ...numbers.map((variable) => ({ value: variable.name, label: variable.label ?? variable.name })),
  ];
  return (
    <>
      <div className="profile-toolbar__reference">
        <SelectField
          label={t('analysis.base')}
          value={base?.variable ?? NO_BASE}
          options={options}
          hint={t('analysis.base.hint')}
          onChange={(value) => void setBase(value === NO_BASE ? null : value, value === NO_BASE ? null : (base?.threshold ?? null))}
        />
      </div>
      {base && <BaseThresholdDraft key={`${base.variable}:${base.threshold}`} base={base} onCommit={(threshold) => void setBase(base.variable, threshold)} />}
    </>
  );
}

function BaseThresholdDraft({ base, onCommit }: { base: DatasetBase; onCommit: (threshold: number | null) => void }) {
  const t = useT();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState(base.threshold === null ? '' : String(base.threshold));
  const [invalid, setInvalid] = useState(false);

  function commit() {
    const text = draft.trim();
    const value = text === '' ? null : Number(text);
    if (value !== null && (!Number.isInteger(value) || value < 1)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (value !== base.threshold) onCommit(value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    }
  }

  return (
    <div className="field threshold-field">
      <label className="field__label" htmlFor={inputId}>
        {t('analysis.baseThreshold')}
      </label>
      <input
        id={inputId}
        className="field__input threshold-field__input"
        type="number"
        min={1}
        step={1}
        value={draft}
        aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
        aria-invalid={invalid || undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="field__hint">
        {t('analysis.baseThreshold.hint')}
      </p>
      {invalid && (
        <p id={errorId} className="field__error">
          {t('analysis.baseThreshold.invalid')}
        </p>
      )}
    </div>
  );
}

import { useId, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/hooks';
import { useAnalysis } from './analysis-context';

const MIN = 1;
const MAX = 1000;

/** The project's publication threshold; a change applies on Enter or leaving the field, and rescores at once. */
export function ThresholdField() {
  const t = useT();
  const threshold = useAnalysis((state) => state.threshold);
  const audience = useAnalysis((state) => state.audience);
  if (threshold === null) return null;
  // Not changeable in the partner view: on a shared screen, lowering it would show what it protects.
  if (audience === 'partner') {
    return (
      <p className="threshold-field threshold-field--fixed">
        <span className="field__label">{t('analysis.threshold')}</span> {threshold}
      </p>
    );
  }
  // Remounting on a new value drops a draft the engine has replaced.
  return <ThresholdDraft key={threshold} threshold={threshold} />;
}

function ThresholdDraft({ threshold }: { threshold: number }) {
  const t = useT();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const setThreshold = useAnalysis((state) => state.setThreshold);
  const [draft, setDraft] = useState(String(threshold));
  const [invalid, setInvalid] = useState(false);

  function commit() {
    const value = Number(draft.trim());
    if (!Number.isInteger(value) || value < MIN || value > MAX) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (value !== threshold) void setThreshold(value);
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
        {t('analysis.threshold')}
      </label>
      <input
        id={inputId}
        className="field__input threshold-field__input"
        type="number"
        min={MIN}
        max={MAX}
        step={1}
        value={draft}
        aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
        aria-invalid={invalid || undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="field__hint">
        {t('analysis.threshold.hint')}
      </p>
      {invalid && (
        <p id={errorId} className="field__error">
          {t('analysis.threshold.invalid', { min: MIN, max: MAX })}
        </p>
      )}
    </div>
  );
}

import { useId, useState, type KeyboardEvent } from 'react';

interface ThresholdInputProps {
  label: string;
  hint: string;
  error: string;
  value: number | null;
  min: number;
  max?: number;
  /** Whether an empty field is a value of its own (no threshold). */
  allowEmpty: boolean;
  onCommit: (value: number | null) => void;
}

/**
 * A whole-number threshold typed as a draft and applied on Enter or on leaving the field; a value out of
 * range is shown as an error and not applied. Remount it (a `key`) when the value changes elsewhere.
 */
export function ThresholdInput({ label, hint, error, value, min, max, allowEmpty, onCommit }: ThresholdInputProps) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState(value === null ? '' : String(value));
  const [invalid, setInvalid] = useState(false);

  function commit() {
    const text = draft.trim();
    const next = text === '' && allowEmpty ? null : Number(text);
    if (next !== null && (text === '' || !Number.isInteger(next) || next < min || (max !== undefined && next > max))) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (next !== value) onCommit(next);
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
        {label}
      </label>
      <input
        id={inputId}
        className="field__input threshold-field__input"
        type="number"
        min={min}
        max={max}
        step={1}
        value={draft}
        aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
        aria-invalid={invalid || undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      {invalid && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

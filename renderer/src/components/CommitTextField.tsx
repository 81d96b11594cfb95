import { useId, useState, type KeyboardEvent } from 'react';

export interface CommitTextFieldProps {
  label: string;
  /** The value in effect; the field starts from it again whenever it changes. */
  value: string;
  /** Returns an error message for a value that cannot be used, or null. */
  validate?: (text: string) => string | null;
  onCommit: (text: string) => void;
  hint?: string;
  disabled?: boolean;
  mono?: boolean;
  /** Several lines (notes): Enter starts a new line, and the value takes effect when the field is left. */
  multiline?: boolean;
}

/**
 * A text field whose value takes effect when the user leaves it or presses Enter, not on every key:
 * each change asks the engine for a new preview, and half-typed codes would only produce errors.
 */
export function CommitTextField(props: CommitTextFieldProps) {
  // Remounting on a new value drops a draft that the engine has replaced (or refused).
  return <DraftField key={props.value} {...props} />;
}

function DraftField({ label, value, validate, onCommit, hint, disabled, mono, multiline }: CommitTextFieldProps) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);

  function commit() {
    if (draft === value) {
      setError(null);
      return;
    }
    const problem = validate?.(draft) ?? null;
    setError(problem);
    if (!problem) onCommit(draft);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    commit();
  }

  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {multiline ? (
        <textarea
          id={inputId}
          className="field__input field__input--text field__textarea"
          rows={3}
          value={draft}
          disabled={disabled}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
        />
      ) : (
        <input
          id={inputId}
          className={mono ? 'field__input' : 'field__input field__input--text'}
          type="text"
          value={draft}
          disabled={disabled}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
          spellCheck={false}
        />
      )}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

import { useId, type Ref } from 'react';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Several lines (a description) instead of one. */
  multiline?: boolean;
  hint?: string;
  error?: string | null;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled text field whose value the form around it keeps; it takes effect when the form is submitted. */
export function TextField({ label, value, onChange, multiline, hint, error, required, inputRef }: TextFieldProps) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id: inputId,
    value,
    required,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    autoComplete: 'off',
  } as const;
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {multiline ? (
        <textarea
          {...common}
          className="field__input field__input--text field__textarea"
          rows={3}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          {...common}
          ref={inputRef}
          type="text"
          className="field__input field__input--text"
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

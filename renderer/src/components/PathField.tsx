import { useId, type ReactNode, type RefObject } from 'react';

export interface PathFieldProps {
  label: string;
  hint: string;
  /** Shown, and announced, when the user submitted without a path. */
  requiredMessage: string | null;
  value: string;
  onChange: (value: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  /** Marks the field as the one a surrounding view focuses first. */
  initialFocus?: boolean;
  /** Beside the field, e.g. a button for the operating system's file dialog. */
  children?: ReactNode;
}

/** A file path typed in: the only way to name a file in the browser, and a quick one for a copied path. */
export function PathField({
  label,
  hint,
  requiredMessage,
  value,
  onChange,
  inputRef,
  initialFocus,
  children,
}: PathFieldProps) {
  const inputId = useId();
  const hintId = useId();
  const requiredId = useId();
  const input = (
    <input
      ref={inputRef}
      id={inputId}
      data-initial-focus={initialFocus || undefined}
      className="field__input"
      type="text"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-describedby={requiredMessage ? `${requiredId} ${hintId}` : hintId}
      aria-invalid={requiredMessage ? true : undefined}
      autoComplete="off"
      spellCheck={false}
    />
  );
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      {requiredMessage && (
        <p id={requiredId} className="field__error">
          {requiredMessage}
        </p>
      )}
      {children ? (
        <div className="field__row">
          {input}
          {children}
        </div>
      ) : (
        input
      )}
    </div>
  );
}

import { useId, useRef, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { Button } from '../components/Button';
import { useT } from '../i18n/hooks';
import { ErrorAlert } from '../shell/ErrorAlert';
import { useWorkbench } from '../stores/workbench-context';
import type { ImportWizardStore } from './import-wizard-store';

/**
 * The data file: the operating system's dialog where the host has one (desktop), and always a path
 * field, which is the only way in the browser and a quick one for a path copied from elsewhere.
 */
export function ImportFileStep({ wizard }: { wizard: ImportWizardStore }) {
  const t = useT();
  const inputId = useId();
  const hintId = useId();
  const requiredId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const nativeDialogs = useWorkbench((state) => state.appInfo?.nativeDialogs ?? false);
  const closeImport = useWorkbench((state) => state.closeImport);
  const preparing = useStore(wizard, (state) => state.preparing);
  const error = useStore(wizard, (state) => state.error);
  const dismissError = useStore(wizard, (state) => state.dismissError);
  const [path, setPath] = useState('');
  const [showRequired, setShowRequired] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (preparing) return;
    const trimmed = path.trim();
    if (!trimmed) {
      setShowRequired(true);
      inputRef.current?.focus();
      return;
    }
    void wizard.getState().readFile(trimmed);
  }

  const describedBy = showRequired ? `${requiredId} ${hintId}` : hintId;
  return (
    <form className="form import-file" noValidate onSubmit={submit}>
      <h3 className="import-wizard__step-title" tabIndex={-1}>
        {t('import.step.file')}
      </h3>
      <p>{t('import.file.intro')}</p>
      <ErrorAlert own={{ error, dismiss: dismissError }} />
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          {t('import.file.label')}
        </label>
        <p id={hintId} className="field__hint">
          {t('import.file.hint')}
        </p>
        {showRequired && (
          <p id={requiredId} className="field__error">
            {t('import.file.required')}
          </p>
        )}
        <div className="import-file__row">
          <input
            ref={inputRef}
            id={inputId}
            data-initial-focus
            className="field__input"
            type="text"
            value={path}
            onChange={(event) => {
              setPath(event.target.value);
              setShowRequired(false);
            }}
            aria-describedby={describedBy}
            aria-invalid={showRequired || undefined}
            autoComplete="off"
            spellCheck={false}
          />
          {nativeDialogs && <Button onClick={() => void wizard.getState().browse()}>{t('import.file.browse')}</Button>}
        </div>
      </div>
      {preparing && (
        <p role="status" className="muted">
          {t('import.file.reading')}
        </p>
      )}
      <div className="dialog__actions">
        {/* Not `disabled`: that would drop the focus while the engine reads the file. */}
        <Button variant="primary" type="submit" aria-disabled={preparing || undefined}>
          {t('import.file.read')}
        </Button>
        <Button onClick={closeImport}>{t('app.cancel')}</Button>
      </div>
    </form>
  );
}

import { useRef, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { Button } from '../components/Button';
import { FileField } from '../components/FileField';
import { useT } from '../i18n/hooks';
import { importTexts } from './import-texts';
import { ErrorAlert } from '../components/ErrorAlert';
import { useWorkbench } from '../stores/workbench-context';
import type { ImportWizardStore } from './import-wizard-store';

/**
 * The data file: the operating system's dialog where the host has one (desktop), a picked or dropped
 * file in the browser, and always a path field, quick for a path copied from elsewhere. A chosen file
 * is read at once.
 */
export function ImportFileStep({ wizard }: { wizard: ImportWizardStore }) {
  const t = useT(importTexts);
  const inputRef = useRef<HTMLInputElement>(null);
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

  return (
    <form className="form import-file" noValidate onSubmit={submit}>
      <h3 className="import-wizard__step-title" tabIndex={-1}>
        {t('import.step.file')}
      </h3>
      <p>{t('import.file.intro')}</p>
      <ErrorAlert own={{ error, dismiss: dismissError }} />
      <FileField
        label={t('import.file.label')}
        hint={t('import.file.hint')}
        requiredMessage={showRequired ? t('import.file.required') : null}
        value={path}
        onChange={(value) => {
          setPath(value);
          setShowRequired(false);
        }}
        inputRef={inputRef}
        initialFocus
        dialog="data"
        accept=".csv,.txt,.tsv,.xlsx"
        onChosen={(chosen) => void wizard.getState().readFile(chosen)}
      />
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

import { useId } from 'react';
import { useStore } from 'zustand';
import { Button } from '../components/Button';
import { useFormat, useLanguage, useT } from '../i18n/hooks';
import { importTexts } from './import-texts';
import { ErrorAlert } from '../components/ErrorAlert';
import { useWorkbench } from '../stores/workbench-context';
import { ImportPreviewTable } from './ImportPreviewTable';
import { ImportSettings } from './ImportSettings';
import type { ImportWizardStore } from './import-wizard-store';

/** The file as the engine reads it, every setting it detected with a way to change it, and the rows it will store. */
export function ImportPreviewStep({ wizard }: { wizard: ImportWizardStore }) {
  const t = useT(importTexts);
  const language = useLanguage();
  const format = useFormat();
  const warningsId = useId();
  const preview = useStore(wizard, (state) => state.preview);
  const preparing = useStore(wizard, (state) => state.preparing);
  const starting = useStore(wizard, (state) => state.starting);
  const error = useStore(wizard, (state) => state.error);
  const dismissError = useStore(wizard, (state) => state.dismissError);
  const dropped = useStore(wizard, (state) => state.dropped);
  const closeImport = useWorkbench((state) => state.closeImport);
  if (!preview) return null;

  return (
    <div className="import-preview">
      <div className="import-preview__file">
        <h3 className="import-wizard__step-title" tabIndex={-1}>
          {t('import.step.preview')}
        </h3>
        <p className="import-preview__path">
          <span className="project__path-label">{t('import.file.chosen')}:</span>{' '}
          <span className="mono">{preview.plan.file}</span>{' '}
          <span className="muted">({format.fileSize(preview.fileSize)})</span>
          <Button variant="quiet" onClick={() => wizard.getState().chooseOtherFile()}>
            {t('import.file.other')}
          </Button>
        </p>
        {dropped && dropped.path === preview.plan.file && dropped.name !== dropped.requestedName && (
          <p className="muted">
            {t('files.renamed', { requested: dropped.requestedName, file: dropped.name, path: dropped.path })}
          </p>
        )}
      </div>
      <ErrorAlert own={{ error, dismiss: dismissError }} />
      <ImportSettings wizard={wizard} preview={preview} />
      {preview.warnings.length > 0 && (
        <section className="notice" aria-labelledby={warningsId}>
          <h4 id={warningsId} className="notice__title">
            {t('import.warnings')}
          </h4>
          <ul className="notice__list">
            {preview.warnings.map((warning) => (
              <li key={warning.en}>{warning[language]}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="import-preview__table-intro">
        <p className="muted">{t('import.preview.intro', { count: format.number(preview.rows.length) })}</p>
        <p role="status" className="import-preview__status">
          {preparing ? t('import.preview.updating') : ''}
        </p>
      </div>
      <ImportPreviewTable wizard={wizard} preview={preview} busy={preparing} />
      <div className="dialog__actions">
        {/* Not `disabled`: that would drop the focus while the engine starts the import. */}
        <Button variant="primary" aria-disabled={starting || undefined} onClick={() => void wizard.getState().start()}>
          {t('import.start')}
        </Button>
        <Button onClick={closeImport}>{t('app.cancel')}</Button>
      </div>
    </div>
  );
}

import { useId } from 'react';
import { useStore } from 'zustand';
import type { ImportProgress as Progress } from '../../../shared/import/import-plan';
import { Button } from '../components/Button';
import { useFormat, useLanguage, useT } from '../i18n/hooks';
import { importTexts } from './import-texts';
import { ErrorAlert } from '../components/ErrorAlert';
import { useWorkbench } from '../stores/workbench-context';
import type { ImportWizardStore } from './import-wizard-store';

/** A running import with its progress and a way to stop it; then how it ended if it did not succeed. */
export function ImportProgress({ wizard }: { wizard: ImportWizardStore }) {
  const t = useT(importTexts);
  const language = useLanguage();
  const job = useStore(wizard, (state) => state.job);
  const cancelRequested = useStore(wizard, (state) => state.cancelRequested);
  const error = useStore(wizard, (state) => state.error);
  const dismissError = useStore(wizard, (state) => state.dismissError);
  const closeImport = useWorkbench((state) => state.closeImport);
  if (!job) return null;

  const afterwards = (
    <div className="dialog__actions">
      <Button variant="primary" onClick={() => wizard.getState().returnToPreview()}>
        {t('import.backToPreview')}
      </Button>
      <Button onClick={closeImport}>{t('app.close')}</Button>
    </div>
  );

  if (job.state === 'failed') {
    return (
      <div className="import-progress">
        <h3 className="import-wizard__step-title" tabIndex={-1}>
          {t('import.failed')}
        </h3>
        {job.error && (
          <div className="alert">
            <p className="alert__message" role="alert">
              {job.error.message[language]}
            </p>
          </div>
        )}
        {afterwards}
      </div>
    );
  }

  if (job.state === 'cancelled') {
    return (
      <div className="import-progress">
        <h3 className="import-wizard__step-title" tabIndex={-1}>
          {t('import.cancelledTitle')}
        </h3>
        <p role="status" className="import-progress__outcome">
          {t('import.cancelled')}
        </p>
        {afterwards}
      </div>
    );
  }

  return (
    <div className="import-progress">
      <h3 className="import-wizard__step-title" tabIndex={-1}>
        {t('import.progress.title')}
      </h3>
      <ErrorAlert own={{ error, dismiss: dismissError }} />
      <ProgressMeter dataset={job.dataset} progress={job.progress} running={job.state === 'running'} />
      {job.state === 'running' && (
        <div className="dialog__actions">
          {/* Not `disabled`: that would drop the focus while the import winds down. */}
          <Button aria-disabled={cancelRequested || undefined} onClick={() => void wizard.getState().cancel()}>
            {t('app.cancel')}
          </Button>
          {cancelRequested && (
            <p role="status" className="muted import-progress__cancelling">
              {t('import.progress.cancelling')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function ProgressMeter({ dataset, progress, running }: { dataset: string; progress: Progress; running: boolean }) {
  const t = useT(importTexts);
  const format = useFormat();
  const labelId = useId();
  const percent = progress.percent === null ? null : Math.round(progress.percent);
  const parts = [
    t('import.progress.rows', { rows: format.number(progress.rows) }),
    percent === null ? null : `${format.number(percent)}%`,
    t('import.progress.speed', { speed: format.number(Math.round(progress.rowsPerSecond)) }),
  ].filter((part): part is string => part !== null);

  return (
    <div className="progress-meter">
      <p id={labelId} className="progress-meter__label">
        {t('import.progress.label')}: <strong>{dataset}</strong>
      </p>
      {/* Without a value the bar is indeterminate: an Excel file's size says nothing about its rows. */}
      <progress className="progress-meter__bar" aria-labelledby={labelId} max={100} value={percent ?? undefined} />
      <p className="progress-meter__figures">{parts.join(' · ')}</p>
      {running && progress.finishing && (
        <p role="status" className="muted">
          {t('import.progress.finishing')}
        </p>
      )}
    </div>
  );
}

import { useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '../components/Button';
import { CheckboxField } from '../components/CheckboxField';
import { DownloadButton } from '../components/DownloadButton';
import { FileField } from '../components/FileField';
import { PathField } from '../components/PathField';
import { SaveAsButton } from '../components/SaveAsButton';
import { useLanguage, useT } from '../i18n/hooks';
import { codebookTexts } from './codebook-texts';
import { useCodebook } from './codebook-context';

/**
 * Export and import of REFI-QDA codebooks: a typed path in both hosts, the desktop's dialogs, and in the
 * browser a picked or dropped file and a download.
 */
export function QdcExchange() {
  const t = useT(codebookTexts);
  const titleId = useId();
  return (
    <section className="qdc-exchange panel" aria-labelledby={titleId}>
      <h3 id={titleId} className="panel__title">
        {t('codebook.exchange.title')}
      </h3>
      <p className="muted">{t('codebook.exchange.intro')}</p>
      <div className="qdc-exchange__forms">
        <ExportForm />
        <ImportForm />
      </div>
    </section>
  );
}

function ExportForm() {
  const t = useT(codebookTexts);
  const busy = useCodebook((state) => state.busy);
  const lastExport = useCodebook((state) => state.lastExport);
  const exportQdc = useCodebook((state) => state.exportQdc);
  const inputRef = useRef<HTMLInputElement>(null);
  const [path, setPath] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setDownloaded(null);
    if (!path.trim()) {
      setError(t('codebook.pathRequired'));
      inputRef.current?.focus();
      return;
    }
    setError(null);
    void exportQdc(path.trim(), overwrite);
  }

  return (
    <form className="qdc-exchange__form" onSubmit={submit} noValidate>
      <h4 className="qdc-exchange__title">{t('codebook.export.title')}</h4>
      <PathField
        label={t('codebook.export.path')}
        value={path}
        onChange={setPath}
        hint={t('codebook.export.hint')}
        requiredMessage={error}
        inputRef={inputRef}
      >
        <SaveAsButton kind="qdc" name={t('codebook.export.fileName')} onChosen={setPath} />
      </PathField>
      <CheckboxField label={t('codebook.export.overwrite')} checked={overwrite} onChange={setOverwrite} />
      <div className="form__buttons">
        <Button type="submit" variant="primary" disabled={busy}>
          {t('codebook.export.submit')}
        </Button>
        <DownloadButton
          name={t('codebook.export.fileName')}
          write={(file) => {
            setDownloaded(null);
            return exportQdc(file, false);
          }}
          onDownloaded={setDownloaded}
        />
      </div>
      <p role="status" className="qdc-exchange__status">
        {downloaded
          ? t('files.downloaded', { file: downloaded })
          : lastExport &&
            t('codebook.export.done', { codes: lastExport.codes, sets: lastExport.sets, path: lastExport.path })}
      </p>
    </form>
  );
}

function ImportForm() {
  const t = useT(codebookTexts);
  const language = useLanguage();
  const busy = useCodebook((state) => state.busy);
  const lastImport = useCodebook((state) => state.lastImport);
  const importQdc = useCodebook((state) => state.importQdc);
  const inputRef = useRef<HTMLInputElement>(null);
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!path.trim()) {
      setError(t('codebook.pathRequired'));
      inputRef.current?.focus();
      return;
    }
    setError(null);
    void importQdc(path.trim());
  }

  return (
    <form className="qdc-exchange__form" onSubmit={submit} noValidate>
      <h4 className="qdc-exchange__title">{t('codebook.import.title')}</h4>
      <FileField
        label={t('codebook.import.path')}
        value={path}
        onChange={(value) => {
          setPath(value);
          setError(null);
        }}
        hint={t('codebook.import.hint')}
        requiredMessage={error}
        inputRef={inputRef}
        dialog="qdc"
        accept=".qdc"
      />
      <div>
        <Button type="submit" variant="primary" disabled={busy}>
          {t('codebook.import.submit')}
        </Button>
      </div>
      <div role="status" className="qdc-exchange__status">
        {lastImport && (
          <>
            <p>
              <strong>{t('codebook.import.done', { file: lastImport.file })}</strong>
              {lastImport.origin && ` ${t('codebook.import.origin', { origin: lastImport.origin })}`}
            </p>
            <p>
              {t('codebook.import.counts', {
                added: lastImport.added,
                updated: lastImport.updated,
                unchanged: lastImport.unchanged,
              })}
            </p>
            {lastImport.setsAdded + lastImport.setsUpdated > 0 && (
              <p>{t('codebook.import.sets', { added: lastImport.setsAdded, updated: lastImport.setsUpdated })}</p>
            )}
            {lastImport.warnings.length > 0 && (
              <div className="notice">
                <p className="notice__title">{t('codebook.import.warnings')}</p>
                <ul className="notice__list">
                  {lastImport.warnings.map((warning) => (
                    <li key={warning.en}>{warning[language]}</li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
      </div>
    </form>
  );
}

import { useId, useState } from 'react';
import { downloadBlob } from '../bridge/download-blob';
import { exportFileName, pngBlob, svgBlob } from '../charts/chart-download';
import { composeChartSvg } from '../charts/chart-export-svg';
import { Button } from '../components/Button';
import { CheckboxField } from '../components/CheckboxField';
import { DownloadButton } from '../components/DownloadButton';
import { SaveAsButton } from '../components/SaveAsButton';
import { useLanguage, useT } from '../i18n/hooks';
import { crosstabTexts } from './crosstab-texts';
import { useWorkbench } from '../stores/workbench-context';
import { useCrosstab } from './crosstab-context';
import { crosstabFormat } from '../../../shared/crosstab/crosstab-format';
import { crosstabImageSpec } from './crosstab-image';
import type { FileFormat } from './crosstab-store';
import { heatScale } from '../../../shared/crosstab/heat-colours';
import { localeOf } from '../../../shared/i18n/locale';

const fileButtons: {
  format: FileFormat;
  label: 'crosstab.export.csvNl' | 'crosstab.export.csv' | 'crosstab.export.xlsx';
}[] = [
  { format: 'csv-nl', label: 'crosstab.export.csvNl' },
  { format: 'csv', label: 'crosstab.export.csv' },
  { format: 'xlsx', label: 'crosstab.export.xlsx' },
];

/**
 * Exports of the table, all partner-facing: files written by the engine to a typed path (or one chosen
 * in the desktop's save dialog), downloads in the browser, tab-separated text for the clipboard, and
 * SVG or PNG images.
 */
export function CrosstabExports() {
  const t = useT(crosstabTexts);
  const language = useLanguage();
  const titleId = useId();
  const pathId = useId();
  const hintId = useId();
  const errorId = useId();
  const textId = useId();
  const status = useCrosstab((state) => state.exportStatus);
  const measure = useCrosstab((state) => state.measure);
  const heat = useCrosstab((state) => state.heat);
  const exportFile = useCrosstab((state) => state.exportFile);
  const copyText = useCrosstab((state) => state.copyText);
  const partnerResult = useCrosstab((state) => state.partnerResult);
  const setExportStatus = useCrosstab((state) => state.setExportStatus);
  const canDownload = useWorkbench((state) => Boolean(state.api.files));
  const [path, setPath] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  const [pathError, setPathError] = useState<string | null>(null);

  function saveFile(format: FileFormat) {
    if (!path.trim()) {
      setPathError(t('crosstab.export.pathRequired'));
      // A new attempt that fails at once must not leave an earlier export's status standing.
      setExportStatus({ kind: 'idle' });
      document.getElementById(pathId)?.focus();
      return;
    }
    setPathError(null);
    void exportFile(format, path.trim(), overwrite);
  }

  async function saveImage(kind: 'svg' | 'png') {
    setExportStatus({ kind: 'busy' });
    const result = await partnerResult();
    if (!result) return;
    const now = new Date();
    const date = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long' }).format(now);
    const spec = crosstabImageSpec(
      result,
      measure,
      heatScale(heat, measure, result.tables),
      t,
      crosstabFormat(language),
      date,
    );
    const composed = composeChartSvg(spec);
    const file = exportFileName(spec.title, now.toISOString().slice(0, 10), kind);
    try {
      const blob =
        kind === 'svg' ? svgBlob(composed.svg) : await pngBlob(composed.svg, composed.width, composed.height, 2);
      downloadBlob(blob, file);
      setExportStatus({ kind: 'imageSaved', file });
    } catch {
      setExportStatus({ kind: 'imageFailed' });
    }
  }

  const message =
    status.kind === 'busy'
      ? t('crosstab.export.busy')
      : status.kind === 'saved'
        ? t('crosstab.export.saved', { path: status.path })
        : status.kind === 'downloaded'
          ? t('files.downloaded', { file: status.file })
          : status.kind === 'copied'
            ? t('crosstab.export.copied')
            : status.kind === 'copyFallback'
              ? t('crosstab.export.copyFallback')
              : status.kind === 'imageSaved'
                ? t('crosstab.export.imageSaved', { file: status.file })
                : status.kind === 'imageFailed'
                  ? t('crosstab.export.imageFailed')
                  : status.kind === 'failed'
                    ? status.error[language]
                    : '';

  return (
    <section className="panel ct-export" aria-labelledby={titleId}>
      <h4 id={titleId} className="ct-panel-title">
        {t('crosstab.export.title')}
      </h4>
      <p className="muted">{t('crosstab.export.intro')}</p>
      <div className="ct-export__grid">
        <form
          className="ct-export__files"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            saveFile('csv-nl');
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor={pathId}>
              {t('crosstab.export.path')}
            </label>
            {pathError && (
              <p id={errorId} className="field__error">
                {pathError}
              </p>
            )}
            <div className="field__row">
              <input
                id={pathId}
                className="field__input"
                type="text"
                value={path}
                onChange={(event) => setPath(event.target.value)}
                aria-describedby={pathError ? `${errorId} ${hintId}` : hintId}
                aria-invalid={pathError ? true : undefined}
                autoComplete="off"
                spellCheck={false}
              />
              <SaveAsButton kind="crosstabCsv" name={`${t('crosstab.export.fileName')}.csv`} onChosen={setPath} />
            </div>
            <p id={hintId} className="field__hint">
              {t('crosstab.export.pathHint')}
            </p>
          </div>
          <CheckboxField label={t('crosstab.export.overwrite')} checked={overwrite} onChange={setOverwrite} />
          <div className="ct-export__buttons" role="group" aria-label={t('crosstab.export.files')}>
            {fileButtons.map((button) => (
              <Button
                key={button.format}
                variant={button.format === 'csv-nl' ? 'primary' : 'secondary'}
                onClick={() => saveFile(button.format)}
              >
                {t(button.label)}
              </Button>
            ))}
          </div>
          {canDownload && (
            <div
              className="ct-export__buttons"
              role="group"
              aria-label={t('crosstab.export.downloads')}
              // A download can fail before it reaches the engine (its error shows beside its button): clear the
              // earlier export's status when one starts.
              onClickCapture={() => setExportStatus({ kind: 'idle' })}
            >
              {fileButtons.map((button) => {
                const name = `${t('crosstab.export.fileName')}-${new Date().toISOString().slice(0, 10)}${button.format === 'xlsx' ? '.xlsx' : '.csv'}`;
                return (
                  <DownloadButton
                    key={button.format}
                    name={name}
                    label={t(`crosstab.export.download.${button.format}`)}
                    write={(file) => exportFile(button.format, file, false)}
                    onDownloaded={(file) => setExportStatus({ kind: 'downloaded', file })}
                  />
                );
              })}
            </div>
          )}
        </form>
        <div className="ct-export__other">
          <div className="ct-export__buttons" role="group" aria-label={t('crosstab.export.images')}>
            <Button onClick={() => void copyText()}>{t('crosstab.export.copy')}</Button>
            <Button onClick={() => void saveImage('svg')}>{t('crosstab.export.svg')}</Button>
            <Button onClick={() => void saveImage('png')}>{t('crosstab.export.png')}</Button>
          </div>
        </div>
      </div>
      <p
        className={
          status.kind === 'failed' || status.kind === 'imageFailed'
            ? 'ct-export__status field__error'
            : 'ct-export__status'
        }
        role="status"
      >
        {message}
      </p>
      {status.kind === 'copyFallback' && (
        <div className="field">
          <label className="field__label" htmlFor={textId}>
            {t('crosstab.export.copyText')}
          </label>
          <textarea
            id={textId}
            className="field__input ct-export__text"
            readOnly
            rows={8}
            value={status.text}
            onFocus={(event) => event.target.select()}
          />
        </div>
      )}
    </section>
  );
}

import { useId, useState, type FormEvent } from 'react';
import type { CodingsFileResult } from '../../../shared/coding/coding-types';
import type { LocalizedText } from '../../../shared/contract/result';
import { TextField } from '../components/TextField';
import { CheckboxField } from '../components/CheckboxField';
import { DownloadButton } from '../components/DownloadButton';
import { SelectField } from '../components/SelectField';
import { useT } from '../i18n/hooks';
import { comparisonTexts } from './comparison-texts';
import { ErrorAlert } from '../components/ErrorAlert';
import { createCaller } from '../../../shared/contract/caller';
import type { Result } from '../../../shared/contract/result';
import { useWorkbench } from '../stores/workbench-context';
import { useAgreementFormat } from './agreement-format';
import { BusySubmitButton } from './BusySubmitButton';
import { useCoderName } from './coder-name';
import { useComparison } from './comparison-context';
import { RequiredPathField, useRequiredPath } from './RequiredPathField';

/** Codings to and from CSV, for coding done in Excel and analysis in SPSS or R. */
export function CodingsCsv() {
  const t = useT(comparisonTexts);
  const titleId = useId();
  return (
    <section className="panel comparison-panel" aria-labelledby={titleId}>
      <h3 id={titleId} className="panel__title">
        {t('comparison.csv.title')}
      </h3>
      <p className="muted">{t('comparison.csv.format')}</p>
      <div className="comparison-csv">
        <ExportForm />
        <ImportForm />
      </div>
    </section>
  );
}

/** A form's engine call: busy while it runs, its error kept by the form. */
function useFormCall() {
  const callEngine = createCaller(useWorkbench((state) => state.api));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<LocalizedText | null>(null);
  async function run<T>(call: Promise<Result<T>>): Promise<T | null> {
    setBusy(true);
    setError(null);
    const answer = await call;
    setBusy(false);
    if (!answer.ok) setError(answer.error.message);
    return answer.ok ? answer.data : null;
  }
  return { callEngine, busy, error, dismiss: () => setError(null), run };
}

function ExportForm() {
  const t = useT(comparisonTexts);
  const format = useAgreementFormat();
  const coderName = useCoderName();
  const dataset = useComparison((state) => state.dataset);
  const progress = useComparison((state) => state.progress);
  const { callEngine, busy, error, dismiss, run } = useFormCall();
  const path = useRequiredPath();
  const [coder, setCoder] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  const [result, setResult] = useState<CodingsFileResult | null>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const coders = progress.filter((entry) => entry.coded > 0);
  const fileName = `${t('comparison.csv.fileName')}${coder ? `-${coder}` : ''}.csv`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !dataset) return;
    const file = path.check();
    if (!file) {
      path.focus();
      return;
    }
    await write(file, overwrite);
  }

  /** Typed, chosen in the save dialog, or a download's path on the server: the same export. */
  async function write(file: string, replace: boolean): Promise<boolean> {
    if (!dataset) return false;
    setResult(null);
    setDownloaded(null);
    const written = await run(
      callEngine('coding.exportCsv', { dataset, path: file, overwrite: replace, ...(coder ? { coder } : {}) }),
    );
    if (written) setResult(written);
    return written !== null;
  }

  return (
    <form className="form comparison-form" noValidate onSubmit={(event) => void submit(event)}>
      <h4 className="comparison-subtitle">{t('comparison.csv.exportTitle')}</h4>
      <SelectField
        label={t('comparison.csv.coder')}
        value={coder}
        options={[
          { value: '', label: t('comparison.csv.allCoders') },
          ...coders.map((entry) => ({ value: entry.coder, label: coderName(entry.coder) })),
        ]}
        onChange={setCoder}
      />
      <RequiredPathField
        label={t('comparison.csv.exportPath')}
        hint={t('comparison.csv.exportHint')}
        path={path}
        save={{ kind: 'codingsCsv', name: fileName }}
      />
      <CheckboxField label={t('comparison.csv.overwrite')} checked={overwrite} onChange={setOverwrite} />
      <div className="form__buttons">
        <BusySubmitButton busy={busy}>{t('comparison.csv.export')}</BusySubmitButton>
        <DownloadButton name={fileName} write={(file) => write(file, false)} onDownloaded={setDownloaded} />
      </div>
      <ErrorAlert own={{ error, dismiss }} />
      <p role="status" className="comparison-status">
        {downloaded
          ? t('files.downloaded', { file: downloaded })
          : result &&
            t('comparison.csv.exported', {
              records: format.count(result.records),
              codings: format.count(result.codings),
              path: result.path,
            })}
      </p>
    </form>
  );
}

function ImportForm() {
  const t = useT(comparisonTexts);
  const format = useAgreementFormat();
  const dataset = useComparison((state) => state.dataset);
  const refresh = useComparison((state) => state.refresh);
  const { callEngine, busy, error, dismiss, run } = useFormCall();
  const path = useRequiredPath();
  const [coder, setCoder] = useState('');
  const [coderMissing, setCoderMissing] = useState(false);
  const [result, setResult] = useState<(CodingsFileResult & { coder: string }) | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !dataset) return;
    setCoderMissing(!coder.trim());
    const file = path.check();
    if (!coder.trim() || !file) return;
    setResult(null);
    const read = await run(callEngine('coding.importCsv', { dataset, coder: coder.trim(), path: file }));
    if (!read) return;
    setResult({ ...read, coder: coder.trim() });
    await refresh();
  }

  return (
    <form className="form comparison-form" noValidate onSubmit={(event) => void submit(event)}>
      <h4 className="comparison-subtitle">{t('comparison.csv.importTitle')}</h4>
      <TextField
        label={t('comparison.csv.importCoder')}
        hint={t('comparison.csv.importCoderHint')}
        value={coder}
        onChange={setCoder}
        error={coderMissing ? t('comparison.csv.coderRequired') : null}
        required
      />
      <RequiredPathField
        label={t('comparison.csv.importPath')}
        hint={t('comparison.csv.importHint')}
        path={path}
        open={{ kind: 'codingsCsv', accept: '.csv,.txt' }}
      />
      <BusySubmitButton busy={busy}>{t('comparison.csv.import')}</BusySubmitButton>
      <ErrorAlert own={{ error, dismiss }} />
      <p role="status" className="comparison-status">
        {result &&
          t('comparison.csv.imported', {
            records: format.count(result.records),
            codings: format.count(result.codings),
            coder: result.coder,
          })}
      </p>
    </form>
  );
}

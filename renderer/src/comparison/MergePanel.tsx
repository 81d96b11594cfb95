import { useId, useState, type FormEvent } from 'react';
import type { MergePreview, MergeResolution, MergeSummary } from '../../../shared/coding/coding-types';
import type { LocalizedText } from '../../../shared/contract/result';
import { Button } from '../components/Button';
import { useLanguage, useT } from '../i18n/hooks';
import { comparisonTexts } from './comparison-texts';
import { ErrorAlert } from '../components/ErrorAlert';
import { createCaller } from '../../../shared/contract/caller';
import { useWorkbench } from '../stores/workbench-context';
import { useAgreementFormat } from './agreement-format';
import { BusySubmitButton } from './BusySubmitButton';
import { useCoderName } from './coder-name';
import { useComparison } from './comparison-context';
import { MergePreviewDetails } from './MergePreviewDetails';
import { MissingCodeChoice, type CodeChoice } from './MissingCodeChoice';
import { RequiredPathField, useRequiredPath } from './RequiredPathField';

function resolution(choice: CodeChoice | undefined): MergeResolution | null {
  if (!choice) return null;
  if (choice.kind === 'into') return choice.into ? { into: choice.into } : null;
  return choice.kind;
}

/**
 * Another coder's project file brought in: first what it would bring (the dataset recognised by its
 * content, the coders, codebook differences), then, with a choice for every code this codebook lacks, the merge.
 */
export function MergePanel() {
  const t = useT(comparisonTexts);
  const titleId = useId();
  const callEngine = createCaller(useWorkbench((state) => state.api));
  const refresh = useComparison((state) => state.refresh);
  const path = useRequiredPath();
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [choices, setChoices] = useState<Record<string, CodeChoice>>({});
  const [showUnresolved, setShowUnresolved] = useState(false);
  const [summary, setSummary] = useState<MergeSummary | null>(null);
  const [error, setError] = useState<LocalizedText | null>(null);
  const [busy, setBusy] = useState(false);

  async function loadPreview(file: string) {
    setBusy(true);
    setError(null);
    setSummary(null);
    setPreview(null);
    const answer = await callEngine('coding.mergePreview', { path: file });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error.message);
      return;
    }
    setPreview(answer.data);
    setChoices({});
    setShowUnresolved(false);
  }

  function submitPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const file = path.check();
    if (!file) {
      path.focus();
      return;
    }
    void loadPreview(file);
  }

  async function merge(current: MergePreview) {
    const resolutions: Record<string, MergeResolution> = {};
    for (const code of current.missingCodes) {
      const chosen = resolution(choices[code.guid]);
      if (!chosen) {
        setShowUnresolved(true);
        return;
      }
      resolutions[code.guid] = chosen;
    }
    setBusy(true);
    setError(null);
    const answer = await callEngine('coding.merge', { path: current.path, resolutions });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error.message);
      return;
    }
    setSummary(answer.data);
    setPreview(null);
    await refresh();
  }

  return (
    <section className="panel comparison-panel" aria-labelledby={titleId}>
      <h3 id={titleId} className="panel__title">
        {t('comparison.merge.title')}
      </h3>
      <p className="muted">{t('comparison.merge.intro')}</p>
      <form className="form comparison-form" noValidate onSubmit={submitPreview}>
        <RequiredPathField
          label={t('comparison.merge.path')}
          hint={t('comparison.merge.pathHint')}
          path={path}
          open={{ kind: 'coderProject', accept: '.skw', onChosen: (file) => void loadPreview(file) }}
        />
        <BusySubmitButton busy={busy}>{t('comparison.merge.preview')}</BusySubmitButton>
      </form>
      <ErrorAlert own={{ error, dismiss: () => setError(null) }} />
      {preview && (
        <div className="comparison-merge__preview">
          <MergePreviewDetails preview={preview} />
          {preview.missingCodes.length > 0 && (
            <div className="comparison-merge__missing">
              <h4 className="comparison-subtitle">{t('comparison.merge.missingTitle')}</h4>
              <p className="muted">{t('comparison.merge.missingIntro')}</p>
              {preview.missingCodes.map((code) => (
                <MissingCodeChoice
                  key={code.guid}
                  code={code}
                  choice={choices[code.guid]}
                  unresolved={showUnresolved && !resolution(choices[code.guid])}
                  onChange={(choice) => setChoices((all) => ({ ...all, [code.guid]: choice }))}
                />
              ))}
            </div>
          )}
          {showUnresolved && preview.missingCodes.some((code) => !resolution(choices[code.guid])) && (
            <p className="field__error" role="alert">
              {t('comparison.merge.unresolved')}
            </p>
          )}
          <div className="dialog__actions">
            <Button variant="primary" aria-disabled={busy || undefined} onClick={() => !busy && void merge(preview)}>
              {t('comparison.merge.submit')}
            </Button>
            <Button onClick={() => setPreview(null)}>{t('app.cancel')}</Button>
          </div>
        </div>
      )}
      <div role="status">{summary && <MergeReport summary={summary} />}</div>
    </section>
  );
}

function MergeReport({ summary }: { summary: MergeSummary }) {
  const t = useT(comparisonTexts);
  const language = useLanguage();
  const format = useAgreementFormat();
  const coderName = useCoderName();
  return (
    <div className="comparison-report">
      <p>
        <strong>
          {t('comparison.merge.done', {
            records: format.count(summary.records),
            codings: format.count(summary.codings),
            coders: summary.coders.map(coderName).join(', ') || '—',
            dataset: summary.dataset,
          })}
        </strong>
      </p>
      {summary.codesAdded > 0 && <p>{t('comparison.merge.codesAdded', { count: format.count(summary.codesAdded) })}</p>}
      {summary.codingsSkipped > 0 && (
        <p>{t('comparison.merge.skipped', { count: format.count(summary.codingsSkipped) })}</p>
      )}
      {summary.warnings.length > 0 && (
        <div className="notice">
          <p className="notice__title">{t('comparison.merge.warnings')}</p>
          <ul className="notice__list">
            {summary.warnings.map((warning) => (
              <li key={warning.en}>{warning[language]}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

import { useEffect, useId, useState } from 'react';
import type { Codebook } from '../../../shared/codebook/codebook-types';
import { Button } from '../components/Button';
import { useT } from '../i18n/hooks';
import { codebookTexts } from './codebook-texts';
import { ErrorAlert } from '../components/ErrorAlert';
import { useWorkbench } from '../stores/workbench-context';
import { AutocodeForm } from './AutocodeForm';
import { keywordStoreFor, useKeywords } from './keyword-store';
import { KeywordTester } from './KeywordTester';
import './keywords.css';

/** The dictionary as a whole: back to the built-in list, a sentence to test it on, and the auto-coder. */
export function KeywordTools({ codebook }: { codebook: Codebook }) {
  const t = useT(codebookTexts);
  const titleId = useId();
  const api = useWorkbench((state) => state.api);
  const project = useWorkbench((state) => state.project);
  useEffect(() => {
    if (project) void keywordStoreFor(api).getState().open(project.path);
  }, [api, project]);
  const error = useKeywords((state) => state.error);
  const dismissError = useKeywords((state) => state.dismissError);

  return (
    <section className="keyword-tools panel" aria-labelledby={titleId}>
      <h3 id={titleId} className="panel__title">
        {t('keywords.tools.title')}
      </h3>
      <p className="muted">{t('keywords.tools.intro')}</p>
      <ErrorAlert own={{ error, dismiss: dismissError }} />
      <div className="keyword-tools__parts">
        <KeywordTester codebook={codebook} />
        <div className="keyword-tools__column">
          <AutocodeForm />
          <ResetDictionary />
        </div>
      </div>
    </section>
  );
}

function ResetDictionary() {
  const t = useT(codebookTexts);
  const dictionary = useKeywords((state) => state.dictionary);
  const busy = useKeywords((state) => state.busy);
  const reset = useKeywords((state) => state.reset);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const customised = typeof dictionary === 'object' && dictionary.customised;

  async function confirm() {
    setConfirming(false);
    setDone(await reset());
  }

  return (
    <div className="keyword-tools__reset">
      {confirming ? (
        <div className="notice" role="group" aria-label={t('keywords.reset')}>
          <p className="notice__title">{t('keywords.resetConfirm')}</p>
          <div className="button-row">
            <Button variant="primary" disabled={busy} onClick={() => void confirm()}>
              {t('keywords.resetYes')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('app.cancel')}</Button>
          </div>
        </div>
      ) : (
        <Button
          disabled={!customised || busy}
          onClick={() => {
            setDone(false);
            setConfirming(true);
          }}
        >
          {t('keywords.reset')}
        </Button>
      )}
      <p className="field__hint" role="status">
        {done && !customised ? t('keywords.resetDone') : customised ? t('keywords.resetHint') : t('keywords.isBuiltIn')}
      </p>
    </div>
  );
}

import { useT } from '../i18n/hooks';
import { analysisTexts } from './analysis-texts';

/** A score or value that does not exist: a dash on screen, "geen waarde" to a screen reader. */
export function NoValue() {
  const t = useT(analysisTexts);
  return (
    <>
      <span className="muted" aria-hidden="true">
        –
      </span>
      <span className="visually-hidden">{t('analysis.noValue')}</span>
    </>
  );
}

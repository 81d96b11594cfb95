import { useT } from '../i18n/hooks';
import { comparisonTexts } from './comparison-texts';

/** What each figure says, and Krippendorff's rule of thumb for reading alpha. */
export function AgreementGuide() {
  const t = useT(comparisonTexts);
  return (
    <div className="comparison-guide">
      <dl className="comparison-guide__figures">
        <dt>{t('comparison.figure.units')}</dt>
        <dd>{t('comparison.guide.units')}</dd>
        <dt>{t('comparison.figure.percent')}</dt>
        <dd>{t('comparison.guide.percent')}</dd>
        <dt>{t('comparison.figure.kappa')}</dt>
        <dd>{t('comparison.guide.kappa')}</dd>
        <dt>{t('comparison.figure.alpha')}</dt>
        <dd>{t('comparison.guide.alpha')}</dd>
      </dl>
      <p className="comparison-guide__reading">
        <strong>{t('comparison.guide.readingTitle')}</strong> {t('comparison.guide.reading')}
      </p>
    </div>
  );
}

import { useId } from 'react';
import { CheckboxField } from '../components/CheckboxField';
import { useT } from '../i18n/hooks';
import { comparisonTexts } from './comparison-texts';
import { useAgreementFormat } from './agreement-format';
import { useCoderName } from './coder-name';
import { useComparison } from './comparison-context';
import { comparableCoders } from './comparison-store';

/** Which coders are compared: the people by default; the auto-coder too when chosen, to measure it like anyone. */
export function ComparedCoders() {
  const t = useT(comparisonTexts);
  const hintId = useId();
  const format = useAgreementFormat();
  const coderName = useCoderName();
  const progress = useComparison((state) => state.progress);
  const selected = useComparison((state) => state.selected);
  const setCoderChosen = useComparison((state) => state.setCoderChosen);
  const coders = comparableCoders(progress);

  return (
    <fieldset className="comparison-coders" aria-describedby={hintId}>
      <legend className="visually-hidden">{t('comparison.coders.legend')}</legend>
      <p id={hintId} className="field__hint">
        {t('comparison.coders.hint')}
      </p>
      <div className="comparison-coders__list">
        {coders.map((entry) => (
          <CheckboxField
            key={entry.coder}
            label={t('comparison.coders.option', {
              coder: coderName(entry.coder),
              coded: format.count(entry.coded),
              total: format.count(entry.total),
            })}
            checked={selected.includes(entry.coder)}
            onChange={(chosen) => void setCoderChosen(entry.coder, chosen)}
          />
        ))}
      </div>
      {coders.length < 2 ? (
        <p className="notice">{t('comparison.coders.tooFew')}</p>
      ) : (
        selected.length < 2 && <p className="notice">{t('comparison.coders.chooseTwo')}</p>
      )}
    </fieldset>
  );
}

import { baseName } from '../../../shared/units/count-unit';
import { SelectField } from '../components/SelectField';
import { useT } from '../i18n/hooks';
import { analysisTexts } from './analysis-texts';
import { useAnalysis } from '../profile/analysis-context';
import { ThresholdInput } from './ThresholdInput';

const NO_BASE = '';

/**
 * An area dataset's base: the column that is each area's n (such as a population count), and the
 * threshold it carries, empty for none. A change applies on Enter or leaving the field, and rescores.
 */
export function BaseField() {
  const t = useT(analysisTexts);
  const scores = useAnalysis((state) => state.scores);
  const variables = useAnalysis((state) => state.variables);
  const audience = useAnalysis((state) => state.audience);
  const setBase = useAnalysis((state) => state.setBase);
  if (!scores) return null;
  const base = scores.base;
  // Not changeable in the partner view: on a shared screen, lowering it would show what it protects.
  if (audience === 'partner') {
    return (
      <p className="threshold-field threshold-field--fixed">
        <span className="field__label">{t('analysis.base')}</span> {base ? baseName(base) : t('analysis.base.none')}
        {base && base.threshold !== null && (
          <>
            {' · '}
            <span className="field__label">{t('analysis.baseThreshold')}</span> {base.threshold}
          </>
        )}
      </p>
    );
  }
  const numbers = Array.isArray(variables) ? variables.filter((variable) => variable.type === 'number') : [];
  const options = [
    { value: NO_BASE, label: t('analysis.base.none') },
    ...numbers.map((variable) => ({ value: variable.name, label: variable.label ?? variable.name })),
  ];
  return (
    <>
      <div className="profile-toolbar__reference">
        <SelectField
          label={t('analysis.base')}
          value={base?.variable ?? NO_BASE}
          options={options}
          hint={t('analysis.base.hint')}
          onChange={(value) =>
            void setBase(value === NO_BASE ? null : value, value === NO_BASE ? null : (base?.threshold ?? null))
          }
        />
      </div>
      {base && (
        <ThresholdInput
          key={`${base.variable}:${base.threshold}`}
          label={t('analysis.baseThreshold')}
          hint={t('analysis.baseThreshold.hint')}
          error={t('analysis.baseThreshold.invalid')}
          value={base.threshold}
          min={1}
          allowEmpty
          onCommit={(threshold) => void setBase(base.variable, threshold)}
        />
      )}
    </>
  );
}

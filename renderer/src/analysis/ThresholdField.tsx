import { useT } from '../i18n/hooks';
import { analysisTexts } from './analysis-texts';
import { useAnalysis } from '../profile/analysis-context';
import { ThresholdInput } from './ThresholdInput';

const MIN = 1;
const MAX = 1000;

/** The project's publication threshold; a change applies on Enter or leaving the field, and rescores at once. */
export function ThresholdField() {
  const t = useT(analysisTexts);
  const threshold = useAnalysis((state) => state.threshold);
  const audience = useAnalysis((state) => state.audience);
  const setThreshold = useAnalysis((state) => state.setThreshold);
  if (threshold === null) return null;
  // Not changeable in the partner view: on a shared screen, lowering it would show what it protects.
  if (audience === 'partner') {
    return (
      <p className="threshold-field threshold-field--fixed">
        <span className="field__label">{t('analysis.threshold')}</span> {threshold}
      </p>
    );
  }
  // Remounting on a new value drops a draft the engine has replaced.
  return (
    <ThresholdInput
      key={threshold}
      label={t('analysis.threshold')}
      hint={t('analysis.threshold.hint')}
      error={t('analysis.threshold.invalid', { min: MIN, max: MAX })}
      value={threshold}
      min={MIN}
      max={MAX}
      allowEmpty={false}
      onCommit={(value) => void setThreshold(value!)}
    />
  );
}

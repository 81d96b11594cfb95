import { useId } from 'react';
import type { ScoreAudience } from '../../../shared/scores/score-types';
import { useT } from '../i18n/hooks';
import { analysisTexts, type AnalysisKey } from './analysis-texts';
import { useAnalysis } from '../profile/analysis-context';

const audiences: { id: ScoreAudience; label: AnalysisKey }[] = [
  { id: 'researcher', label: 'analysis.audience.researcher' },
  { id: 'partner', label: 'analysis.audience.partner' },
];

/** Researcher or partner view: the partner view never shows figures of areas under the publication threshold. */
export function AudienceSwitch() {
  const t = useT(analysisTexts);
  const labelId = useId();
  const audience = useAnalysis((state) => state.audience);
  const setAudience = useAnalysis((state) => state.setAudience);
  return (
    <div className="audience-switch">
      <span id={labelId} className="field__label">
        {t('analysis.audience')}
      </span>
      <div className="segmented segmented--compact" role="group" aria-labelledby={labelId}>
        {audiences.map((item) => (
          <button
            key={item.id}
            type="button"
            className="segmented__option"
            aria-pressed={audience === item.id}
            onClick={() => void setAudience(item.id)}
          >
            {t(item.label)}
          </button>
        ))}
      </div>
    </div>
  );
}

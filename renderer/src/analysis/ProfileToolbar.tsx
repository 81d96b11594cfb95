import { baseName } from '../../../shared/units/count-unit';
import type { ScoreReference, ScoreTable } from '../../../shared/scores/score-types';
import { SelectField } from '../components/SelectField';
import { useT, type Translate } from '../i18n/hooks';
import { analysisTexts, type AnalysisKey } from './analysis-texts';
import { useAnalysis } from '../profile/analysis-context';
import { BaseField } from './BaseField';
import { ThresholdField } from './ThresholdField';

const ALL_MUNICIPALITIES = '';

/**
 * The areas shown (all, or one municipality's), the reference set they are standardised over, and what
 * hides areas from partners: the project's respondent threshold for a survey, a base column's own
 * threshold for area data.
 */
export function ProfileToolbar() {
  const t = useT(analysisTexts);
  const scores = useAnalysis((state) => state.scores);
  const municipality = useAnalysis((state) => state.municipality);
  const reference = useAnalysis((state) => state.reference);
  const setMunicipality = useAnalysis((state) => state.setMunicipality);
  const setReference = useAnalysis((state) => state.setReference);
  if (!scores) return null;
  const municipalities = [
    { value: ALL_MUNICIPALITIES, label: t('analysis.municipality.all') },
    ...scores.municipalities.map((code) => ({ value: code, label: t('analysis.municipality.option', { code }) })),
  ];
  return (
    <div className="profile-toolbar">
      <div className="profile-toolbar__reference">
        <SelectField
          label={t('analysis.municipality')}
          value={municipality ?? ALL_MUNICIPALITIES}
          options={municipalities}
          hint={t('analysis.municipality.hint')}
          onChange={(value) => void setMunicipality(value === ALL_MUNICIPALITIES ? null : value)}
        />
      </div>
      {municipality && (
        <div className="profile-toolbar__reference">
          <SelectField<ScoreReference>
            label={t('analysis.reference')}
            value={reference}
            options={[
              { value: 'municipality', label: t('analysis.reference.municipality', { code: municipality }) },
              { value: 'all', label: t('analysis.reference.all') },
            ]}
            hint={t('analysis.reference.hint')}
            onChange={(value) => void setReference(value)}
          />
        </div>
      )}
      {scores.kind === 'survey' ? <ThresholdField /> : <BaseField />}
      <p className="profile-toolbar__facts">{facts(scores, t)}</p>
    </div>
  );
}

function facts(scores: ScoreTable, t: Translate<AnalysisKey>): string {
  if (scores.kind === 'survey')
    return scores.weighted ? t('analysis.facts.weighted', { weight: scores.weighted }) : t('analysis.facts.unweighted');
  if (!scores.base) return t('analysis.facts.areaData');
  const base = baseName(scores.base);
  return scores.base.threshold === null
    ? t('analysis.facts.areaBase', { base })
    : t('analysis.facts.areaBaseThreshold', { base, threshold: scores.base.threshold });
}

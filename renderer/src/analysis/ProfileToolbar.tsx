import { SelectField } from '../components/SelectField';
import { useT } from '../i18n/hooks';
import { useAnalysis } from './analysis-context';
import { municipalitiesOf } from './profile-data';
import { ThresholdField } from './ThresholdField';

const ALL_AREAS = 'all';

/** The reference set (all areas, or one municipality's) and the publication threshold. */
export function ProfileToolbar() {
  const t = useT();
  const scores = useAnalysis((state) => state.scores);
  const municipality = useAnalysis((state) => state.municipality);
  const setMunicipality = useAnalysis((state) => state.setMunicipality);
  if (!scores) return null;
  const municipalities = municipalitiesOf(scores.areas);
  const options = [
    { value: ALL_AREAS, label: t('analysis.reference.all') },
    ...municipalities.map((code) => ({ value: code, label: t('analysis.reference.municipality', { code }) })),
  ];
  return (
    <div className="profile-toolbar">
      <div className="profile-toolbar__reference">
        <SelectField
          label={t('analysis.reference')}
          value={municipality ?? ALL_AREAS}
          options={options}
          hint={t('analysis.reference.hint')}
          onChange={(value) => void setMunicipality(value === ALL_AREAS ? null : value)}
        />
      </div>
      <ThresholdField />
      <p className="profile-toolbar__facts">
        {scores.kind === 'survey'
          ? scores.weighted
            ? t('analysis.facts.weighted', { weight: scores.weighted })
            : t('analysis.facts.unweighted')
          : t('analysis.facts.areaData')}
      </p>
    </div>
  );
}

import type { ReactNode } from 'react';
import { SegmentedTabs } from '../components/SegmentedTabs';
import { useT } from '../i18n/hooks';
import { mergeMessages } from '../../../shared/i18n/messages';
import { analysisTexts } from './analysis-texts';
import { codingProfileTexts } from '../coding-profile/coding-profile-texts';
import { crosstabTexts } from '../crosstab/crosstab-texts';
import { useAnalysis } from '../profile/analysis-context';
import type { AnalysisView } from '../profile/analysis-store';

/** The tabs name the views Analyse composes, in their own words. */
const texts = mergeMessages(analysisTexts, codingProfileTexts, crosstabTexts);

const views: { id: AnalysisView; label: keyof typeof texts.nl }[] = [
  { id: 'indicators', label: 'analysis.view.indicators' },
  { id: 'profiles', label: 'analysis.view.profiles' },
  { id: 'words', label: 'codingProfile.view' },
  { id: 'crosstabs', label: 'crosstab.view' },
];

/** The analysis views: indicators, profiles, words and figures, cross-tabs. */
export function AnalysisViewTabs({ bar, children }: { bar: (tablist: ReactNode) => ReactNode; children: ReactNode }) {
  const t = useT(texts);
  const view = useAnalysis((state) => state.view);
  const setView = useAnalysis((state) => state.setView);
  return (
    <SegmentedTabs
      tabs={views.map((item) => ({ id: item.id, label: t(item.label) }))}
      selected={view}
      onSelect={setView}
      label={t('analysis.views')}
      className="analysis__views"
      panelClassName="analysis__panel"
      bar={bar}
    >
      {children}
    </SegmentedTabs>
  );
}

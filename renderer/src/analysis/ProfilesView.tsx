import { useId } from 'react';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { Workbench } from '../components/Workbench';
import { useLanguage, useT } from '../i18n/hooks';
import { analysisTexts } from './analysis-texts';
import { useAnalysis } from '../profile/analysis-context';
import { AreaDetail } from './AreaDetail';
import { ProfileChartPanel } from './ProfileChartPanel';
import { suppressionWords } from '../../../shared/scores/profile-data';
import { ProfileToolbar } from './ProfileToolbar';
import { ScoresTable } from './ScoresTable';

/** Scores and profiles of the dataset's areas: toolbar, chart, table of scores and one area's details. */
export function ProfilesView() {
  const t = useT(analysisTexts);
  const titleId = useId();
  const scores = useAnalysis((state) => state.scores);
  const scoresLoading = useAnalysis((state) => state.scoresLoading);
  const setView = useAnalysis((state) => state.setView);

  if (!scores) return scoresLoading ? <p role="status">{t('analysis.scores.loading')}</p> : null;
  if (scores.indicators.length === 0) {
    return (
      <EmptyState title={t('analysis.profiles.emptyTitle')} headingLevel={3}>
        <p>{t('analysis.profiles.emptyBody')}</p>
        <div className="button-row">
          <Button variant="primary" onClick={() => setView('indicators')}>
            {t('analysis.profiles.toIndicators')}
          </Button>
        </div>
      </EmptyState>
    );
  }
  return (
    <section className="profiles" aria-labelledby={titleId}>
      <h3 id={titleId} className="visually-hidden">
        {t('analysis.view.profiles')}
      </h3>
      <Workbench
        side={{
          id: 'analysis.profiles',
          title: t('workbench.settings'),
          resizeLabel: t('workbench.resize'),
          content: (
            <>
              <ProfileToolbar />
              <PublicationNotice />
            </>
          ),
        }}
      >
        <ProfileChartPanel />
        <div className="profiles__numbers">
          <ScoresTable />
          <AreaDetail />
        </div>
      </Workbench>
    </section>
  );
}

/** Says what the publication threshold does in this view, whenever an area falls under it. */
function PublicationNotice() {
  const t = useT(analysisTexts);
  const language = useLanguage();
  const scores = useAnalysis((state) => state.scores);
  const audience = useAnalysis((state) => state.audience);
  if (!scores) return null;
  const suppressed = scores.areas.filter((area) => area.suppressed).length;
  const words = suppressionWords(scores, language);
  if (audience === 'partner') {
    return (
      <p className="notice notice--partner">
        <strong>{t('analysis.partner.title')}</strong>{' '}
        {scores.publication.basis === 'none' ? t('analysis.partner.noThreshold') : t('analysis.partner.body', words)}
      </p>
    );
  }
  if (suppressed === 0) return null;
  return <p className="notice">{t('analysis.researcher.suppressed', { count: suppressed, ...words })}</p>;
}

import { useEffect, useId } from 'react';
import { EmptyState } from '../components/EmptyState';
import { SelectField } from '../components/SelectField';
import { Toolbar } from '../components/Toolbar';
import { WordsAndFiguresView } from '../coding-profile/WordsAndFiguresView';
import { CrosstabView } from '../crosstab/CrosstabView';
import { useT } from '../i18n/hooks';
import { analysisTexts } from './analysis-texts';
import { ErrorAlert } from '../components/ErrorAlert';
import { useWorkbench } from '../stores/workbench-context';
import { AnalysisProvider, analysisStoreFor, useAnalysis } from '../profile/analysis-context';
import { AnalysisViewTabs } from './AnalysisViewTabs';
import { AudienceSwitch } from './AudienceSwitch';
import { IndicatorsView } from './IndicatorsView';
import { ProfilesView } from './ProfilesView';
import './analysis.css';

/** The Analyse section: indicator mapping, and the profiles of areas over the four conditions. */
export function AnalysisSection() {
  const api = useWorkbench((state) => state.api);
  const project = useWorkbench((state) => state.project);
  const datasets = useWorkbench((state) => state.datasets);
  const store = analysisStoreFor(api);
  useEffect(() => {
    if (project && Array.isArray(datasets)) void store.getState().open(project.path, datasets);
  }, [store, project, datasets]);
  return (
    <AnalysisProvider store={store}>
      <AnalysisContent />
    </AnalysisProvider>
  );
}

function AnalysisContent() {
  const t = useT(analysisTexts);
  const titleId = useId();
  const workbenchDatasets = useWorkbench((state) => state.datasets);
  const datasets = useAnalysis((state) => state.datasets);
  const dataset = useAnalysis((state) => state.dataset);
  const view = useAnalysis((state) => state.view);
  const error = useAnalysis((state) => state.error);
  const selectDataset = useAnalysis((state) => state.selectDataset);
  const dismissError = useAnalysis((state) => state.dismissError);

  if (workbenchDatasets === 'loading') return <p role="status">{t('analysis.loading')}</p>;
  if (workbenchDatasets === 'unavailable') return null;
  if (workbenchDatasets.length === 0) {
    return (
      <EmptyState title={t('analysis.noDataTitle')}>
        <p>{t('analysis.noDataBody')}</p>
      </EmptyState>
    );
  }

  return (
    <section className="analysis" aria-labelledby={titleId}>
      <AnalysisViewTabs
        bar={(tablist) => (
          <Toolbar title={t('analysis.title')} titleId={titleId} description={t('analysis.intro')}>
            {dataset && (
              <div className="analysis__dataset">
                <SelectField
                  label={t('analysis.dataset')}
                  value={dataset}
                  options={datasets.map((d) => ({ value: d.name, label: d.name }))}
                  onChange={(name) => void selectDataset(name)}
                />
              </div>
            )}
            <AudienceSwitch />
            {tablist}
          </Toolbar>
        )}
      >
        <ErrorAlert own={{ error, dismiss: dismissError }} />
        {view === 'indicators' ? (
          <IndicatorsView />
        ) : view === 'profiles' ? (
          <ProfilesView />
        ) : view === 'words' ? (
          <WordsAndFiguresView />
        ) : (
          <CrosstabView />
        )}
      </AnalysisViewTabs>
    </section>
  );
}

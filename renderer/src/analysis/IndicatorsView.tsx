import { useId } from 'react';
import { SplitPane } from '../components/SplitPane';
import { useT } from '../i18n/hooks';
import { analysisTexts } from './analysis-texts';
import { useAnalysis } from '../profile/analysis-context';
import { ConditionBoard } from './ConditionBoard';
import { MappingTable } from './MappingTable';
import { VariablePalette } from './VariablePalette';

/** Indicator mapping: the dataset's variables, the four conditions to map them to, and every mapping in one table. */
export function IndicatorsView() {
  const t = useT(analysisTexts);
  const titleId = useId();
  const dataset = useAnalysis((state) => state.dataset);
  return (
    <div className="indicators">
      <h3 id={titleId} className="visually-hidden">
        {t('analysis.view.indicators')}
      </h3>
      {dataset ? (
        <SplitPane
          id="analysis.indicators"
          label={t('workbench.resize')}
          initial={420}
          min={260}
          max={800}
          className="indicators__board"
          first={
            <>
              <p className="indicators__intro muted">{t('analysis.mapping.intro')}</p>
              <VariablePalette dataset={dataset} />
            </>
          }
          second={
            <div data-main-content>
              <ConditionBoard dataset={dataset} />
            </div>
          }
        />
      ) : (
        <p className="indicators__intro">{t('analysis.mapping.intro')}</p>
      )}
      <MappingTable />
    </div>
  );
}

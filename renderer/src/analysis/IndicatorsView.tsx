import { useId } from 'react';
import { useT } from '../i18n/hooks';
import { useAnalysis } from '../profile/analysis-context';
import { ConditionBoard } from './ConditionBoard';
import { MappingTable } from './MappingTable';
import { VariablePalette } from './VariablePalette';

/** Indicator mapping: the dataset's variables, the four conditions to map them to, and every mapping in one table. */
export function IndicatorsView() {
  const t = useT();
  const titleId = useId();
  const dataset = useAnalysis((state) => state.dataset);
  return (
    <div className="indicators">
      <h3 id={titleId} className="visually-hidden">
        {t('analysis.view.indicators')}
      </h3>
      <p className="indicators__intro">{t('analysis.mapping.intro')}</p>
      {dataset && (
        <div className="indicators__board">
          <VariablePalette dataset={dataset} />
          <ConditionBoard dataset={dataset} />
        </div>
      )}
      <MappingTable />
    </div>
  );
}

import type { CrossTable, CrosstabResult } from '../../../shared/crosstab/crosstab-types';
import { useT } from '../i18n/hooks';
import { crosstabTexts } from './crosstab-texts';
import { useCrosstabFormat } from './use-crosstab-format';
import { type CrosstabFormat } from '../../../shared/crosstab/crosstab-format';
import { statisticsMissingReason } from './table-notes';
import { ScrollTable } from '../components/ScrollTable';

/** χ² with df and p, the likelihood ratio, Fisher's exact test (2 × 2), Cramér's V or phi, and the low-expected warning. */
export function StatisticsPanel({ result, table }: { result: CrosstabResult; table: CrossTable }) {
  const t = useT(crosstabTexts);
  const format = useCrosstabFormat();
  const statistics = table.statistics;
  const title = table.layer
    ? t('crosstab.stats.titleLayer', { category: table.layer.label })
    : t('crosstab.stats.title');
  if (!statistics) {
    return (
      <div className="ct-stats">
        <p className="ct-stats__title">{title}</p>
        <p className="muted">
          {statisticsMissingReason(result, table) === 'hidden'
            ? t('crosstab.stats.hidden')
            : t('crosstab.stats.notPossible')}
        </p>
      </div>
    );
  }
  const twoByTwo = statistics.phi !== null;
  return (
    <div className="ct-stats">
      <ScrollTable label={title}>
        <table className="data-table ct-stats__table">
          <caption className="ct-stats__title">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('crosstab.stats.test')}</th>
              <th scope="col" className="numeric">
                {t('crosstab.stats.value')}
              </th>
              <th scope="col" className="numeric">
                {t('crosstab.stats.df')}
              </th>
              <th scope="col" className="numeric">
                {t('crosstab.stats.p')}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('crosstab.stats.pearson')}</th>
              <td className="numeric">{format.statistic(statistics.chiSquare)}</td>
              <td className="numeric">{format.integer(statistics.df)}</td>
              <PCell p={statistics.p} format={format} />
            </tr>
            <tr>
              <th scope="row">{t('crosstab.stats.likelihood')}</th>
              <td className="numeric">{format.statistic(statistics.likelihoodRatio)}</td>
              <td className="numeric">{format.integer(statistics.df)}</td>
              <PCell p={statistics.lrP} format={format} />
            </tr>
            {statistics.fisherP !== null && (
              <tr>
                <th scope="row">{t('crosstab.stats.fisher')}</th>
                <td />
                <td />
                <PCell p={statistics.fisherP} format={format} />
              </tr>
            )}
            <tr>
              <th scope="row">{twoByTwo ? t('crosstab.stats.phi') : t('crosstab.stats.cramer')}</th>
              <td className="numeric">{format.coefficient(twoByTwo ? statistics.phi! : statistics.cramersV)}</td>
              <td />
              <td />
            </tr>
          </tbody>
        </table>
      </ScrollTable>
      {statistics.warning && (
        <p className="notice ct-stats__warning" role="note">
          {statistics.warning}
        </p>
      )}
    </div>
  );
}

/** p as reports write it, the exact value in the tooltip and for screen readers. */
function PCell({ p, format }: { p: number; format: CrosstabFormat }) {
  const t = useT(crosstabTexts);
  const exact = t('crosstab.stats.exactP', { p: format.pExact(p) });
  return (
    <td className="numeric ct-stats__p" title={exact}>
      <span aria-hidden="true">{format.p(p)}</span>
      <span className="visually-hidden">{exact}</span>
    </td>
  );
}

import { useId } from 'react';
import { EmptyState } from '../components/EmptyState';
import { useFormat, useT } from '../i18n/hooks';
import { useWorkbench } from '../stores/workbench-context';

export function DataSection() {
  const t = useT();
  const format = useFormat();
  const titleId = useId();
  const datasets = useWorkbench((state) => state.datasets);

  if (datasets === 'loading') return <p role="status">{t('data.loading')}</p>;
  // The error is already shown above; an empty state here would wrongly say the project is empty.
  if (datasets === 'unavailable') return null;
  if (datasets.length === 0) {
    return (
      <EmptyState title={t('data.emptyTitle')}>
        <p>{t('data.emptyBody')}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <h2 id={titleId} className="section-title">
        {t('data.title')}
      </h2>
      <table className="data-table" aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col">{t('data.columnName')}</th>
            <th scope="col">{t('data.columnKind')}</th>
            <th scope="col" className="numeric">
              {t('data.columnRows')}
            </th>
            <th scope="col" className="numeric">
              {t('data.columnColumns')}
            </th>
          </tr>
        </thead>
        <tbody>
          {datasets.map((dataset) => (
            <tr key={dataset.name}>
              <th scope="row">{dataset.name}</th>
              <td>{dataset.kind === 'survey' ? t('data.kind.survey') : t('data.kind.area')}</td>
              <td className="numeric">{format.number(dataset.rows)}</td>
              <td className="numeric">{format.number(dataset.columns)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

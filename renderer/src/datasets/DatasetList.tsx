import { useId } from 'react';
import type { DatasetSummary } from '../../../shared/contract/channels';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { useFormat, useT } from '../i18n/hooks';
import { datasetsTexts } from './datasets-texts';
import { useWorkbench } from '../stores/workbench-context';
import { ScrollTable } from '../components/ScrollTable';

/** The project's datasets; each name opens its variables. */
export function DatasetList({ datasets }: { datasets: DatasetSummary[] }) {
  const t = useT(datasetsTexts);
  const format = useFormat();
  const titleId = useId();
  const openImport = useWorkbench((state) => state.openImport);
  const openDataset = useWorkbench((state) => state.openDataset);
  const importButton = (
    <Button variant="primary" onClick={openImport}>
      {t('data.import')}
    </Button>
  );

  if (datasets.length === 0) {
    return (
      <EmptyState title={t('data.emptyTitle')}>
        <p>{t('data.emptyBody')}</p>
        <div className="button-row">{importButton}</div>
      </EmptyState>
    );
  }
  return (
    <>
      <div className="view-header">
        <div>
          <h2 id={titleId} className="section-title" tabIndex={-1}>
            {t('data.title')}
          </h2>
          <p className="muted">{t('data.datasetsIntro')}</p>
        </div>
        {importButton}
      </div>
      <ScrollTable label={t('data.title')} main><table className="data-table" aria-labelledby={titleId}>
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
              <th scope="row">
                <button type="button" className="link-button" onClick={() => void openDataset(dataset.name)}>
                  {dataset.name}
                </button>
              </th>
              <td>{dataset.kind === 'survey' ? t('data.kind.survey') : t('data.kind.area')}</td>
              <td className="numeric">{format.number(dataset.rows)}</td>
              <td className="numeric">{format.number(dataset.columns)}</td>
            </tr>
          ))}
        </tbody>
      </table></ScrollTable>
    </>
  );
}

import { useId } from 'react';
import type { VariableSummary } from '../../../shared/contract/channels';
import { Button } from '../components/Button';
import { ScrollTable } from '../components/ScrollTable';
import { useFormat, useT } from '../i18n/hooks';
import { datasetsTexts } from './datasets-texts';
import { useWorkbench } from '../stores/workbench-context';
import type { DataView } from '../stores/workbench-store';
import { ImportReport } from './ImportReport';
import { storedAsNumber } from '../../../shared/import/stored-as-number';
import { roleLabels, typeLabels } from '../components/variable-labels';

const TOP_VALUES_SHOWN = 5;
/** Open answers can be long; the most frequent ones are cut to keep the table readable. */
const TOP_VALUE_MAX_LENGTH = 40;

type VariablesView = Extract<DataView, { screen: 'variables' }>;

/** A dataset's variables with their descriptives, as SPSS's variable view shows them. */
export function VariableView({ view }: { view: VariablesView }) {
  const t = useT(datasetsTexts);
  const format = useFormat();
  const titleId = useId();
  const showDatasets = useWorkbench((state) => state.showDatasets);
  const datasets = useWorkbench((state) => state.datasets);
  const summary = Array.isArray(datasets) ? datasets.find((dataset) => dataset.name === view.dataset) : undefined;
  const { variables } = view;

  return (
    <section className="variable-view" aria-labelledby={titleId}>
      <Button variant="quiet" className="back-button" onClick={showDatasets}>
        <span aria-hidden="true">←</span> {t('variables.back')}
      </Button>
      <h2 id={titleId} className="variable-view__title" tabIndex={-1}>
        {view.dataset}
      </h2>
      {summary && Array.isArray(variables) && (
        <p className="variable-view__summary">
          {t('variables.summary', {
            kind: summary.kind === 'survey' ? t('data.kind.survey') : t('data.kind.area'),
            rows: format.number(summary.rows),
            count: format.number(variables.length),
          })}
        </p>
      )}
      {view.imported && <ImportReport summary={view.imported} />}
      {variables === 'loading' ? (
        <p role="status">{t('variables.loading')}</p>
      ) : variables === 'unavailable' ? null : (
        <ScrollTable label={t('variables.tableLabel', { dataset: view.dataset })}>
          <table className="data-table variable-table" aria-label={t('variables.tableLabel', { dataset: view.dataset })}>
            <thead>
              <tr>
                <th scope="col">{t('variables.name')}</th>
                <th scope="col">{t('variables.label')}</th>
                <th scope="col">{t('variables.type')}</th>
                <th scope="col">{t('variables.role')}</th>
                <th scope="col" className="numeric">
                  {t('variables.n')}
                </th>
                <th scope="col" className="numeric">
                  {t('variables.missing')}
                </th>
                <th scope="col" className="numeric">
                  {t('variables.mean')}
                </th>
                <th scope="col" className="numeric">
                  {t('variables.min')}
                </th>
                <th scope="col" className="numeric">
                  {t('variables.max')}
                </th>
                <th scope="col" className="numeric">
                  {t('variables.distinct')}
                </th>
                <th scope="col">{t('variables.top')}</th>
              </tr>
            </thead>
            <tbody>
              {variables.map((variable) => (
                <VariableRow key={variable.name} variable={variable} />
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}

function VariableRow({ variable }: { variable: VariableSummary }) {
  const t = useT(datasetsTexts);
  const format = useFormat();
  const optional = (value: number | null, show: (value: number) => string) => (value === null ? <Absent /> : show(value));
  // An id or area code names a row or an area: it has no mean, and its numbers are shown as stored.
  const identifies = variable.role === 'id' || variable.role === 'area_code';
  return (
    <tr>
      <th scope="row" className="variable-table__name">
        {variable.name}
      </th>
      <td>{variable.label ?? ''}</td>
      <td>
        {t(typeLabels[variable.type])}
        {variable.ordinal && <span className="muted"> ({t('variables.ordinal')})</span>}
      </td>
      <td>{variable.role ? t(roleLabels[variable.role]) : ''}</td>
      <td className="numeric">{format.number(variable.n)}</td>
      <td className="numeric">{format.number(variable.missing)}</td>
      <td className="numeric">{optional(identifies ? null : variable.mean, format.mean)}</td>
      <td className="numeric">{optional(variable.min, identifies ? format.value : format.measure)}</td>
      <td className="numeric">{optional(variable.max, identifies ? format.value : format.measure)}</td>
      <td className="numeric">{optional(variable.distinct, format.number)}</td>
      <td>
        <TopValues variable={variable} />
      </td>
    </tr>
  );
}

/** A statistic that does not apply (the mean of a text): a dash, read out as nothing. */
function Absent() {
  return (
    <span className="muted" aria-hidden="true">
      —
    </span>
  );
}

/** The most frequent values, as a list that wraps between values. */
function TopValues({ variable }: { variable: VariableSummary }) {
  const t = useT(datasetsTexts);
  const format = useFormat();
  // Where no value occurs twice (an id, an open answer) there is no most frequent value to show.
  if (!variable.top.some((top) => top.count > 1)) return null;
  const numeric = storedAsNumber(variable);
  return (
    <ul className="top-values">
      {variable.top.slice(0, TOP_VALUES_SHOWN).map((top) => {
        // The engine hands values over as text; stored numbers are shown with the language's decimal mark.
        const asNumber = numeric && top.value.trim() !== '' ? Number(top.value) : Number.NaN;
        const shown = Number.isFinite(asNumber) ? format.value(asNumber) : shorten(top.value);
        const label = variable.valueLabels[top.value];
        return (
          <li key={top.value} className="top-values__item" title={top.value.length > TOP_VALUE_MAX_LENGTH ? top.value : undefined}>
            {t('variables.topValue', { value: label ? `${shown} ${label}` : shown, count: format.number(top.count) })}
          </li>
        );
      })}
    </ul>
  );
}

function shorten(text: string): string {
  return text.length > TOP_VALUE_MAX_LENGTH ? `${text.slice(0, TOP_VALUE_MAX_LENGTH - 1)}…` : text;
}

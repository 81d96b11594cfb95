import { useId } from 'react';
import type { ImportChoices, ImportColumn, ImportPreview } from '../../../shared/import/import-plan';
import { storedAsNumber } from '../../../shared/import/stored-as-number';
import { ScrollTable } from '../components/ScrollTable';
import { roleLabels, typeLabels, type RoleChoice, type VariableType } from '../components/variable-labels';
import { useFormat, useT } from '../i18n/hooks';
import { importTexts } from './import-texts';
import { withColumnChange, withColumnRole } from './import-choices';
import type { ImportWizardStore } from './import-wizard-store';

type Cell = ImportPreview['rows'][number]['cells'][number];

const columnTypes = Object.keys(typeLabels) as VariableType[];
const roleChoices = Object.keys(roleLabels) as RoleChoice[];

/**
 * The first rows exactly as the import will store them, one column per planned column, with each
 * column's type, role and inclusion in its header. It scrolls inside its own box (ScrollTable), which also
 * holds the visually hidden texts, with the header and the line numbers in view.
 */
export function ImportPreviewTable({
  wizard,
  preview,
  busy,
}: {
  wizard: ImportWizardStore;
  preview: ImportPreview;
  busy: boolean;
}) {
  const t = useT(importTexts);
  const columns = preview.plan.columns;

  return (
    <ScrollTable className="import-preview__scroll" label={t('import.preview.tableLabel')}>
      <table className="data-table preview-table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">{t('import.preview.tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col" className="preview-table__line">
              {t('import.preview.line')}
            </th>
            {columns.map((column) => (
              <th key={column.source} scope="col" className={column.include ? undefined : 'is-excluded'}>
                {column.name}
              </th>
            ))}
          </tr>
          <tr className="preview-table__controls">
            <td className="preview-table__line" />
            {columns.map((column) => (
              <td key={column.source} className={column.include ? undefined : 'is-excluded'}>
                <ColumnControls wizard={wizard} column={column} columns={columns} />
              </td>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.line}>
              <th scope="row" className="preview-table__line numeric">
                {row.line}
              </th>
              {row.cells.map((cell, index) => {
                const column = columns[index];
                if (!column) return null;
                const classes = [storedAsNumber(column) ? 'numeric' : null, column.include ? null : 'is-excluded']
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td key={column.source} className={classes || undefined}>
                    <PreviewCell cell={cell} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function PreviewCell({ cell }: { cell: Cell }) {
  const t = useT(importTexts);
  const format = useFormat();
  if (cell === null) {
    return (
      <>
        <span className="cell-missing" aria-hidden="true" title={t('import.preview.missing')}>
          —
        </span>
        <span className="visually-hidden">{t('import.preview.missing')}</span>
      </>
    );
  }
  if (typeof cell === 'object') {
    return (
      <span className="cell-invalid" title={t('import.preview.invalid')}>
        {cell.invalid}
        <span className="visually-hidden"> ({t('import.preview.invalid')})</span>
      </span>
    );
  }
  if (typeof cell === 'number') return <>{format.value(cell)}</>;
  return (
    <span className="cell-text" title={cell.length > 40 ? cell : undefined}>
      {cell}
    </span>
  );
}

function ColumnControls({
  wizard,
  column,
  columns,
}: {
  wizard: ImportWizardStore;
  column: ImportColumn;
  columns: ImportColumn[];
}) {
  const t = useT(importTexts);
  const typeId = useId();
  const roleId = useId();
  const ordinalId = useId();
  const includeId = useId();
  const name = column.name;
  const change = (update: (choices: ImportChoices) => ImportChoices) => void wizard.getState().change(update);

  return (
    <div className="column-controls">
      <label className="column-controls__label" htmlFor={typeId}>
        {t('import.column.typeShort')}
      </label>
      <select
        id={typeId}
        className="field__select field__select--compact"
        aria-label={t('import.column.type', { column: name })}
        value={column.type}
        onChange={(event) => {
          // The options are exactly the column types. Only a category has an order: a number keeping
          // the flag would be stored as an ordinal number.
          const type = event.target.value as VariableType;
          change((choices) =>
            withColumnChange(choices, name, type === 'category' ? { type } : { type, ordinal: false }),
          );
        }}
      >
        {columnTypes.map((type) => (
          <option key={type} value={type}>
            {t(typeLabels[type])}
          </option>
        ))}
      </select>
      <label className="column-controls__label" htmlFor={roleId}>
        {t('import.column.roleShort')}
      </label>
      <select
        id={roleId}
        className="field__select field__select--compact"
        aria-label={t('import.column.role', { column: name })}
        value={column.role ?? 'none'}
        onChange={(event) => {
          // The options are exactly the role choices.
          const role = event.target.value as RoleChoice;
          change((choices) => withColumnRole(choices, name, role === 'none' ? null : role, columns));
        }}
      >
        {roleChoices.map((role) => (
          <option key={role} value={role}>
            {t(roleLabels[role])}
          </option>
        ))}
      </select>
      {/* Below both selects, so the selects line up whether or not a column is a category. */}
      <div className="column-controls__checks">
        <div className="checkbox-field checkbox-field--compact">
          <input
            id={includeId}
            type="checkbox"
            className="checkbox"
            aria-label={t('import.column.include', { column: name })}
            checked={column.include}
            onChange={(event) =>
              change((choices) => withColumnChange(choices, name, { include: event.target.checked }))
            }
          />
          <label htmlFor={includeId}>{t('import.column.includeShort')}</label>
        </div>
        {column.type === 'category' && (
          <div className="checkbox-field checkbox-field--compact">
            <input
              id={ordinalId}
              type="checkbox"
              className="checkbox"
              aria-label={t('import.column.ordinal', { column: name })}
              checked={column.ordinal}
              onChange={(event) =>
                change((choices) => withColumnChange(choices, name, { ordinal: event.target.checked }))
              }
            />
            <label htmlFor={ordinalId}>{t('import.column.ordinalShort')}</label>
          </div>
        )}
      </div>
    </div>
  );
}

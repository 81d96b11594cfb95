import { useId } from 'react';
import type { ImportSummary } from '../../../shared/import/import-plan';
import { columnNoteText } from '../../../shared/import/column-words';
import { useFormat, useLanguage, useT } from '../i18n/hooks';
import { datasetsTexts } from './datasets-texts';
import { ScrollTable } from '../components/ScrollTable';

/** Skipped lines are listed up to this many; a file with thousands of them needs fixing, not reading. */
const MAX_LINES_LISTED = 30;

/** What the import just did beyond storing rows: lines it skipped or stored once, rows it filtered, values it could not read, columns worth a look. */
export function ImportReport({ summary }: { summary: ImportSummary }) {
  const t = useT(datasetsTexts);
  const format = useFormat();
  const titleId = useId();
  const invalidId = useId();
  const language = useLanguage();
  const { skippedLines, duplicateLines, invalid } = summary;
  // Line numbers as the engine's messages and a text editor show them: without grouping.
  const listOf = (lines: number[]) => {
    const listed = lines.slice(0, MAX_LINES_LISTED).map(String);
    if (lines.length > MAX_LINES_LISTED) listed.push(t('import.report.more', { count: format.number(lines.length - MAX_LINES_LISTED) }));
    return listed.join(', ');
  };

  return (
    <section className="import-report" aria-labelledby={titleId}>
      <h3 id={titleId} className="import-report__title">
        {t('import.report.title')}
      </h3>
      <p>{t('import.report.rows', { rows: format.number(summary.rows) })}</p>
      {summary.filteredRows > 0 && <p>{t('import.report.filtered', { count: format.number(summary.filteredRows) })}</p>}
      {skippedLines.length > 0 && <p>{t('import.report.skipped', { count: format.number(skippedLines.length), lines: listOf(skippedLines) })}</p>}
      {duplicateLines.length > 0 && <p>{t('import.report.duplicates', { count: format.number(duplicateLines.length), lines: listOf(duplicateLines) })}</p>}
      {summary.columnNotes.length > 0 && (
        <ul className="notice__list">
          {summary.columnNotes.map((note) => (
            <li key={note.column}>{columnNoteText(language, note)}</li>
          ))}
        </ul>
      )}
      {invalid.length > 0 && (
        <>
          <h4 id={invalidId} className="import-report__subtitle">
            {t('import.report.invalidTitle')}
          </h4>
          <ScrollTable label={t('import.report.invalidTitle')}><table className="data-table data-table--compact" aria-labelledby={invalidId}>
            <thead>
              <tr>
                <th scope="col">{t('import.report.column')}</th>
                <th scope="col" className="numeric">
                  {t('import.report.count')}
                </th>
                <th scope="col">{t('import.report.examples')}</th>
              </tr>
            </thead>
            <tbody>
              {invalid.map((cells) => (
                <tr key={cells.column}>
                  <th scope="row">{cells.column}</th>
                  <td className="numeric">{format.number(cells.count)}</td>
                  <td>
                    {cells.examples
                      .map((example) => t('import.report.example', { line: example.line, value: example.value }))
                      .join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table></ScrollTable>
        </>
      )}
    </section>
  );
}

import type { CrosstabResult } from '../../../shared/crosstab/crosstab-types';
import { localeOf } from '../../../shared/i18n/locale';
import { useFormat, useLanguage, useT } from '../i18n/hooks';
import { presentationTexts } from './presentation-texts';

/** A saved cross-tab as the partners may see it: counts and row percentages, hidden cells marked as the engine hid them. */
export function CrosstabSlide({ crosstab }: { crosstab: CrosstabResult | null }) {
  const t = useT(presentationTexts);
  const format = useFormat();
  const language = useLanguage();
  if (!crosstab) return <p className="slide-lead">{t('presentation.crosstab.missing')}</p>;
  const hiddenMark = crosstab.threshold === null ? t('presentation.crosstab.hidden') : `<${crosstab.threshold}`;
  const percent = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 });
  return (
    <div className="slide-crosstab">
      {crosstab.tables.map((table, tableIndex) => (
        <table key={tableIndex} className="slide-table">
          <caption>
            {crosstab.rows.label ?? crosstab.rows.name} × {crosstab.cols.label ?? crosstab.cols.name}
            {table.layer ? ` – ${table.layer.label}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col" />
              {table.colCategories.map((category, col) => (
                <th key={col} scope="col">
                  {category.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rowCategories.map((category, row) => (
              <tr key={row}>
                <th scope="row">{category.label}</th>
                {table.colCategories.map((_, col) => {
                  const count = table.counts[row]?.[col] ?? null;
                  const share = table.rowPercent[row]?.[col] ?? null;
                  const mark = table.suppressed[row]?.[col];
                  return (
                    <td key={col}>
                      {count === null ? (mark === 'secondary' ? '*' : hiddenMark) : format.number(Math.round(count))}
                      {share !== null && <span className="slide-muted"> ({percent.format(share)}%)</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {crosstab.tables
        .flatMap((table) => table.notes)
        .map((note, index) => (
          <p key={index} className="slide-muted">
            {note}
          </p>
        ))}
    </div>
  );
}

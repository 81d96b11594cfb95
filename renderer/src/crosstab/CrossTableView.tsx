import type { CSSProperties } from 'react';
import type { CrossTable, CrosstabResult } from '../../../shared/crosstab/crosstab-types';
import { ScrollTable } from '../components/ScrollTable';
import { useT } from '../i18n/hooks';
import { crosstabTexts } from './crosstab-texts';
import { useCrosstabFormat } from './use-crosstab-format';
import type { CellMeasure } from '../../../shared/crosstab/table-figures';
import { heatFill, type HeatScale } from '../../../shared/crosstab/heat-colours';
import { tableFigures, variableName, type ShownFigure } from '../../../shared/crosstab/table-figures';
import { countWords } from './table-notes';
import { measureDescription, tableCaption } from './table-wording';

interface CrossTableViewProps {
  result: CrosstabResult;
  table: CrossTable;
  measure: CellMeasure;
  scale: HeatScale;
  /** The first of the result's tables: the view's main content. */
  main?: boolean;
}

/**
 * One cross-table as a real table: the caption names it, every header cell has its scope, margins in
 * the last column and the foot. In the researcher view, what partners would not see is outlined.
 */
export function CrossTableView({ result, table, measure, scale, main }: CrossTableViewProps) {
  const t = useT(crosstabTexts);
  const format = useCrosstabFormat();
  const figures = tableFigures(result, table, measure, format);
  const weighted = result.weight !== null;
  const columns = table.colCategories.length;
  const caption = tableCaption(result, table, t);

  return (
    <ScrollTable label={caption} className="ct-table-scroll" main={main}>
      <table className="ct-table">
        <caption className="ct-table__caption">
          <span className="ct-table__title">{caption}</span>{' '}
          <span className="ct-table__measure">
            {measureDescription(measure, weighted, t)}
            {weighted && ' '}
            {weighted && <span className="ct-weighted">{t('crosstab.weighted', { weight: result.weight ?? '' })}</span>}
          </span>
        </caption>
        <thead>
          <tr>
            <td className="ct-table__corner" />
            <th scope="colgroup" colSpan={columns} className="ct-table__variable">
              {variableName(result.cols)}
            </th>
            <td className="ct-table__corner" colSpan={weighted ? 2 : 1} />
          </tr>
          <tr>
            <th scope="col" className="ct-table__variable ct-table__row-variable">
              {variableName(result.rows)}
            </th>
            {table.colCategories.map((category, j) => (
              <th key={j} scope="col" className={category.missing ? 'numeric ct-table__missing' : 'numeric'}>
                {category.label}
              </th>
            ))}
            <th scope="col" className="numeric ct-table__margin">
              {t('crosstab.total')}
            </th>
            {weighted && (
              <th scope="col" className="numeric ct-table__n">
                <abbr title={t('crosstab.nLong', countWords(result))}>{t('crosstab.n')}</abbr>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {table.rowCategories.map((category, i) => (
            <tr key={i}>
              <th scope="row" className={category.missing ? 'ct-table__missing' : undefined}>
                {category.label}
              </th>
              {figures.cells[i]!.map((figure, j) => (
                <FigureCell key={j} figure={figure} fill={heatFill(scale, table, i, j)} />
              ))}
              <FigureCell figure={figures.rowTotals[i]!} className="ct-table__margin" />
              {figures.rowN && <FigureCell figure={figures.rowN[i]!} className="ct-table__n" />}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="ct-table__totals">
            <th scope="row">{t('crosstab.total')}</th>
            {figures.colTotals.map((figure, j) => (
              <FigureCell key={j} figure={figure} />
            ))}
            <FigureCell figure={figures.total} className="ct-table__margin" />
            {figures.totalN && <FigureCell figure={figures.totalN} className="ct-table__n" />}
          </tr>
          {figures.colN && figures.totalN && (
            <tr className="ct-table__n-row">
              <th scope="row">
                <abbr title={t('crosstab.nLong', countWords(result))}>{t('crosstab.n')}</abbr>
              </th>
              {figures.colN.map((figure, j) => (
                <FigureCell key={j} figure={figure} />
              ))}
              <FigureCell figure={figures.totalN} className="ct-table__margin" />
              <td className="ct-table__n" />
            </tr>
          )}
        </tfoot>
      </table>
    </ScrollTable>
  );
}

function FigureCell({
  figure,
  fill = null,
  className,
}: {
  figure: ShownFigure;
  fill?: ReturnType<typeof heatFill>;
  className?: string;
}) {
  const t = useT(crosstabTexts);
  const classes = [
    'numeric',
    'ct-cell',
    className,
    figure.flagged ? 'ct-cell--flagged' : null,
    figure.missing ? `ct-cell--${figure.missing}` : null,
  ]
    .filter(Boolean)
    .join(' ');
  const style: CSSProperties | undefined = fill ? { backgroundColor: fill.fill, color: fill.ink } : undefined;
  return (
    <td className={classes} style={style}>
      {fill?.glyph && (
        <span className="ct-cell__glyph" aria-hidden="true">
          {fill.glyph}
        </span>
      )}
      {figure.missing === 'none' ? <span aria-hidden="true">{figure.text}</span> : figure.text}
      {figure.missing === 'none' && <span className="visually-hidden">{t('crosstab.noValue')}</span>}
      {figure.flagged && <span className="visually-hidden"> ({t('crosstab.hiddenForPartners')})</span>}
    </td>
  );
}

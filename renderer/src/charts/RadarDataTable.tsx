import './charts.css';
import type { RadarAxis, RadarSeries } from './radar-types';
import { SeriesSwatch } from './SeriesSwatch';
import { ScrollTable } from '../components/ScrollTable';

interface RadarDataTableProps {
  caption: string;
  axisHeader: string;
  axes: RadarAxis[];
  series: RadarSeries[];
  formatValue: (value: number) => string;
  /** Read out for an axis without a value. */
  missingLabel: string;
}

/** The chart's figures as a table beside it: for screen readers, keyboards and anyone who wants the numbers. */
export function RadarDataTable({ caption, axisHeader, axes, series, formatValue, missingLabel }: RadarDataTableProps) {
  return (
    // Four areas may not fit beside the chart: the table then scrolls, and can be scrolled with the keyboard.
    <ScrollTable label={caption}>
      <table className="data-table data-table--compact radar-table">
        <caption className="radar-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{axisHeader}</th>
            {series.map((item) => (
              <th key={item.id} scope="col" className="numeric">
                <span className="radar-table__series">
                  <SeriesSwatch color={item.style.color} dash={item.style.dash} marker={item.style.marker} />
                  {item.label}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {axes.map((axis, axisIndex) => (
            <tr key={axis.id}>
              <th scope="row">
                {axis.color && (
                  <span className="radar-table__axis-mark" style={{ backgroundColor: axis.color }} aria-hidden="true" />
                )}
                {axis.label}
              </th>
              {series.map((item) => {
                const value = item.values[axisIndex] ?? null;
                return (
                  <td key={item.id} className="numeric">
                    {value === null ? (
                      <>
                        <span className="muted" aria-hidden="true">
                          –
                        </span>
                        <span className="visually-hidden">{missingLabel}</span>
                      </>
                    ) : (
                      formatValue(value)
                    )}
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

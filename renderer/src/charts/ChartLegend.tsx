import './charts.css';
import type { MarkerShape } from './markers';
import { SeriesSwatch } from './SeriesSwatch';

export interface LegendItem {
  id: string;
  label: string;
  color: string;
  dash: string | null;
  marker: MarkerShape | null;
  line?: boolean;
}

export function ChartLegend({ label, items }: { label: string; items: LegendItem[] }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className="chart-legend__item">
          <SeriesSwatch color={item.color} dash={item.dash} marker={item.marker} line={item.line ?? true} />
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}

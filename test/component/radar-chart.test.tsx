// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { scaleLinear } from 'd3-scale';
import { afterEach, describe, expect, it } from 'vitest';
import { composeChartSvg, type ChartExportSpec } from '../../renderer/src/charts/chart-export-svg';
import { radarDomain } from '../../renderer/src/charts/radar-geometry';
import { largeRadar } from '../../renderer/src/charts/radar-layout';
import type { RadarAxis, RadarSeries } from '../../renderer/src/charts/radar-types';
import { RadarChart } from '../../renderer/src/charts/RadarChart';
import { referenceStyle, seriesStyle } from '../../renderer/src/charts/series-styles';

const axes: RadarAxis[] = [
  { id: 'security', label: 'Socio-economic security', color: '#E69F00' },
  { id: 'inclusion', label: 'Social inclusion', color: '#56B4E9' },
  { id: 'cohesion', label: 'Social cohesion', color: '#009E73' },
  { id: 'empowerment', label: 'Social empowerment', color: '#CC79A7' },
];

const format = (value: number) => value.toFixed(1).replace('.', ',');

function series(id: string, values: (number | null)[], index: number): RadarSeries {
  return { id, label: id, values, style: seriesStyle(index) };
}

function pointOf(dot: Element): { x: number; y: number } {
  const match = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(dot.getAttribute('transform') ?? '');
  return { x: Number(match?.[1]), y: Number(match?.[2]) };
}

afterEach(cleanup);

describe('radar chart', () => {
  it('draws a closed shape per area with each value at its radius, and the reference ring at 100', () => {
    const data = [series('Oost', [108.5, 115.7, 113, 111], 0), series('Dukenburg', [84.9, 87.5, 83.6, 83.9], 1)];
    const domain = radarDomain(data.flatMap((item) => item.values));
    expect(domain).toEqual([70, 130]);
    render(
      <RadarChart
        axes={axes}
        series={data}
        domain={domain}
        layout={largeRadar}
        title="Oost, Dukenburg"
        formatValue={format}
      />,
    );

    const chart = screen.getByRole('img', { name: 'Oost, Dukenburg' });
    const shapes = chart.querySelectorAll('.radar-shape');
    expect([...shapes].map((shape) => shape.getAttribute('data-series'))).toEqual(
      expect.arrayContaining(['Oost', 'Dukenburg']),
    );
    expect(shapes).toHaveLength(2);
    for (const shape of shapes) expect(shape.getAttribute('d')).toMatch(/Z$/);

    const radius = scaleLinear().domain([70, 130]).range([0, largeRadar.radius]);
    for (const item of data) {
      const dots = chart.querySelectorAll(`g[data-series="${item.id}"] .radar-dot`);
      expect(dots).toHaveLength(4);
      dots.forEach((dot, index) => {
        const { x, y } = pointOf(dot);
        expect(Math.hypot(x, y)).toBeCloseTo(radius(item.values[index]!), 1);
        // Clockwise from twelve o'clock, a quarter turn per condition.
        expect(Math.atan2(x, -y)).toBeCloseTo((Math.PI / 2) * (index <= 2 ? index : -1), 5);
      });
    }
    const reference = chart.querySelector(`path[stroke-dasharray="${referenceStyle.dash}"]`);
    const corner = /M([-\d.e]+),([-\d.e]+)/.exec(reference?.getAttribute('d') ?? '');
    expect(Math.hypot(Number(corner?.[1]), Number(corner?.[2]))).toBeCloseTo(radius(100), 1);
    for (const axis of axes) expect(within(chart as unknown as HTMLElement).getByText(axis.label)).toBeTruthy();
  });

  it('widens its domain to the next ring for a value outside 70–130, and leaves a gap where an area has no value', () => {
    const data = [series('Noord', [145, null, 95, 62], 0)];
    const domain = radarDomain(data[0]!.values);
    expect(domain).toEqual([60, 150]);
    render(
      <RadarChart
        axes={axes}
        series={data}
        domain={domain}
        layout={largeRadar}
        title="Noord"
        formatValue={format}
        showValues
      />,
    );
    const chart = screen.getByRole('img', { name: 'Noord' });
    const shape = chart.querySelector('.radar-shape')!;
    expect(shape.getAttribute('fill')).toBe('none');
    expect(shape.getAttribute('d')).not.toMatch(/Z$/);
    const dots = [...chart.querySelectorAll('.radar-dot')];
    expect(dots.map((dot) => dot.getAttribute('data-axis'))).toEqual(['security', 'cohesion', 'empowerment']);
    const radius = scaleLinear().domain([60, 150]).range([0, largeRadar.radius]);
    expect(Math.hypot(pointOf(dots[0]!).x, pointOf(dots[0]!).y)).toBeCloseTo(radius(145), 1);
    // The area's own values beside the axis labels; a dash where there is none.
    expect(within(chart as unknown as HTMLElement).getByText('145,0')).toBeTruthy();
    expect(within(chart as unknown as HTMLElement).getByText('–')).toBeTruthy();
  });

  it('shows the value under the pointer in a tooltip and in an SVG title', async () => {
    const user = userEvent.setup();
    render(
      <RadarChart
        axes={axes}
        series={[series('Oost', [108.5, 115.7, 113, 111], 0)]}
        domain={[70, 130]}
        layout={largeRadar}
        title="Oost"
        formatValue={format}
      />,
    );
    const dot = screen.getByRole('img', { name: 'Oost' }).querySelector('.radar-dot[data-axis="inclusion"]')!;
    expect(dot.querySelector('title')?.textContent).toBe('Oost – Social inclusion: 115,7');
    await user.hover(dot);
    const tooltip = document.querySelector('.chart-tooltip')!;
    expect(tooltip.textContent).toContain('Social inclusion');
    expect(tooltip.textContent).toContain('115,7');
    await user.unhover(dot);
    expect(document.querySelector('.chart-tooltip')).toBeNull();
  });
});

describe('chart export', () => {
  const spec: ChartExportSpec = {
    title: 'Profiel van Oost & Zuid: vier condities',
    subtitle: 'Index: 100 = gemiddelde van alle gebieden in de dataset; 10 punten = 1 standaardafwijking.',
    panels: [
      {
        markup:
          '<svg xmlns="http://www.w3.org/2000/svg" width="720" height="600" viewBox="0 0 720 600"><circle r="5"/></svg>',
        width: 720,
        height: 600,
        caption: null,
      },
    ],
    columns: 1,
    legend: [
      { label: 'Oost', color: '#0072B2', dash: null, marker: 'circle' },
      { label: 'Referentiegemiddelde (100)', color: referenceStyle.color, dash: referenceStyle.dash, marker: null },
    ],
    notes: ['Niet getoond wegens minder dan 10 respondenten: <Noord>.'],
    source: 'Bron: Buurtenquête 2024, Werkbank Sociale Kwaliteit',
    date: '3 juni 2025',
  };

  it('writes title, legend, notes, source and date into a well-formed standalone SVG', () => {
    const { svg, width, height } = composeChartSvg(spec);
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(document.querySelector('parsererror')).toBeNull();
    const root = document.documentElement;
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    expect(width).toBeGreaterThanOrEqual(720);
    const texts = [...root.querySelectorAll(':scope > text')].map((text) => text.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Profiel van Oost & Zuid: vier condities',
        'Oost',
        'Referentiegemiddelde (100)',
        'Niet getoond wegens minder dan 10 respondenten: <Noord>.',
        'Bron: Buurtenquête 2024, Werkbank Sociale Kwaliteit',
        '3 juni 2025',
      ]),
    );
    expect(root.querySelector('title')?.textContent).toBe(spec.title);
    expect(root.querySelector('g > svg circle')).not.toBeNull();
    expect(root.querySelector(`line[stroke-dasharray="${referenceStyle.dash}"]`)).not.toBeNull();
  });

  it('lays small multiples out in rows with a caption above each', () => {
    const panel = (caption: string) => ({
      markup: '<svg xmlns="http://www.w3.org/2000/svg" width="340" height="232"></svg>',
      width: 340,
      height: 232,
      caption,
    });
    const { svg, width } = composeChartSvg({ ...spec, panels: ['A', 'B', 'C', 'D'].map(panel), columns: 3 });
    const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    expect(width).toBeGreaterThanOrEqual(3 * 340);
    const captions = [...root.querySelectorAll(':scope > text[text-anchor="middle"]')];
    expect(captions.map((caption) => caption.textContent)).toEqual(['A', 'B', 'C', 'D']);
    const y = captions.map((caption) => Number(caption.getAttribute('y')));
    expect(y[0]).toBe(y[2]);
    expect(y[3]).toBeGreaterThan(y[0]! + 232);
  });
});

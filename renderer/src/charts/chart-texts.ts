import { defineMessages } from '../../../shared/i18n/messages';

/** The charts' texts: legends, source line, export buttons. */
export const chartTexts = defineMessages({
  nl: {
    'analysis.noValue': 'geen waarde',
    'chart.legend': 'Legenda',
    'chart.referenceLegend': 'Referentiegemiddelde (100)',
    'chart.source': 'Bron: {dataset}, Werkbank Sociale Kwaliteit',
    'chart.export': 'Grafiek exporteren',
    'chart.exportSvg': 'SVG opslaan',
    'chart.exportPng': 'PNG opslaan (2×)',
    'chart.exported': 'Opgeslagen als {file}.',
    'chart.exportFailed': 'Opslaan is mislukt.',
  },
  en: {
    'analysis.noValue': 'no value',
    'chart.legend': 'Legend',
    'chart.referenceLegend': 'Reference average (100)',
    'chart.source': 'Source: {dataset}, Werkbank Sociale Kwaliteit',
    'chart.export': 'Export the chart',
    'chart.exportSvg': 'Save as SVG',
    'chart.exportPng': 'Save as PNG (2×)',
    'chart.exported': 'Saved as {file}.',
    'chart.exportFailed': 'Saving failed.',
  },
});
export type ChartKey = keyof typeof chartTexts.nl & string;

import type { ConditionId } from '../../../shared/conditions';
import type { AreaScores } from '../../../shared/scores/score-types';
import { useLanguage, useT } from '../i18n/hooks';
import { profileTexts } from './profile-texts';
import { useAnalysis } from './analysis-context';
import type { ChartLevel } from '../../../shared/scores/profile-data';
import type { ExportFrame } from './profile-exports';
import { areaLabel, conditionOf, suppressionWords } from '../../../shared/scores/profile-data';
import { useScoreFormat } from './score-format';

/** The words around a chart (title, what the index means, source, notes) in the UI language. */
export function useChartWording() {
  const t = useT(profileTexts);
  const language = useLanguage();
  const format = useScoreFormat();
  const dataset = useAnalysis((state) => state.dataset) ?? '';
  const municipality = useAnalysis((state) => state.municipality);
  const referenceChoice = useAnalysis((state) => state.reference);
  const scores = useAnalysis((state) => state.scores);

  const reference =
    municipality && referenceChoice === 'municipality'
      ? t('analysis.reference.municipalityText', { code: municipality })
      : t('analysis.reference.allText');

  function levelText(level: ChartLevel, zoom: ConditionId | null): string {
    if (level === 'conditions') return t('analysis.chart.what.conditions');
    const condition = zoom ? conditionOf(zoom).label[language] : null;
    if (level === 'domains')
      return condition ? t('analysis.chart.what.domainsOf', { condition }) : t('analysis.chart.what.domains');
    return condition ? t('analysis.chart.what.indicatorsOf', { condition }) : t('analysis.chart.what.indicators');
  }

  return {
    referenceLabel: t('chart.referenceLegend'),
    profileTitle: (area: AreaScores, level: ChartLevel, zoom: ConditionId | null) =>
      t('analysis.chart.profileTitle', { area: areaLabel(area), what: levelText(level, zoom) }),
    compareTitle: (areas: AreaScores[], level: ChartLevel, zoom: ConditionId | null) =>
      t('analysis.chart.compareTitle', { areas: areas.map(areaLabel).join(', '), what: levelText(level, zoom) }),
    multiplesTitle: () => t('analysis.chart.multiplesTitle'),
    subtitle: () => t('analysis.chart.subtitle', { reference }),
    /** Names the areas an export leaves out, and why. */
    omittedNote: (areas: AreaScores[]) =>
      areas.length === 0 || !scores
        ? []
        : [
            t('analysis.export.omitted', {
              ...suppressionWords(scores, language),
              areas: areas.map(areaLabel).join(', '),
            }),
          ],
    frame(title: string, notes: string[]): ExportFrame {
      return {
        title,
        subtitle: t('analysis.chart.subtitle', { reference }),
        source: t('chart.source', { dataset }),
        date: format.date(new Date()),
        referenceLabel: t('chart.referenceLegend'),
        notes,
        formatValue: format.index,
      };
    },
  };
}

import { useId } from 'react';
import { conditions, type ConditionId } from '../../../shared/conditions';
import type { AreaScores, IndicatorSummary, ScoreTable } from '../../../shared/scores/score-types';
import { baseName } from '../../../shared/units/count-unit';
import { useLanguage, useT, type Translate } from '../i18n/hooks';
import { analysisTexts, type AnalysisKey } from './analysis-texts';
import { useAnalysis } from '../profile/analysis-context';
import { NoValue } from './NoValue';
import { areaLabel, domainLabel, isHidden, suppressionWords } from '../../../shared/scores/profile-data';
import { useScoreFormat } from '../profile/score-format';
import { ScrollTable } from '../components/ScrollTable';

/** How one area's scores came about: per condition, each indicator's value, the reference mean and sd, z and n. */
export function AreaDetail() {
  const t = useT(analysisTexts);
  const language = useLanguage();
  const format = useScoreFormat();
  const titleId = useId();
  const scores = useAnalysis((state) => state.scores);
  const audience = useAnalysis((state) => state.audience);
  const selectedArea = useAnalysis((state) => state.selectedArea);
  const area = scores?.areas.find((a) => a.code === selectedArea);
  if (!scores || !area) return null;
  const hidden = isHidden(area, audience);
  const words = suppressionWords(scores, language);
  return (
    <section className="area-detail" aria-labelledby={titleId}>
      <h4 id={titleId} className="area-detail__title">
        {t('analysis.detail.title', { area: areaLabel(area) })}
      </h4>
      <p className="area-detail__facts">
        {hidden ? t('analysis.suppressed.short', words) : areaFacts(scores, area, t, format.count)}
        {area.suppressed && !hidden && <span className="badge badge--warning">{t('analysis.suppressed.badge')}</span>}
        {!area.inReference && <span className="muted"> · {t('analysis.scores.outsideReference')}</span>}
      </p>
      {hidden ? (
        <p className="notice">{t('analysis.detail.hidden', words)}</p>
      ) : (
        <div className="area-detail__conditions">
          {conditions.map((condition) => {
            const indicators = scores.indicators.filter((indicator) => indicator.condition === condition.id);
            return (
              <ConditionDetail
                key={condition.id}
                area={area}
                conditionId={condition.id}
                indicators={indicators}
                counted={scores.kind === 'survey' || scores.base !== null}
              />
            );
          })}
        </div>
      )}
      <p className="area-detail__method">{method(scores, t)}</p>
    </section>
  );
}

/** The area's n and what it counts: respondents, an area dataset's base, or for area data without one its code. */
function areaFacts(
  table: ScoreTable,
  area: AreaScores,
  t: Translate<AnalysisKey>,
  count: (n: number) => string,
): string {
  if (table.kind === 'survey') return t('analysis.detail.n', { n: count(area.n ?? 0) });
  if (!table.base) return area.code;
  return t('analysis.detail.nBase', { n: area.n === null ? '–' : count(area.n), base: baseName(table.base) });
}

/** The calculation in one sentence, so a student can redo it from the figures in the tables. */
function method(table: ScoreTable, t: Translate<AnalysisKey>): string {
  const value =
    table.kind === 'area'
      ? t('analysis.detail.valueCell')
      : table.weighted
        ? t('analysis.detail.valueWeighted', { weight: table.weighted })
        : t('analysis.detail.valueMean');
  return `${value} ${t('analysis.detail.formula')}`;
}

interface ConditionDetailProps {
  area: AreaScores;
  conditionId: ConditionId;
  indicators: IndicatorSummary[];
  /** An n per indicator: respondents (surveys) or the base (area datasets with one); without, one row per area says nothing. */
  counted: boolean;
}

function ConditionDetail({ area, conditionId, indicators, counted }: ConditionDetailProps) {
  const t = useT(analysisTexts);
  const language = useLanguage();
  const format = useScoreFormat();
  const captionId = useId();
  const condition = conditions.find((c) => c.id === conditionId)!;
  const score = area.scores[conditionId];
  const details = new Map(area.details.map((detail) => [detail.variable, detail]));
  const optional = (value: number | null | undefined, show: (value: number) => string) =>
    value === null || value === undefined ? <NoValue /> : show(value);
  return (
    <div className="condition-detail" style={{ borderTopColor: `var(--condition-${conditionId})` }}>
      <p id={captionId} className="condition-detail__title">
        <span className="condition-detail__name">{condition.label[language]}</span>
        <span className="condition-detail__score">{score === null ? <NoValue /> : format.index(score)}</span>
      </p>
      {indicators.length === 0 ? (
        <p className="muted condition-detail__empty">{t('analysis.detail.noIndicators')}</p>
      ) : (
        <ScrollTable label={t('analysis.detail.tableLabel', { condition: condition.label[language] })}>
          <table className="data-table data-table--compact condition-detail__table" aria-labelledby={captionId}>
            <thead>
              <tr>
                <th scope="col">{t('analysis.detail.indicator')}</th>
                <th scope="col" className="numeric">
                  {t('analysis.detail.value')}
                </th>
                <th scope="col" className="numeric">
                  {t('analysis.detail.mean')}
                </th>
                <th scope="col" className="numeric">
                  {t('analysis.detail.sd')}
                </th>
                <th scope="col" className="numeric">
                  z
                </th>
                {counted && (
                  <th scope="col" className="numeric">
                    n
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator) => {
                const detail = details.get(indicator.variable);
                const notes = [
                  indicator.domain ? domainLabel(indicator.condition, indicator.domain, language) : null,
                  indicator.polarity === 'negative' ? t('analysis.polarity.negative') : null,
                  indicator.reverse ? t('analysis.detail.reversed') : null,
                  indicator.weight !== 1
                    ? t('analysis.detail.weight', { weight: format.value(indicator.weight) })
                    : null,
                ].filter(Boolean);
                return (
                  <tr key={indicator.variable}>
                    <th scope="row">
                      <span className="condition-detail__indicator">{indicator.label ?? indicator.variable}</span>
                      {indicator.label && <span className="condition-detail__variable mono">{indicator.variable}</span>}
                      {notes.length > 0 && <span className="condition-detail__notes">{notes.join(' · ')}</span>}
                    </th>
                    <td className="numeric">{optional(detail?.value, format.value)}</td>
                    <td className="numeric">{optional(indicator.mean, format.value)}</td>
                    <td className="numeric">{optional(indicator.sd, format.value)}</td>
                    <td className="numeric">{optional(detail?.z, format.z)}</td>
                    {counted && <td className="numeric">{optional(detail?.n, format.count)}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </div>
  );
}

import { useId } from 'react';
import { conditionIds } from '../../../shared/conditions';
import type { AreaScores, ScoreTable } from '../../../shared/scores/score-types';
import { baseName } from '../../../shared/units/count-unit';
import { useLanguage, useT, type Translate } from '../i18n/hooks';
import { analysisTexts, type AnalysisKey } from './analysis-texts';
import { useAnalysis } from '../profile/analysis-context';
import { NoValue } from './NoValue';
import type { AreaSort } from '../../../shared/scores/profile-data';
import { useChartWording } from '../profile/chart-wording';
import { useConditionShortName } from '../profile/profile-chart';
import { areaLabel, conditionOf, isHidden, sortAreas, suppressionWords } from '../../../shared/scores/profile-data';
import { useScoreFormat } from '../profile/score-format';
import { ScrollTable } from '../components/ScrollTable';

/** Areas × the four conditions as an index; sortable by name or by a condition; a row opens the area's details. */
export function ScoresTable() {
  const t = useT(analysisTexts);
  const language = useLanguage();
  const titleId = useId();
  const wording = useChartWording();
  const shortName = useConditionShortName();
  const scores = useAnalysis((state) => state.scores);
  const audience = useAnalysis((state) => state.audience);
  const sort = useAnalysis((state) => state.tableSort);
  const setSort = useAnalysis((state) => state.setTableSort);
  if (!scores) return null;
  const areas = sortAreas(scores.areas, sort, language);
  // In an area dataset every area is one row: a count of 1 says nothing. Its n is the base, if it has one.
  const counted = scores.kind === 'survey' || scores.base !== null;
  const words = suppressionWords(scores, language);

  function header(key: AreaSort, label: string, full: string) {
    const active = sort === key;
    return (
      <th
        key={key}
        scope="col"
        className={key === 'name' ? undefined : 'numeric scores-table__condition'}
        aria-sort={active ? (key === 'name' ? 'ascending' : 'descending') : undefined}
      >
        {key !== 'name' && (
          <span
            className="scores-table__band"
            aria-hidden="true"
            style={{ backgroundColor: `var(--condition-${key})` }}
          />
        )}
        <button type="button" className="sort-button" title={full} onClick={() => setSort(key)}>
          {label}
          <span className="sort-button__mark" aria-hidden="true">
            {active ? (key === 'name' ? '▲' : '▼') : ''}
          </span>
          {label !== full && <span className="visually-hidden">{full}</span>}
        </button>
      </th>
    );
  }

  return (
    <section className="scores-table" aria-labelledby={titleId}>
      <h4 id={titleId} className="scores-table__title">
        {t('analysis.scores.title')}
      </h4>
      <p className="scores-table__intro">{wording.subtitle()}</p>
      <ScrollTable label={t('analysis.scores.title')}>
        <table className="data-table scores-table__table" aria-labelledby={titleId}>
          <thead>
            <tr>
              {header('name', t('analysis.scores.area'), t('analysis.scores.area'))}
              {counted && (
                <th scope="col" className="numeric">
                  <abbr title={nMeaning(scores, t)}>{t('analysis.scores.n')}</abbr>
                </th>
              )}
              {conditionIds.map((id) => header(id, shortName(id), conditionOf(id).label[language]))}
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <ScoreRow key={area.code} area={area} hidden={isHidden(area, audience)} words={words} counted={counted} />
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}

/** What the n column counts: the area's respondents, or an area dataset's base. */
function nMeaning(scores: ScoreTable, t: Translate<AnalysisKey>): string {
  return scores.base ? t('analysis.scores.nBase', { base: baseName(scores.base) }) : t('analysis.scores.nRespondents');
}

function ScoreRow({
  area,
  hidden,
  words,
  counted,
}: {
  area: AreaScores;
  hidden: boolean;
  words: ReturnType<typeof suppressionWords>;
  counted: boolean;
}) {
  const t = useT(analysisTexts);
  const format = useScoreFormat();
  const selectedArea = useAnalysis((state) => state.selectedArea);
  const selectArea = useAnalysis((state) => state.selectArea);
  const selected = selectedArea === area.code;
  const classes = ['scores-table__row', selected ? 'is-selected' : '', area.suppressed ? 'is-suppressed' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <tr className={classes}>
      <th scope="row">
        <button type="button" className="link-button" aria-pressed={selected} onClick={() => selectArea(area.code)}>
          {areaLabel(area)}
        </button>
        <span className="scores-table__code mono">{area.code}</span>
        {area.suppressed && !hidden && <span className="badge badge--warning">{t('analysis.suppressed.badge')}</span>}
        {!area.inReference && <span className="scores-table__outside">{t('analysis.scores.outsideReference')}</span>}
      </th>
      {hidden ? (
        <td colSpan={(counted ? 1 : 0) + conditionIds.length} className="scores-table__hidden">
          {t('analysis.suppressed.short', words)}
        </td>
      ) : (
        <>
          {counted && <td className="numeric">{area.n === null ? <NoValue /> : format.count(area.n)}</td>}
          {conditionIds.map((id) => {
            const value = area.scores[id];
            return (
              <td key={id} className="numeric scores-table__score">
                {value === null ? <NoValue /> : format.index(value)}
              </td>
            );
          })}
        </>
      )}
    </tr>
  );
}

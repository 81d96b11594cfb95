import { conditionIds } from '../../../shared/conditions';
import type { AreaView, Slide } from '../../../shared/session/session-types';
import { ChartLegend } from '../charts/ChartLegend';
import { radarDomain, REFERENCE_INDEX, RING_STEP } from '../charts/radar-geometry';
import { useLanguage, useT } from '../i18n/hooks';
import { useScoreFormat } from '../profile/score-format';
import { ConditionRows } from './ConditionRows';
import { IndexStrip, StripAxis, type StripMark } from './IndexStrip';
import { presentationTexts } from './presentation-texts';
import { conditionColor, conditionLabel, projectorSeries } from './slide-style';

/** Per condition the figures' index beside the words' index, and the quotes approved for this session. */
export function WordsSlide({ area, quotes }: { area: AreaView; quotes: Slide['quotes'] }) {
  const t = useT(presentationTexts);
  const language = useLanguage();
  const format = useScoreFormat();
  const domain = radarDomain(conditionIds.flatMap((id) => [area.conditions[id].figures, area.conditions[id].words]));
  const ticks: number[] = [];
  for (let tick = domain[0]; tick <= domain[1]; tick += RING_STEP) ticks.push(tick);
  const marksOf = (id: (typeof conditionIds)[number]): StripMark[] => {
    const view = area.conditions[id];
    const marks: StripMark[] = [];
    const condition = conditionLabel(id, language);
    if (view.figures !== null)
      marks.push({
        id: 'figures',
        value: view.figures,
        style: projectorSeries.figures,
        label: `${t('presentation.series.figures')} – ${condition}: ${format.index(view.figures)}`,
      });
    if (view.words !== null)
      marks.push({
        id: 'words',
        value: view.words,
        style: projectorSeries.words,
        label: `${t('presentation.series.words')} – ${condition}: ${format.index(view.words)}`,
      });
    return marks;
  };
  return (
    <div className="slide-columns">
      <div className="slide-columns__main">
        <ChartLegend
          label={t('chart.legend')}
          items={[
            { id: 'figures', label: t('presentation.legend.figures'), ...projectorSeries.figures },
            { id: 'words', label: t('presentation.legend.words'), ...projectorSeries.words },
          ]}
        />
        <ConditionRows axis={<StripAxis domain={domain} ticks={ticks} format={String} />}>
          {(id) => (
            <div className="strip-with-values">
              <IndexStrip domain={domain} marks={marksOf(id)} reference={REFERENCE_INDEX} />
              <span className="strip-values">
                {[area.conditions[id].figures, area.conditions[id].words]
                  .map((value) => (value === null ? '–' : format.index(value)))
                  .join(' · ')}
              </span>
            </div>
          )}
        </ConditionRows>
      </div>
      <section className="slide-columns__side slide-quotes" aria-label={t('presentation.quotes')}>
        <h2 className="slide-subheading">{t('presentation.quotes')}</h2>
        {quotes.length === 0 ? (
          <p className="slide-muted">{t('presentation.noQuotes')}</p>
        ) : (
          quotes.map((quote, index) => (
            <blockquote
              key={index}
              className="slide-quote"
              style={{ borderColor: conditionColor(quote.condition) }}
              data-condition={quote.condition}
            >
              “{quote.text}”
            </blockquote>
          ))
        )}
      </section>
    </div>
  );
}

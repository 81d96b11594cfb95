import { conditionIds } from '../../../shared/conditions';
import type { AreaView, Slide } from '../../../shared/session/session-types';
import { ChartLegend } from '../charts/ChartLegend';
import { radarDomain, REFERENCE_INDEX } from '../charts/radar-geometry';
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
  // The ends and the average: more numbers would crowd the scale at 1280×720.
  const ticks = [domain[0], REFERENCE_INDEX, domain[1]];
  const indexText = (value: number | null) => (value === null ? '–' : format.index(value));
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
    <div className="slide-columns slide-columns--wide">
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
                <span style={{ color: projectorSeries.figures.color }}>{indexText(area.conditions[id].figures)}</span>
                {' · '}
                <span style={{ color: projectorSeries.words.color }}>{indexText(area.conditions[id].words)}</span>
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

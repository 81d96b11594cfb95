import { conditionIds, type ConditionId } from '../../../shared/conditions';
import type { AreaView, Slide } from '../../../shared/session/session-types';
import type { MarkerShape } from '../charts/markers';
import type { SeriesStyle } from '../charts/series-styles';
import { localeOf } from '../../../shared/i18n/locale';
import { useLanguage, useT } from '../i18n/hooks';
import { useScoreFormat } from '../profile/score-format';
import { IndexStrip, MarkSymbol, StripAxis } from './IndexStrip';
import { presentationTexts } from './presentation-texts';
import { conditionColor, conditionLabel, projectorSeries } from './slide-style';

const SCALE = [0, 10] as const;
const TICKS = [0, 2, 4, 6, 8, 10];
/** Each organisation keeps its marker on every row, so its dot can be found in its why. */
const MARKERS: MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];

/** Per condition each organisation's estimate (0–10) as a dot, the spread between them, and each one's why. */
export function PartnersSlide({ area, estimates }: { area: AreaView; estimates: Slide['estimates'] }) {
  const t = useT(presentationTexts);
  const language = useLanguage();
  const format = useScoreFormat();
  // An estimate as given: 8 stays 8, 7,5 stays 7,5.
  const estimateText = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 }).format;
  const organisations = [...new Set(estimates.map((estimate) => estimate.organisation))];
  const styleOf = (organisation: number): SeriesStyle => ({
    ...projectorSeries.partners,
    marker: MARKERS[organisations.indexOf(organisation) % MARKERS.length]!,
  });
  const rowOf = (id: ConditionId) => {
    const given = estimates.filter((estimate) => estimate.condition === id);
    const spread = area.conditions[id].partners;
    return (
      <div key={id} className="partners-row" data-condition={id}>
        <div>
          <div className="condition-rows__label">
            <span className="condition-dot" style={{ backgroundColor: conditionColor(id) }} aria-hidden="true" />
            {conditionLabel(id, language)}
          </div>
          <div className="strip-with-values">
            <IndexStrip
              domain={SCALE}
              band={spread ? [spread.min, spread.max] : null}
              marks={given.map((estimate) => ({
                id: String(estimate.organisation),
                value: estimate.estimate,
                style: styleOf(estimate.organisation),
                label: `${estimate.organisationName} – ${conditionLabel(id, language)}: ${estimateText(estimate.estimate)}`,
              }))}
            />
            <span className="strip-values">
              {spread ? t('presentation.partners.mean', { mean: format.index(spread.mean) }) : '–'}
            </span>
          </div>
        </div>
        <ul className="partners-why">
          {given.map((estimate) => {
            const style = styleOf(estimate.organisation);
            return (
              <li key={estimate.organisation}>
                <MarkSymbol style={style} className="partners-why__mark" />
                <strong>{estimateText(estimate.estimate)}</strong>
                {/* The legend names the organisation by its mark, so its why has the line to itself. */}
                <span> – {estimate.why || estimate.organisationName}</span>
              </li>
            );
          })}
        </ul>
      </div>
    );
  };
  if (estimates.length === 0) return <p className="slide-lead">{t('presentation.partners.none')}</p>;
  return (
    <div className="slide-partners">
      <p className="slide-muted">{t('presentation.partners.scale')}</p>
      <ul className="partners-legend" aria-label={t('presentation.partners.organisations')}>
        {organisations.map((organisation) => {
          const given = estimates.find((estimate) => estimate.organisation === organisation)!;
          return (
            <li key={organisation}>
              <MarkSymbol style={styleOf(organisation)} className="partners-why__mark" />
              <strong>{given.organisationName}</strong>
              {given.role && <span className="slide-muted"> ({given.role})</span>}
            </li>
          );
        })}
      </ul>
      {conditionIds.map(rowOf)}
      <div className="partners-row">
        <StripAxis domain={SCALE} ticks={TICKS} format={String} />
      </div>
    </div>
  );
}

import { conditionIds } from '../../../shared/conditions';
import type { AreaView } from '../../../shared/session/session-types';
import { useLanguage, useT } from '../i18n/hooks';
import { useScoreFormat } from '../profile/score-format';
import { presentationTexts } from './presentation-texts';
import { conditionColor, conditionLabel } from './slide-style';

/** The four conditions with the blind spot marked, the rule in the words the facilitator's screen uses, and the question. */
export function BlindSpotSlide({ area }: { area: AreaView }) {
  const t = useT(presentationTexts);
  const language = useLanguage();
  const format = useScoreFormat();
  const spot = area.blindSpot;
  return (
    <div className="slide-blindspot">
      <ul className="blindspot-tiles">
        {conditionIds.map((id) => {
          const view = area.conditions[id];
          const marked = spot?.condition === id;
          return (
            <li
              key={id}
              className={`blindspot-tile${marked ? ' blindspot-tile--marked' : ''}`}
              style={{ borderTopColor: conditionColor(id) }}
              data-condition={id}
              aria-current={marked ? 'true' : undefined}
            >
              {marked && <strong className="blindspot-tile__mark">{t('presentation.blindspot.marked')}</strong>}
              <span className="blindspot-tile__name">{conditionLabel(id, language)}</span>
              <span>
                {t('presentation.basis.need')}:{' '}
                <strong>{view.figures === null ? '–' : format.index(view.figures)}</strong>
              </span>
              <span>{t('presentation.basis.count', { count: view.provisions })}</span>
              <span>
                {t('presentation.blindspot.words')}:{' '}
                <strong>{view.words === null ? '–' : format.index(view.words)}</strong>
              </span>
            </li>
          );
        })}
      </ul>
      {spot ? (
        <p className="blindspot-reasons">
          <strong>
            {t('presentation.blindspot.marked')}: {conditionLabel(spot.condition, language)}
          </strong>{' '}
          – {spot.reasons.map((reason) => t(`reason_${reason}`)).join(', ')}
        </p>
      ) : (
        <p className="slide-lead">{t('blindSpotNone')}</p>
      )}
      <p className="slide-rule">{t('blindSpotRule')}</p>
      <p className="slide-question">{t('blindSpotQuestion')}</p>
    </div>
  );
}

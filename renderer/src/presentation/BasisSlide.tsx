import { conditionIds } from '../../../shared/conditions';
import type { AreaView, Slide } from '../../../shared/session/session-types';
import { useT } from '../i18n/hooks';
import { useScoreFormat } from '../profile/score-format';
import { ConditionRows } from './ConditionRows';
import { presentationTexts } from './presentation-texts';
import { conditionColor } from './slide-style';

/** More would not fit at 24 px; the rest is counted. */
const LISTED = 7;

/** Per condition how many provisions serve it, beside the need (the figures' index), and the provisions. */
export function BasisSlide({ area, provisions }: { area: AreaView; provisions: Slide['provisions'] }) {
  const t = useT(presentationTexts);
  const format = useScoreFormat();
  const most = Math.max(1, ...conditionIds.map((id) => area.conditions[id].provisions));
  return (
    <div className="slide-columns">
      <div className="slide-columns__main">
        <div className="basis-header" aria-hidden="true">
          <span />
          <span>{t('presentation.basis.need')}</span>
          <span>{t('presentation.basis.provisions')}</span>
        </div>
        <ConditionRows>
          {(id) => {
            const view = area.conditions[id];
            return (
              <div className="basis-row">
                <span className="basis-need">{view.figures === null ? '–' : format.index(view.figures)}</span>
                <span className="basis-count">
                  <span
                    className="basis-bar"
                    style={{ width: `${(view.provisions / most) * 45}%`, backgroundColor: conditionColor(id) }}
                    aria-hidden="true"
                  />
                  <span>{t('presentation.basis.count', { count: view.provisions })}</span>
                </span>
              </div>
            );
          }}
        </ConditionRows>
      </div>
      <section className="slide-columns__side" aria-label={t('presentation.basis.list')}>
        <h2 className="slide-subheading">{t('presentation.basis.list')}</h2>
        {provisions.length === 0 ? (
          <p className="slide-muted">{t('presentation.basis.none')}</p>
        ) : (
          <ul className="basis-list">
            {provisions.slice(0, LISTED).map((provision) => (
              <li key={provision.id}>
                <span className="basis-list__marks" aria-hidden="true">
                  {provision.conditions.map((id) => (
                    <span key={id} className="condition-dot" style={{ backgroundColor: conditionColor(id) }} />
                  ))}
                </span>
                <strong>{provision.name}</strong>
                <span className="slide-muted">
                  {' '}
                  {[
                    provision.organiser,
                    t(provision.collective ? 'presentation.basis.collective' : 'presentation.basis.individual'),
                    provision.preventive ? t('presentation.basis.preventive') : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
            {provisions.length > LISTED && (
              <li className="slide-muted">{t('presentation.basis.more', { count: provisions.length - LISTED })}</li>
            )}
          </ul>
        )}
      </section>
    </div>
  );
}

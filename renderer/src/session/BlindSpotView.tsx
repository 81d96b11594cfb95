import { conditions } from '../../../shared/conditions';
import { blindSpotTexts } from '../../../shared/session/blind-spot-texts';
import { useLanguage, useT } from '../i18n/hooks';
import { AreaOverviewTable, useAreaView } from './AreaOverviewTable';
import { sessionTexts } from './session-texts';

/** The blind spot of one area: the overview with it marked, why it is the one, the rule, and the room's question. */
export function BlindSpotView({ area }: { area: string }) {
  const t = useT(sessionTexts);
  const rule = useT(blindSpotTexts);
  const language = useLanguage();
  const view = useAreaView(area);
  const blind = view?.blindSpot ?? null;
  const label = blind ? conditions.find((condition) => condition.id === blind.condition)?.label[language] : null;

  return (
    <section className="session-blindspot" aria-label={t('kind.blindspot')}>
      {view && (
        <p className="session-blindspot__verdict" role="status">
          {blind && label
            ? t('blind.is', {
                condition: label,
                reasons: blind.reasons.map((reason) => rule(`reason_${reason}`)).join('; '),
              })
            : rule('blindSpotNone')}
        </p>
      )}
      <AreaOverviewTable area={area} markBlindSpot />
      <h4 className="session-subtitle">{t('blind.ruleTitle')}</h4>
      <p className="session-blindspot__rule">{rule('blindSpotRule')}</p>
      <p className="session-blindspot__question">{rule('blindSpotQuestion')}</p>
    </section>
  );
}

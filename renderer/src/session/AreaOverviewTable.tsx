import { conditions } from '../../../shared/conditions';
import { ScrollTable } from '../components/ScrollTable';
import type { AreaView } from '../../../shared/session/session-types';
import { useFormat, useLanguage, useT } from '../i18n/hooks';
import { useSession } from './session-context';
import { sessionTexts } from './session-texts';

/** The area of a step in the session's overview, or null while it is loading or without one. */
export function useAreaView(area: string): AreaView | null {
  return useSession((state) => state.overview?.areas.find((candidate) => candidate.code === area) ?? null);
}

/**
 * One area through the four conditions: the figures (need), the words, the partners and the provisions
 * of its sociale basis side by side; the blind spot marked in words, not by colour alone.
 */
export function AreaOverviewTable({ area, markBlindSpot = false }: { area: string; markBlindSpot?: boolean }) {
  const t = useT(sessionTexts);
  const format = useFormat();
  const language = useLanguage();
  const view = useAreaView(area);
  if (!view) return <p role="status">{t('overview.loading')}</p>;
  const index = (value: number | null) => (value === null ? t('overview.none') : format.number(Math.round(value)));
  const blind = markBlindSpot ? view.blindSpot?.condition : undefined;

  return (
    <div className="session-overview">
      {view.suppressed && <p className="notice">{t('overview.suppressed')}</p>}
      <ScrollTable label={t('overview.caption', { area: view.name ?? view.code })}>
        <table className="data-table data-table--compact session-overview__table">
          <caption className="session-overview__caption">
            {t('overview.caption', { area: view.name ?? view.code })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.condition')}</th>
              <th scope="col">{t('overview.figures')}</th>
              <th scope="col">{t('overview.words')}</th>
              <th scope="col">{t('overview.partners')}</th>
              <th scope="col">{t('overview.provisions')}</th>
            </tr>
          </thead>
          <tbody>
            {conditions.map((condition) => {
              const cells = view.conditions[condition.id];
              const isBlind = blind === condition.id;
              return (
                <tr key={condition.id} className={isBlind ? 'session-overview__blind' : undefined}>
                  <th scope="row" className={`condition-edge--${condition.id}`}>
                    {condition.label[language]}
                    {isBlind && <strong className="session-overview__mark"> {t('blind.mark')}</strong>}
                  </th>
                  <td>{index(cells.figures)}</td>
                  <td>{index(cells.words)}</td>
                  <td>
                    {cells.partners
                      ? t('overview.partnersCell', {
                          mean: format.mean(cells.partners.mean),
                          min: format.value(cells.partners.min),
                          max: format.value(cells.partners.max),
                        })
                      : t('overview.none')}
                  </td>
                  <td>{format.number(cells.provisions)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
      <p className="field__hint">{t('overview.legend')}</p>
    </div>
  );
}

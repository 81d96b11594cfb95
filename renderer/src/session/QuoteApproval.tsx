import { useEffect, useId, useState } from 'react';
import { conditionIds, conditions, type ConditionId } from '../../../shared/conditions';
import type { QuoteCandidate, Session } from '../../../shared/session/session-types';
import { ScrollTable } from '../components/ScrollTable';
import { SelectField } from '../components/SelectField';
import { useLanguage, useT } from '../i18n/hooks';
import { useSession } from './session-context';
import { sessionTexts } from './session-texts';
import { useAreaLabel } from './use-area-label';

const every = '';

/**
 * The researcher approves open answers of the area as quotes for this session: the only way respondents'
 * own words reach the projector and the record. Shown on the facilitator's screen only.
 */
export function QuoteApproval({ session, area }: { session: Session; area: string }) {
  const t = useT(sessionTexts);
  const language = useLanguage();
  const areaLabel = useAreaLabel();
  const titleId = useId();
  const candidates = useSession((state) => state.quoteCandidates);
  const loadQuoteCandidates = useSession((state) => state.loadQuoteCandidates);
  const setQuote = useSession((state) => state.setQuote);
  const [condition, setCondition] = useState<ConditionId | typeof every>(every);
  const approvedCount = session.quotes.filter((quote) => quote.area === area).length;

  useEffect(() => {
    if (session.wordsDataset) void loadQuoteCandidates(area);
  }, [area, session.wordsDataset, loadQuoteCandidates]);

  if (!session.wordsDataset) return <p className="notice">{t('quotes.noWords')}</p>;
  const label = (id: ConditionId) => conditions.find((candidate) => candidate.id === id)?.label[language] ?? id;
  const shown = (candidates?.area === area ? candidates.list : []).filter(
    (candidate) => condition === every || candidate.condition === condition,
  );

  return (
    <section className="session-quotes" aria-labelledby={titleId}>
      <h4 id={titleId} className="session-subtitle">
        {t('quotes.title', { area: areaLabel(area) })}
      </h4>
      <p className="field__hint">{t('quotes.hint', { count: approvedCount })}</p>
      <div className="session-quotes__filter">
        <SelectField
          label={t('quotes.condition')}
          value={condition}
          options={[
            { value: every, label: t('quotes.allConditions') },
            ...conditionIds.map((id) => ({ value: id, label: label(id) })),
          ]}
          onChange={setCondition}
        />
      </div>
      {candidates?.area !== area ? (
        <p role="status">{t('quotes.loading')}</p>
      ) : shown.length === 0 ? (
        <p className="muted">{t('quotes.none')}</p>
      ) : (
        <ScrollTable className="session-quotes__box" label={t('quotes.title', { area: areaLabel(area) })}>
          <table className="data-table data-table--compact session-quotes__table">
            <thead>
              <tr>
                <th scope="col">{t('quotes.approved')}</th>
                <th scope="col">{t('quotes.condition')}</th>
                <th scope="col">{t('quotes.text')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((candidate) => (
                <QuoteRow
                  key={`${candidate.record}|${candidate.condition}`}
                  candidate={candidate}
                  conditionLabel={label(candidate.condition)}
                  onChange={(approved) =>
                    void setQuote(candidate.dataset, candidate.record, candidate.condition, approved)
                  }
                />
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}

interface QuoteRowProps {
  candidate: QuoteCandidate;
  conditionLabel: string;
  onChange: (approved: boolean) => void;
}

function QuoteRow({ candidate, conditionLabel, onChange }: QuoteRowProps) {
  const t = useT(sessionTexts);
  const textId = useId();
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          className="checkbox"
          checked={candidate.approved}
          aria-label={t('quotes.approve', { condition: conditionLabel })}
          aria-describedby={textId}
          onChange={(event) => onChange(event.target.checked)}
        />
      </td>
      <td className={`condition-edge--${candidate.condition}`}>{conditionLabel}</td>
      <td id={textId} className="session-quotes__text">
        {candidate.text}
      </td>
    </tr>
  );
}

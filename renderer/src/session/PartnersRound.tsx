import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { conditions, type ConditionId } from '../../../shared/conditions';
import type { EstimateSpread, Organisation, PartnerEstimate, Session } from '../../../shared/session/session-types';
import { Button } from '../components/Button';
import { useFormat, useLanguage, useT } from '../i18n/hooks';
import { useSession } from './session-context';
import { sessionTexts } from './session-texts';
import { useAreaLabel } from './use-area-label';

/**
 * The partners' round for one area: per condition, each organisation's estimate (0–10) and one sentence
 * of why, entered by the facilitator; the spread between the partners beside it.
 */
export function PartnersRound({ session, area }: { session: Session; area: string }) {
  const t = useT(sessionTexts);
  const language = useLanguage();
  const areaLabel = useAreaLabel();
  const overview = useSession((state) => state.overview);
  const view = overview?.areas.find((candidate) => candidate.code === area);
  const saveEstimatesDataset = useSession((state) => state.saveEstimatesDataset);

  if (session.organisations.length === 0) return <p className="notice">{t('partners.noOrganisations')}</p>;
  return (
    <section className="session-partners" aria-label={t('partners.title', { area: areaLabel(area) })}>
      <h4 className="session-subtitle">{t('partners.title', { area: areaLabel(area) })}</h4>
      <p className="field__hint">{t('partners.hint')}</p>
      <div className="session-partners__grid">
        {conditions.map((condition) => (
          <fieldset key={condition.id} className={`session-partners__condition condition-edge--${condition.id}`}>
            <legend className="session-partners__legend">{condition.label[language]}</legend>
            <Spread spread={view?.conditions[condition.id].partners ?? null} />
            {session.organisations.map((organisation) => (
              <EstimateRow
                key={organisation.id}
                organisation={organisation}
                area={area}
                condition={condition.id}
                estimate={session.estimates.find(
                  (estimate) =>
                    estimate.organisation === organisation.id &&
                    estimate.area === area &&
                    estimate.condition === condition.id,
                )}
              />
            ))}
          </fieldset>
        ))}
      </div>
      <div className="session-partners__dataset">
        <Button onClick={() => void saveEstimatesDataset()} disabled={session.estimates.length === 0}>
          {t('partners.asDataset')}
        </Button>
        <p className="field__hint">{t('partners.asDatasetHint')}</p>
      </div>
    </section>
  );
}

function Spread({ spread }: { spread: EstimateSpread | null }) {
  const t = useT(sessionTexts);
  const format = useFormat();
  return (
    <p className="session-partners__spread">
      {spread
        ? t('partners.spread', {
            mean: format.mean(spread.mean),
            min: format.value(spread.min),
            max: format.value(spread.max),
            count: spread.count,
          })
        : t('partners.noEstimates')}
    </p>
  );
}

interface EstimateRowProps {
  organisation: Organisation;
  area: string;
  condition: ConditionId;
  estimate: PartnerEstimate | undefined;
}

/** One organisation's estimate and why; saved when a field is left (or Enter), removed when emptied. */
function EstimateRow({ organisation, area, condition, estimate }: EstimateRowProps) {
  const t = useT(sessionTexts);
  const format = useFormat();
  const language = useLanguage();
  const estimateId = useId();
  const whyId = useId();
  const errorId = useId();
  const setEstimate = useSession((state) => state.setEstimate);
  const [value, setValue] = useState(estimate ? format.value(estimate.estimate) : '');
  const [why, setWhy] = useState(estimate?.why ?? '');
  const [error, setError] = useState<string | null>(null);
  const row = useRef<HTMLDivElement>(null);
  const saved = estimate ? format.value(estimate.estimate) : '';
  const savedWhy = estimate?.why ?? '';
  // What the engine holds now (after an undo, say), unless the user is typing in this row.
  useEffect(() => {
    if (row.current?.contains(document.activeElement)) return;
    setValue(saved);
    setWhy(savedWhy);
  }, [saved, savedWhy]);
  const conditionLabel = conditions.find((candidate) => candidate.id === condition)?.label[language] ?? condition;

  function commit() {
    const text = value.trim().replace(',', '.');
    if (text === '') {
      setError(null);
      if (estimate) void setEstimate(organisation.id, area, condition, null, '');
      return;
    }
    const number = Number(text);
    if (!Number.isFinite(number) || number < 0 || number > 10) {
      setError(t('partners.outOfRange'));
      return;
    }
    setError(null);
    if (number === estimate?.estimate && why.trim() === estimate.why) return;
    void setEstimate(organisation.id, area, condition, number, why.trim());
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    commit();
  }

  return (
    <div
      ref={row}
      className="session-partners__row"
      // Saved once the focus leaves the row, so an estimate and its why are one edit.
      onBlur={(event) => {
        if (!row.current?.contains(event.relatedTarget as Node | null)) commit();
      }}
    >
      <span className="session-partners__organisation">
        {organisation.name}
        {organisation.role && <span className="muted"> · {organisation.role}</span>}
      </span>
      <label className="visually-hidden" htmlFor={estimateId}>
        {t('partners.estimateLabel', { organisation: organisation.name, condition: conditionLabel })}
      </label>
      <input
        id={estimateId}
        className="field__input session-partners__estimate"
        inputMode="decimal"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        autoComplete="off"
      />
      <label className="visually-hidden" htmlFor={whyId}>
        {t('partners.whyLabel', { organisation: organisation.name, condition: conditionLabel })}
      </label>
      <input
        id={whyId}
        className="field__input field__input--text session-partners__why"
        placeholder={t('partners.whyPlaceholder')}
        value={why}
        onChange={(event) => setWhy(event.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
      {error && (
        <p id={errorId} className="field__error session-partners__error">
          {error}
        </p>
      )}
    </div>
  );
}

import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { CodeLineage } from '../../../shared/coding/code-lineage';
import type { Disagreement } from '../../../shared/coding/coding-types';
import { toggleCode } from '../../../shared/coding/toggle-code';
import { conditions } from '../../../shared/conditions';
import { Button } from '../components/Button';
import { useLanguage, useT } from '../i18n/hooks';
import { comparisonTexts } from './comparison-texts';
import { codeLabel, codesByCondition, conditionGuids } from './code-labels';
import { useCoderName } from './coder-name';
import { ConditionChip } from './ConditionChip';
import { ScrollTable } from '../components/ScrollTable';

export interface DisagreementCardProps {
  row: Disagreement;
  /** The compared coders, in the order of the columns. */
  coders: string[];
  lineage: CodeLineage;
  busy: boolean;
  onSave: (codes: string[]) => void;
  cardRef: Ref<HTMLElement>;
}

/** Where the consensus starts: what it holds already, else the codes every coder who coded the record gave. */
function startingCodes(row: Disagreement): string[] {
  if (row.consensus) return row.consensus;
  const codings = Object.values(row.codings);
  return codings[0]?.filter((code) => codings.every((codes) => codes.includes(code))) ?? [];
}

/**
 * One record the coders differ on: its text, each coder's conditions lined up per condition with the
 * differing ones marked, and the consensus built below them. Keys 1–4 toggle the consensus's conditions
 * and Ctrl+Enter saves it, wherever the focus is in the record.
 */
export function DisagreementCard({ row, coders, lineage, busy, onSave, cardRef }: DisagreementCardProps) {
  const t = useT(comparisonTexts);
  const language = useLanguage();
  const coderName = useCoderName();
  const headingId = useId();
  const [draft, setDraft] = useState<string[]>(() => startingCodes(row));
  const guids = conditionGuids(lineage);
  const draftByCondition = codesByCondition(lineage, draft);

  const toggle = (index: number) => {
    const condition = conditions[index];
    if (condition) setDraft((codes) => toggleCode({ codes, coded: true }, guids[condition.id], lineage).codes);
  };

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!busy) onSave(draft);
      return;
    }
    const number = Number(event.key);
    if (
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      !Number.isInteger(number) ||
      number < 1 ||
      number > conditions.length
    )
      return;
    event.preventDefault();
    toggle(number - 1);
  }

  const subCodeNames = (codes: readonly string[] | undefined) =>
    (codes ?? []).map((code) => codeLabel(lineage, code, language));

  return (
    <article ref={cardRef} className="disagreement" aria-labelledby={headingId} tabIndex={-1} onKeyDown={onKeyDown}>
      <header className="disagreement__header">
        <h4 id={headingId} className="disagreement__title">
          {t('comparison.record', { id: row.id })}
        </h4>
        <span className={`badge ${row.consensus ? 'disagreement__state--resolved' : 'disagreement__state--open'}`}>
          {row.consensus ? t('comparison.record.resolved') : t('comparison.record.open')}
        </span>
      </header>
      <blockquote className="disagreement__text">
        {row.text ?? <span className="muted">{t('comparison.record.noText')}</span>}
      </blockquote>
      <ScrollTable label={t('comparison.record.caption', { id: row.id })}>
        <table className="disagreement__table">
          <caption className="visually-hidden">{t('comparison.record.caption', { id: row.id })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('comparison.record.coder')}</th>
              {conditions.map((condition, index) => {
                const differs = row.conditions.includes(condition.id);
                return (
                  <th key={condition.id} scope="col" className={differs ? 'disagreement__differs' : undefined}>
                    <span className="disagreement__key" aria-hidden="true">
                      {index + 1}
                    </span>{' '}
                    {condition.label[language]}
                    {differs && <span className="disagreement__differs-mark">{t('comparison.record.differs')}</span>}
                  </th>
                );
              })}
              <th scope="col">
                <span className="visually-hidden">{t('comparison.record.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {coders.map((coder) => {
              const codes = row.codings[coder];
              const byCondition = codes ? codesByCondition(lineage, codes) : null;
              return (
                <tr key={coder}>
                  <th scope="row">{coderName(coder)}</th>
                  {!byCondition || byCondition.size === 0 ? (
                    <td colSpan={conditions.length} className="muted">
                      {byCondition ? t('comparison.record.none') : t('comparison.record.notCoded')}
                    </td>
                  ) : (
                    conditions.map((condition) => (
                      <td
                        key={condition.id}
                        className={row.conditions.includes(condition.id) ? 'disagreement__differs' : undefined}
                      >
                        {byCondition.has(condition.id) ? (
                          <ConditionChip condition={condition} subCodes={subCodeNames(byCondition.get(condition.id))} />
                        ) : (
                          <span className="visually-hidden">{t('comparison.record.notGiven')}</span>
                        )}
                      </td>
                    ))
                  )}
                  <td>
                    {codes && (
                      <Button variant="quiet" onClick={() => setDraft(codes)}>
                        {t('comparison.record.take', { coder: coderName(coder) })}
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
            <tr className="disagreement__consensus">
              <th scope="row">{t('comparison.coder.consensus')}</th>
              {conditions.map((condition, index) => (
                <td
                  key={condition.id}
                  className={row.conditions.includes(condition.id) ? 'disagreement__differs' : undefined}
                >
                  <ConditionChip
                    condition={condition}
                    subCodes={subCodeNames(draftByCondition.get(condition.id))}
                    pressed={draftByCondition.has(condition.id)}
                    onToggle={() => toggle(index)}
                  />
                </td>
              ))}
              <td>
                <Button variant="primary" aria-disabled={busy || undefined} onClick={() => !busy && onSave(draft)}>
                  {t('comparison.record.save')}
                </Button>
              </td>
            </tr>
          </tbody>
        </table>
      </ScrollTable>
    </article>
  );
}

import { useId } from 'react';
import type { MergeCodeDifference } from '../../../shared/coding/coding-types';
import { useLanguage, useT } from '../i18n/hooks';
import { comparisonTexts } from './comparison-texts';
import { useAgreementFormat } from './agreement-format';
import { mergeTargets } from './code-labels';
import { useComparison } from './comparison-context';

/** What happens to a code the other file uses and this codebook lacks; `into` is empty until a code is picked. */
export type CodeChoice = { kind: 'add' } | { kind: 'skip' } | { kind: 'into'; into: string };

export interface MissingCodeChoiceProps {
  code: MergeCodeDifference;
  choice: CodeChoice | undefined;
  /** The user tried to merge without choosing. */
  unresolved: boolean;
  onChange: (choice: CodeChoice) => void;
}

/** Add the code, leave its codings out, or count them under a code here: one choice per missing code. */
export function MissingCodeChoice({ code, choice, unresolved, onChange }: MissingCodeChoiceProps) {
  const t = useT(comparisonTexts);
  const language = useLanguage();
  const format = useAgreementFormat();
  const name = useId();
  const errorId = useId();
  const selectId = useId();
  const lineage = useComparison((state) => state.lineage);
  const targets = lineage ? mergeTargets(lineage, language) : [];
  const into = choice?.kind === 'into' ? choice.into : '';

  return (
    <fieldset className="comparison-choice" aria-describedby={unresolved ? errorId : undefined}>
      <legend className="comparison-choice__legend">
        {t('comparison.merge.code', { label: code.label, codings: format.count(code.codings) })}
        {code.parentLabel && (
          <span className="muted"> {t('comparison.merge.under', { parent: code.parentLabel })}</span>
        )}
      </legend>
      {unresolved && (
        <p id={errorId} className="field__error">
          {t('comparison.merge.choose')}
        </p>
      )}
      <div className="comparison-choice__options">
        <label className="comparison-choice__option">
          <input
            type="radio"
            className="checkbox"
            name={name}
            checked={choice?.kind === 'add'}
            onChange={() => onChange({ kind: 'add' })}
          />
          {t('comparison.merge.add')}
        </label>
        <label className="comparison-choice__option">
          <input
            type="radio"
            className="checkbox"
            name={name}
            checked={choice?.kind === 'skip'}
            onChange={() => onChange({ kind: 'skip' })}
          />
          {t('comparison.merge.skip')}
        </label>
        <label className="comparison-choice__option">
          <input
            type="radio"
            className="checkbox"
            name={name}
            checked={choice?.kind === 'into'}
            onChange={() => onChange({ kind: 'into', into })}
          />
          {t('comparison.merge.into')}
        </label>
        {choice?.kind === 'into' && (
          <div className="comparison-choice__target">
            <label className="visually-hidden" htmlFor={selectId}>
              {t('comparison.merge.intoLabel', { label: code.label })}
            </label>
            <select
              id={selectId}
              className="field__select"
              value={into}
              onChange={(event) => onChange({ kind: 'into', into: event.target.value })}
            >
              <option value="">{t('comparison.merge.pickCode')}</option>
              {targets.map((target) => (
                <option key={target.value} value={target.value}>
                  {target.label}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
    </fieldset>
  );
}

import { useId } from 'react';
import { conditions } from '../../../shared/conditions';
import { useLanguage, useT } from '../i18n/hooks';
import { comparisonTexts } from './comparison-texts';
import { AgreementGuide } from './AgreementGuide';
import { AgreementTable, type AgreementRow } from './AgreementTable';
import { codeLabel, codePath, conditionById } from './code-labels';
import { useCoderName } from './coder-name';
import { useComparison } from './comparison-context';
import { ConditionSwatch } from './ConditionSwatch';

/** Agreement of the chosen coders per condition, the sub-codes folded away, and how to read the figures. */
export function AgreementPanel() {
  const t = useT(comparisonTexts);
  const language = useLanguage();
  const titleId = useId();
  const coderName = useCoderName();
  const agreement = useComparison((state) => state.agreement);
  const lineage = useComparison((state) => state.lineage);

  let content = null;
  if (agreement === 'loading') {
    content = (
      <p role="status" className="muted">
        {t('comparison.agreement.loading')}
      </p>
    );
  } else if (agreement && lineage) {
    const coders = agreement.coders.length;
    const conditionRows: AgreementRow[] = conditions.map((condition) => ({
      key: condition.id,
      name: (
        <span className="comparison-name">
          <ConditionSwatch color={condition.color} />
          {condition.label[language]}
        </span>
      ),
      figure: agreement.conditions[condition.id],
    }));
    const codeRows: AgreementRow[] = Object.entries(agreement.codes).map(([guid, figure]) => {
      const condition = lineage.get(guid)?.condition;
      // The codes above it tell apart sub-codes of the same name, such as "werk" under two conditions.
      const parent = lineage.get(guid)?.parent;
      return {
        key: guid,
        name: (
          <span className="comparison-name">
            <ConditionSwatch color={condition ? (conditionById.get(condition)?.color ?? null) : null} />
            <span>
              {codeLabel(lineage, guid, language)}
              {parent && <span className="comparison-name__path">{codePath(lineage, parent, language)}</span>}
            </span>
          </span>
        ),
        figure,
      };
    });
    content = (
      <>
        <p className="muted">
          {t('comparison.agreement.compared', { coders: agreement.coders.map(coderName).join(', ') })}
        </p>
        <AgreementTable
          caption={t('comparison.agreement.caption')}
          nameHeader={t('comparison.agreement.condition')}
          rows={conditionRows}
          coders={coders}
        />
        {codeRows.length > 0 && (
          <details className="comparison-subcodes">
            <summary>{t('comparison.agreement.subCodes', { count: codeRows.length })}</summary>
            <AgreementTable
              caption={t('comparison.agreement.subCodesCaption')}
              nameHeader={t('comparison.agreement.subCode')}
              rows={codeRows}
              coders={coders}
            />
          </details>
        )}
        <AgreementGuide />
      </>
    );
  }

  return (
    <section className="panel comparison-panel" aria-labelledby={titleId} data-main-content>
      <h3 id={titleId} className="panel__title">
        {t('comparison.agreement.title')}
      </h3>
      {content ?? <p className="muted">{t('comparison.agreement.none')}</p>}
    </section>
  );
}

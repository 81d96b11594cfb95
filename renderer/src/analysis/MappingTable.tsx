import { useId, useState, type KeyboardEvent } from 'react';
import { conditionIds, type ConditionId } from '../../../shared/conditions';
import type { IndicatorMapping, MappedIndicator, Polarity } from '../../../shared/scores/score-types';
import { Button } from '../components/Button';
import { useLanguage, useT } from '../i18n/hooks';
import { analysisTexts } from './analysis-texts';
import { useAnalysis } from '../profile/analysis-context';
import { conditionOf, domainLabel } from '../../../shared/scores/profile-data';
import { localeOf } from '../../../shared/i18n/locale';
import { ScrollTable } from '../components/ScrollTable';

const NO_DOMAIN = '';

/** Every mapping of every dataset in one table, grouped by dataset, each property editable in place. */
export function MappingTable() {
  const t = useT(analysisTexts);
  const titleId = useId();
  const mappings = useAnalysis((state) => state.mappings);
  if (!Array.isArray(mappings)) return null;
  return (
    <section className="mapping-table" aria-labelledby={titleId}>
      <h4 id={titleId} className="mapping-table__title">
        {t('analysis.table.title')}
      </h4>
      {mappings.length === 0 ? (
        <p className="muted">{t('analysis.table.empty')}</p>
      ) : (
        <ScrollTable label={t('analysis.table.title')}>
          <table className="data-table data-table--compact mapping-table__table" aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">{t('analysis.table.variable')}</th>
                <th scope="col">{t('analysis.table.condition')}</th>
                <th scope="col">{t('analysis.table.domain')}</th>
                <th scope="col">{t('analysis.table.polarity')}</th>
                <th scope="col">{t('analysis.table.weight')}</th>
                <th scope="col">{t('analysis.table.reverse')}</th>
                <th scope="col" className="mapping-table__actions">
                  <span className="visually-hidden">{t('analysis.table.actions')}</span>
                </th>
              </tr>
            </thead>
            {datasetsOf(mappings).map((dataset) => (
              <tbody key={dataset}>
                <tr className="mapping-table__group">
                  <th scope="colgroup" colSpan={7}>
                    <span className="visually-hidden">{t('analysis.table.dataset')}: </span>
                    {dataset}
                  </th>
                </tr>
                {mappings
                  .filter((mapping) => mapping.dataset === dataset)
                  .map((mapping) => (
                    <MappingRow key={mapping.variable} mapping={mapping} />
                  ))}
              </tbody>
            ))}
          </table>
        </ScrollTable>
      )}
    </section>
  );
}

/** The datasets in the order the engine lists their mappings (by name). */
function datasetsOf(mappings: MappedIndicator[]): string[] {
  return [...new Set(mappings.map((mapping) => mapping.dataset))];
}

function MappingRow({ mapping }: { mapping: MappedIndicator }) {
  const t = useT(analysisTexts);
  const language = useLanguage();
  const updateMapping = useAnalysis((state) => state.updateMapping);
  const removeMapping = useAnalysis((state) => state.removeMapping);
  const { dataset, variable } = mapping;
  const base: IndicatorMapping = {
    dataset,
    variable,
    condition: mapping.condition,
    domain: mapping.domain,
    polarity: mapping.polarity,
    weight: mapping.weight,
    reverse: mapping.reverse,
  };
  const change = (patch: Partial<IndicatorMapping>) => void updateMapping({ ...base, ...patch });

  const condition = conditionOf(mapping.condition);
  const domains = condition.domains.map((d) => d.nl);
  // A domain typed on the command line that is not one of ENIQ's is kept and offered as it is.
  if (mapping.domain && !domains.includes(mapping.domain) && !condition.domains.some((d) => d.en === mapping.domain))
    domains.push(mapping.domain);

  return (
    <tr>
      <th scope="row" className="mapping-table__variable">
        <span className="mapping-table__name">{variable}</span>
        {mapping.label && <span className="mapping-table__label">{mapping.label}</span>}
      </th>
      <td>
        <span className="mapping-table__condition">
          <span
            className="condition-dot"
            aria-hidden="true"
            style={{ backgroundColor: `var(--condition-${mapping.condition})` }}
          />
          <select
            className="field__select field__select--compact"
            aria-label={t('analysis.table.conditionOf', { variable })}
            value={mapping.condition}
            // A domain belongs to one condition: moving the indicator leaves it without one.
            onChange={(event) => change({ condition: event.target.value as ConditionId, domain: null })}
          >
            {conditionIds.map((id) => (
              <option key={id} value={id}>
                {conditionOf(id).label[language]}
              </option>
            ))}
          </select>
        </span>
      </td>
      <td>
        <select
          className="field__select field__select--compact mapping-table__domain"
          aria-label={t('analysis.table.domainOf', { variable })}
          value={mapping.domain ?? NO_DOMAIN}
          onChange={(event) => change({ domain: event.target.value === NO_DOMAIN ? null : event.target.value })}
        >
          <option value={NO_DOMAIN}>{t('analysis.table.noDomain')}</option>
          {domains.map((domain) => (
            <option key={domain} value={domain}>
              {domainLabel(mapping.condition, domain, language)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          className="field__select field__select--compact"
          aria-label={t('analysis.table.polarityOf', { variable })}
          value={mapping.polarity}
          onChange={(event) => change({ polarity: event.target.value as Polarity })}
        >
          <option value="positive">{t('analysis.polarity.positive')}</option>
          <option value="negative">{t('analysis.polarity.negative')}</option>
        </select>
      </td>
      <td>
        <WeightField
          key={mapping.weight}
          variable={variable}
          weight={mapping.weight}
          onCommit={(weight) => change({ weight })}
        />
      </td>
      <td>
        <input
          type="checkbox"
          className="checkbox"
          aria-label={t('analysis.table.reverseOf', { variable })}
          checked={mapping.reverse}
          // Reversing needs the item's scale (its value labels or observed range) to flip on.
          disabled={mapping.scale === null}
          title={
            mapping.scale
              ? t('analysis.table.reverseScale', { min: mapping.scale.min, max: mapping.scale.max })
              : undefined
          }
          onChange={(event) => change({ reverse: event.target.checked })}
        />
      </td>
      <td className="mapping-table__actions">
        <Button
          variant="quiet"
          onClick={() => void removeMapping(dataset, variable)}
          aria-label={t('analysis.table.removeOf', { variable })}
        >
          {t('analysis.table.remove')}
        </Button>
      </td>
    </tr>
  );
}

/** The weight takes effect on Enter or leaving the field: every change recomputes the scores. */
function WeightField({
  variable,
  weight,
  onCommit,
}: {
  variable: string;
  weight: number;
  onCommit: (weight: number) => void;
}) {
  const t = useT(analysisTexts);
  const language = useLanguage();
  const errorId = useId();
  const shown = weight.toLocaleString(localeOf(language), {
    maximumFractionDigits: 4,
    useGrouping: false,
  });
  const [draft, setDraft] = useState(shown);
  const [invalid, setInvalid] = useState(false);

  function commit() {
    const value = Number(draft.trim().replace(',', '.'));
    if (!Number.isFinite(value) || value <= 0) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (value !== weight) onCommit(value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    }
  }

  return (
    <div className="weight-field">
      <input
        className="field__input weight-field__input"
        type="text"
        inputMode="decimal"
        aria-label={t('analysis.table.weightOf', { variable })}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {invalid && (
        <span id={errorId} className="field__error weight-field__error">
          {t('analysis.table.weightInvalid')}
        </span>
      )}
    </div>
  );
}

import { useId } from 'react';
import type { VariableSummary } from '../../../shared/contract/channels';
import { conditionIds, type ConditionId } from '../../../shared/conditions';
import type { MappedIndicator } from '../../../shared/scores/score-types';
import { useLanguage, useT } from '../i18n/hooks';
import { analysisTexts } from './analysis-texts';
import { useAnalysis } from '../profile/analysis-context';
import { conditionOf } from '../../../shared/scores/profile-data';
import { useScoreFormat } from '../profile/score-format';
import { startVariableDrag } from './variable-drag';

/** Numbers and ordinal categories (Likert items) can be indicators; ids, area codes and weights cannot. */
function isMappable(variable: VariableSummary): boolean {
  return (variable.type === 'number' || (variable.type === 'category' && variable.ordinal)) && variable.role === null;
}

const UNMAP = 'unmap';
type MapChoice = ConditionId | typeof UNMAP | '';

/** The dataset's mappable variables, each draggable onto a condition and with a select that does the same by keyboard. */
export function VariablePalette({ dataset }: { dataset: string }) {
  const t = useT(analysisTexts);
  const titleId = useId();
  const variables = useAnalysis((state) => state.variables);
  const mappings = useAnalysis((state) => state.mappings);

  let content;
  if (variables === 'loading') content = <p role="status">{t('analysis.variables.loading')}</p>;
  else if (variables === 'unavailable') content = null;
  else {
    const mappable = variables.filter(isMappable);
    const mapped = new Map(
      (Array.isArray(mappings) ? mappings : []).filter((m) => m.dataset === dataset).map((m) => [m.variable, m]),
    );
    content =
      mappable.length === 0 ? (
        <p className="muted">{t('analysis.variables.none')}</p>
      ) : (
        <ul className="variable-palette__list" aria-labelledby={titleId}>
          {mappable.map((variable) => (
            <PaletteItem key={variable.name} variable={variable} mapping={mapped.get(variable.name) ?? null} />
          ))}
        </ul>
      );
  }
  return (
    <section className="variable-palette" aria-labelledby={titleId}>
      <h4 id={titleId} className="variable-palette__title">
        {t('analysis.variables.title')}
      </h4>
      <p className="variable-palette__hint">{t('analysis.variables.hint')}</p>
      {content}
    </section>
  );
}

function PaletteItem({ variable, mapping }: { variable: VariableSummary; mapping: MappedIndicator | null }) {
  const t = useT(analysisTexts);
  const language = useLanguage();
  const format = useScoreFormat();
  const selectId = useId();
  const mapVariable = useAnalysis((state) => state.mapVariable);
  const removeMapping = useAnalysis((state) => state.removeMapping);
  const dataset = useAnalysis((state) => state.dataset);

  function choose(choice: MapChoice) {
    if (choice === UNMAP) {
      if (dataset) void removeMapping(dataset, variable.name);
    } else if (choice !== '') void mapVariable(variable.name, choice);
  }

  const condition = mapping ? conditionOf(mapping.condition) : null;
  return (
    <li
      className={`palette-item${condition ? ' palette-item--mapped' : ''}`}
      draggable
      onDragStart={(event) => startVariableDrag(event, variable.name)}
      style={condition ? { borderLeftColor: `var(--condition-${condition.id})` } : undefined}
    >
      <span className="palette-item__grip" aria-hidden="true">
        ⠿
      </span>
      <span className="palette-item__name">{variable.name}</span>
      {variable.label && <span className="palette-item__label">{variable.label}</span>}
      <span className="palette-item__meta">
        <span className="palette-item__stats">
          {t('analysis.variables.stats', {
            n: format.count(variable.n),
            mean: variable.mean === null ? '–' : format.value(variable.mean),
          })}
        </span>
        {condition && (
          <span className="palette-item__mapped">
            <span
              className="condition-dot"
              aria-hidden="true"
              style={{ backgroundColor: `var(--condition-${condition.id})` }}
            />
            {condition.label[language]}
          </span>
        )}
      </span>
      <div className="palette-item__map">
        <label htmlFor={selectId} className="visually-hidden">
          {t('analysis.variables.mapTo', { variable: variable.name })}
        </label>
        <select
          id={selectId}
          className="field__select field__select--compact"
          value=""
          onChange={(event) => choose(event.target.value as MapChoice)}
        >
          <option value="">{t('analysis.variables.mapPlaceholder')}</option>
          {conditionIds.map((id) => (
            <option key={id} value={id} disabled={mapping?.condition === id}>
              {conditionOf(id).label[language]}
            </option>
          ))}
          {mapping && <option value={UNMAP}>{t('analysis.variables.unmap')}</option>}
        </select>
      </div>
    </li>
  );
}

import { useState, type DragEvent } from 'react';
import { conditions, type Condition } from '../../../shared/conditions';
import type { MappedIndicator } from '../../../shared/scores/score-types';
import { useLanguage, useT } from '../i18n/hooks';
import { analysisTexts } from './analysis-texts';
import { useAnalysis } from '../profile/analysis-context';
import { domainLabel } from '../../../shared/scores/profile-data';
import { carriesVariable, droppedVariable } from './variable-drag';

/** The four conditions as drop targets, each listing the dataset's indicators mapped to it. */
export function ConditionBoard({ dataset }: { dataset: string }) {
  const mappings = useAnalysis((state) => state.mappings);
  const own = Array.isArray(mappings) ? mappings.filter((m) => m.dataset === dataset) : [];
  return (
    <div className="condition-board">
      {conditions.map((condition) => (
        <ConditionCard
          key={condition.id}
          condition={condition}
          indicators={own.filter((m) => m.condition === condition.id)}
        />
      ))}
    </div>
  );
}

function ConditionCard({ condition, indicators }: { condition: Condition; indicators: MappedIndicator[] }) {
  const t = useT(analysisTexts);
  const language = useLanguage();
  const mapVariable = useAnalysis((state) => state.mapVariable);
  const [over, setOver] = useState(false);

  function onDragOver(event: DragEvent) {
    if (!carriesVariable(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'link';
    setOver(true);
  }

  function onDrop(event: DragEvent) {
    setOver(false);
    const variable = droppedVariable(event);
    if (!variable) return;
    event.preventDefault();
    void mapVariable(variable, condition.id);
  }

  const label = condition.label[language];
  return (
    <section
      className={`condition-card${over ? ' condition-card--over' : ''}`}
      style={{ borderTopColor: `var(--condition-${condition.id})` }}
      aria-label={label}
      data-condition={condition.id}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h4 className="condition-card__title">
        <span
          className="condition-dot"
          aria-hidden="true"
          style={{ backgroundColor: `var(--condition-${condition.id})` }}
        />
        {label}
      </h4>
      <p className="condition-card__value">{condition.value[language]}</p>
      {indicators.length === 0 ? (
        <p className="condition-card__empty">{t('analysis.board.empty')}</p>
      ) : (
        <ul className="condition-card__list">
          {indicators.map((indicator) => (
            <li key={indicator.variable} className="condition-card__item">
              <span className="condition-card__variable">{indicator.variable}</span>
              {indicator.label && <span className="condition-card__label">{indicator.label}</span>}
              {indicator.domain && (
                <span className="condition-card__domain">
                  {domainLabel(indicator.condition, indicator.domain, language)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="condition-card__count">{t('analysis.board.count', { count: indicators.length })}</p>
    </section>
  );
}

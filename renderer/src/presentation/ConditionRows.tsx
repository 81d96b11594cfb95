import type { ReactNode } from 'react';
import { conditionIds, type ConditionId } from '../../../shared/conditions';
import { useLanguage } from '../i18n/hooks';
import { conditionColor, conditionLabel } from './slide-style';

/** The four conditions as rows, always in their order, each named with its colour beside what the slide shows. */
export function ConditionRows({ children, axis }: { children: (id: ConditionId) => ReactNode; axis?: ReactNode }) {
  const language = useLanguage();
  return (
    <div className="condition-rows">
      {conditionIds.map((id) => (
        <div key={id} className="condition-rows__row" data-condition={id}>
          <div className="condition-rows__label">
            <span className="condition-dot" style={{ backgroundColor: conditionColor(id) }} aria-hidden="true" />
            {conditionLabel(id, language)}
          </div>
          <div className="condition-rows__content">{children(id)}</div>
        </div>
      ))}
      {axis && (
        <div className="condition-rows__row condition-rows__row--axis">
          <div />
          <div className="condition-rows__content">{axis}</div>
        </div>
      )}
    </div>
  );
}

import type { CSSProperties } from 'react';
import type { Condition } from '../../../shared/conditions';
import { useLanguage } from '../i18n/hooks';

export interface ConditionChipProps {
  condition: Condition;
  /** Names of the sub-codes given under the condition. */
  subCodes: string[];
  /** Given: the chip is a toggle button that is on or off (the consensus being built). */
  pressed?: boolean;
  onToggle?: () => void;
}

/** A condition given to a record: its name on its colour, with the sub-codes under it. */
export function ConditionChip({ condition, subCodes, pressed, onToggle }: ConditionChipProps) {
  const language = useLanguage();
  const style = { '--chip-color': condition.color } as CSSProperties;
  const content = (
    <>
      <span className="condition-chip__name">{condition.label[language]}</span>
      {subCodes.length > 0 && <span className="condition-chip__sub">{subCodes.join(', ')}</span>}
    </>
  );
  if (!onToggle) {
    return (
      <span className="condition-chip" style={style}>
        {content}
      </span>
    );
  }
  return (
    <button type="button" className="condition-chip condition-chip--toggle" style={style} aria-pressed={pressed} onClick={onToggle}>
      {content}
    </button>
  );
}

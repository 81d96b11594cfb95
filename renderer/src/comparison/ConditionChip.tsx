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

/**
 * A condition's name with a break opportunity inside the one long compound: Chromium has no Dutch
 * hyphenation on every platform, and "Sociaaleconomische" would otherwise break at any letter. `<wbr>`
 * leaves the text as it is; the toggle names itself, as some screen readers read a space there.
 */
function Breakable({ label }: { label: string }) {
  const [before, after] = label.split(/(?<=^Sociaal)(?=economische)/);
  return after === undefined ? (
    label
  ) : (
    <>
      {before}
      <wbr />
      {after}
    </>
  );
}

/** A condition given to a record: its name on its colour, with the sub-codes under it. */
export function ConditionChip({ condition, subCodes, pressed, onToggle }: ConditionChipProps) {
  const language = useLanguage();
  const style = { '--chip-color': condition.color } as CSSProperties;
  const content = (
    <>
      <span className="comparison-chip__name">
        <Breakable label={condition.label[language]} />
      </span>
      {subCodes.length > 0 && <span className="comparison-chip__sub">{subCodes.join(', ')}</span>}
    </>
  );
  if (!onToggle) {
    return (
      <span className="comparison-chip" style={style}>
        {content}
      </span>
    );
  }
  return (
    <button
      type="button"
      className="comparison-chip comparison-chip--toggle"
      style={style}
      aria-pressed={pressed}
      aria-label={[condition.label[language], ...subCodes].join(', ')}
      onClick={onToggle}
    >
      {content}
    </button>
  );
}

import type { CSSProperties } from 'react';
import { useLanguage, useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';
import { codeColor, codeLabel } from '../../../shared/codebook/code-label';
import { useCoding } from './coding-context';

/**
 * The four conditions of a record as toggles, in the fixed order and colours, with their key. A chip that
 * is on is filled in its colour, one that is off only outlined, so it reads without colour too. The grid
 * keeps the focus: the chips are for the mouse, the keys 1–4 do the same.
 */
export function ConditionChips({ codes, onToggle }: { codes: readonly string[]; onToggle: (guid: string) => void }) {
  const t = useT(codingTexts);
  const language = useLanguage();
  const groups = useCoding((state) => state.keymap.groups);
  return (
    <span className="condition-chips">
      {groups.map((group) => {
        const condition = group[0];
        if (!condition) return null;
        const on = codes.includes(condition.code.guid);
        const label = codeLabel(condition.code, language);
        return (
          <button
            key={condition.code.guid}
            type="button"
            tabIndex={-1}
            className={`condition-chip${on ? ' condition-chip--on' : ''}`}
            style={{ '--chip-color': codeColor(condition.code, condition.code.conditionId) } as CSSProperties}
            aria-pressed={on}
            aria-label={label}
            title={t('coding.chip.title', { label, key: condition.key ?? '' })}
            onClick={(event) => {
              event.stopPropagation();
              onToggle(condition.code.guid);
            }}
          >
            {condition.key}
          </button>
        );
      })}
    </span>
  );
}

import { useId, type CSSProperties } from 'react';
import { useLanguage, useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';
import { keyHint } from './code-keys';
import { codeColor, codeLabel } from '../../../shared/codebook/code-label';
import { useCoding } from './coding-context';
import { rowAt } from './page-cache';

/**
 * Every code with its key, grouped under the four conditions. Pressed codes are the ones the active record
 * has; with text selected in the focus view a code codes that selection instead. The buttons keep the
 * text selection (they take no focus on mouse down).
 */
export function CodePicker() {
  const t = useT(codingTexts);
  const language = useLanguage();
  const titleId = useId();
  const groups = useCoding((state) => state.keymap.groups);
  const codes = useCoding((state) => rowAt(state.cache, state.active)?.codes);
  const selection = useCoding((state) => state.selection);
  const codeWith = useCoding((state) => state.codeWith);
  return (
    <section className="code-picker panel" aria-labelledby={titleId}>
      <h3 id={titleId} className="code-picker__title">
        {selection ? t('coding.picker.selection') : t('coding.picker.record')}
      </h3>
      <div className="code-picker__groups">
        {groups.map((group) => (
          <ul
            key={group[0]?.code.guid}
            className="code-picker__group"
            aria-label={group[0] ? codeLabel(group[0].code, language) : undefined}
          >
            {group.map(({ code, depth, key }) => {
              const place = {
                '--code-color': codeColor(code, group[0]?.code.conditionId ?? null),
                '--depth': depth,
              } as CSSProperties;
              return (
                <li key={code.guid}>
                  <button
                    type="button"
                    className={`code-button${depth === 0 ? ' code-button--condition' : ''}`}
                    style={place}
                    aria-pressed={selection ? undefined : (codes?.includes(code.guid) ?? false)}
                    disabled={codes === undefined}
                    aria-keyshortcuts={key ? (key !== key.toLowerCase() ? `Shift+${key}` : key) : undefined}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => codeWith(code.guid)}
                  >
                    <span className="code-button__mark" aria-hidden="true" />
                    <span className="code-button__label">{codeLabel(code, language)}</span>
                    {key && <kbd className="key-hint">{keyHint(key)}</kbd>}
                  </button>
                </li>
              );
            })}
          </ul>
        ))}
      </div>
    </section>
  );
}

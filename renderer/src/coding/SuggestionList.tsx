import type { CSSProperties } from 'react';
import { useLanguage, useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';
import { ACCEPT_KEY } from './code-keys';
import { codeColor, codeLabel } from '../../../shared/codebook/code-label';
import { useCoding } from './coding-context';
import { focusGrid } from './grid-focus';
import type { ConditionSuggestion } from './suggestions';

/** The conditions the keywords suggest, each with the words of the text that triggered it. */
export function SuggestionList({
  suggestions,
  codes,
  hasText,
}: {
  suggestions: ConditionSuggestion[];
  codes: readonly string[];
  hasText: boolean;
}) {
  const t = useT(codingTexts);
  const language = useLanguage();
  const lineage = useCoding((state) => state.lineage);
  const keymap = useCoding((state) => state.keymap);
  const matcher = useCoding((state) => state.matcher);
  const acceptSuggestions = useCoding((state) => state.acceptSuggestions);
  if (!hasText) return null;
  if (!matcher) return <p className="suggestions__none muted">{t('coding.suggestions.unavailable')}</p>;
  if (suggestions.length === 0) return <p className="suggestions__none muted">{t('coding.suggestions.none')}</p>;
  const allGiven = suggestions.every((suggestion) => suggestion.codes.every((code) => codes.includes(code.guid)));
  return (
    <div className="suggestions">
      <div className="suggestions__header">
        <h4 className="suggestions__title">{t('coding.suggestions.title')}</h4>
        <button
          type="button"
          className="button button--secondary suggestions__accept"
          disabled={allGiven}
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => {
            focusGrid(event.currentTarget);
            acceptSuggestions();
          }}
        >
          {t('coding.suggestions.accept')} <kbd className="key-hint">{ACCEPT_KEY.toUpperCase()}</kbd>
        </button>
      </div>
      <ul className="suggestions__list">
        {suggestions.map((suggestion) => {
          const condition = keymap.groups.flat().find((item) => item.code.conditionId === suggestion.condition)?.code;
          return (
            <li
              key={suggestion.condition}
              className="suggestions__item"
              style={
                {
                  '--condition-color': condition ? codeColor(condition, suggestion.condition) : undefined,
                } as CSSProperties
              }
            >
              {condition && <span className="suggestions__condition">{codeLabel(condition, language)}</span>}
              <ul className="suggestions__codes">
                {suggestion.codes.map((code) => {
                  const place = lineage.get(code.guid);
                  if (!place) return null;
                  const given = codes.includes(code.guid);
                  return (
                    <li key={code.guid}>
                      {!place.code.conditionId && (
                        <span className="suggestions__code">{codeLabel(place.code, language)}: </span>
                      )}
                      <span className="suggestions__words">
                        {t('coding.suggestions.words', { words: code.words.map((word) => `‘${word}’`).join(', ') })}
                      </span>
                      {given && <span className="suggestions__given"> {t('coding.suggestions.given')}</span>}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

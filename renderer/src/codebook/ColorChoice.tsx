import { useId } from 'react';
import { palette } from '../../../shared/codebook/palette';
import { useLanguage, useT } from '../i18n/hooks';
import { codebookTexts } from './codebook-texts';
import { Swatch } from './Swatch';

export interface ColorChoiceProps {
  /** The chosen colour; null: the parent's. */
  value: string | null;
  /** The colour the code shows when it follows its parent. */
  parentColor: string | null;
  /** The code's colour as stored, which may come from another program and lie outside the palette. */
  storedColor: string | null;
  onChange: (color: string | null) => void;
}

/** The palette as named swatches (radio buttons), with "the parent's colour" first. */
export function ColorChoice({ value, parentColor, storedColor, onChange }: ColorChoiceProps) {
  const t = useT(codebookTexts);
  const language = useLanguage();
  const name = useId();
  const hintId = useId();
  const outside = storedColor !== null && !palette.some((color) => color.hex === storedColor) ? storedColor : null;
  const options = [
    { value: null, color: parentColor, label: t('codebook.color.inherit') },
    ...(outside ? [{ value: outside, color: outside, label: `${t('codebook.color.current')} ${outside}` }] : []),
    ...palette.map((color) => ({ value: color.hex, color: color.hex, label: color.name[language] })),
  ];
  return (
    <fieldset className="color-choice" aria-describedby={hintId}>
      <legend className="field__label">{t('codebook.field.color')}</legend>
      <p id={hintId} className="field__hint">
        {t('codebook.color.hint')}
      </p>
      <div className="color-choice__options">
        {options.map((option) => (
          <label
            key={option.value ?? 'parent'}
            className={`color-choice__option${option.value === null ? ' color-choice__option--parent' : ''}`}
            title={option.color ?? undefined}
          >
            <input
              type="radio"
              name={name}
              className="color-choice__input"
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <Swatch color={option.color} large />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

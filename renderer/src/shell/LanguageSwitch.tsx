import { useId } from 'react';
import type { Language } from '../../../shared/contract/channels';
import { useT } from '../i18n/hooks';
import { shellTexts } from './shell-texts';
import { useWorkbench } from '../stores/workbench-context';

const choices: { language: Language; label: string }[] = [
  { language: 'nl', label: 'NL' },
  { language: 'en', label: 'EN' },
];

export function LanguageSwitch() {
  const t = useT(shellTexts);
  const labelId = useId();
  const language = useWorkbench((state) => state.language);
  const setLanguage = useWorkbench((state) => state.setLanguage);
  return (
    <div className="language-switch" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="visually-hidden">
        {t('app.language')}
      </span>
      {choices.map((choice) => (
        <button
          key={choice.language}
          type="button"
          lang={choice.language}
          className="language-switch__option"
          aria-pressed={language === choice.language}
          onClick={() => void setLanguage(choice.language)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}

import { useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';

/** The main keys in one line under the grid, so they are in sight while coding (and on the projector). */
export function KeyStrip() {
  const t = useT(codingTexts);
  const keys: [string, string][] = [
    ['1–4', t('coding.keys.conditions')],
    ['b–z', t('coding.keys.subCodes')],
    ['A', t('coding.keys.accept')],
    ['Enter', t('coding.keys.next')],
    ['↑ ↓', t('coding.keys.move')],
    ['Ctrl+Z', t('coding.keys.undo')],
    ['?', t('coding.keys.all')],
  ];
  return (
    <ul className="key-strip" aria-label={t('coding.keys.title')}>
      {keys.map(([key, label]) => (
        <li key={key}>
          <kbd className="key-hint">{key}</kbd> {label}
        </li>
      ))}
    </ul>
  );
}

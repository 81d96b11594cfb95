import { useFormat, useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';
import { useCoding } from './coding-context';

/** How far the coder is with this dataset: coded records of all, as a figure and a bar. */
export function CodingProgressBar({ coder }: { coder: string }) {
  const t = useT(codingTexts);
  const format = useFormat();
  const progress = useCoding((state) => state.progress);
  const saving = useCoding((state) => state.saving);
  if (!progress) return null;
  const share = progress.total > 0 ? progress.coded / progress.total : 0;
  const text = t('coding.progress.text', {
    coded: format.number(progress.coded),
    total: format.number(progress.total),
  });
  return (
    <div className="coding-progress">
      <p className="coding-progress__text">
        <span className="coding-progress__label">{t('coding.progress.label', { coder })}</span> <strong>{text}</strong>
        <span className="coding-progress__saving" role="status">
          {saving > 0 ? t('coding.progress.saving') : ''}
        </span>
      </p>
      <div
        className="coding-progress__bar"
        role="progressbar"
        aria-label={t('coding.progress.label', { coder })}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.coded}
        aria-valuetext={text}
      >
        <div className="coding-progress__fill" style={{ width: `${share * 100}%` }} />
      </div>
    </div>
  );
}

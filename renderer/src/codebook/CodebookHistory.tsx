import { useId } from 'react';
import type { Codebook } from '../../../shared/codebook/codebook-types';
import { useFormat, useLanguage, useT } from '../i18n/hooks';
import { codebookTexts } from './codebook-texts';
import { useCodebook } from './codebook-context';
import { describeChange } from './history-wording';

/** Every version of the codebook, newest first: what changed, when, and by whom. */
export function CodebookHistory({ codebook }: { codebook: Codebook }) {
  const t = useT(codebookTexts);
  const language = useLanguage();
  const format = useFormat();
  const titleId = useId();
  const history = useCodebook((state) => state.history);
  return (
    <div className="codebook-history panel">
      <h3 id={titleId} className="panel__title">
        {t('codebook.history.title')}
      </h3>
      {/* Scrolls on its own: a named region in the tab order, so that keyboard users can scroll it too. */}
      <div className="codebook-history__scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <ol className="codebook-history__list">
          {history.map((change) => {
            const { headline, details } = describeChange(change, t, language, codebook);
            return (
              <li key={change.version} className="codebook-history__entry">
                <p className="codebook-history__meta">
                  <strong>{t('codebook.history.version', { version: change.version })}</strong>
                  {' · '}
                  <time dateTime={change.changedAt}>{format.dateTime(change.changedAt)}</time>
                  {change.coder && ` · ${t('codebook.history.by', { coder: change.coder })}`}
                </p>
                <p className="codebook-history__headline">{headline}</p>
                {details.length > 0 && (
                  <ul className="codebook-history__details">
                    {details.map((detail) => (
                      <li key={detail}>{detail}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}

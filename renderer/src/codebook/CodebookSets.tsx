import { useId } from 'react';
import type { Codebook } from '../../../shared/codebook/codebook-types';
import { useLanguage, useT } from '../i18n/hooks';
import { codebookTexts } from './codebook-texts';
import { findPlace } from './code-tree';

/** The sets of codes (from ATLAS.ti's code groups and the like), with their members' names. */
export function CodebookSets({ codebook }: { codebook: Codebook }) {
  const t = useT(codebookTexts);
  const language = useLanguage();
  const titleId = useId();
  if (codebook.sets.length === 0) return null;
  return (
    <section className="codebook-sets" aria-labelledby={titleId}>
      <h3 id={titleId} className="codebook-sets__title">
        {t('codebook.sets.title')}
      </h3>
      <p className="field__hint">{t('codebook.sets.intro')}</p>
      <ul className="codebook-sets__list">
        {codebook.sets.map((set) => (
          <li key={set.guid} className="codebook-sets__set">
            <strong>{set.name}</strong>
            {set.description && <span className="codebook-sets__description">{set.description}</span>}
            <span className="codebook-sets__members">
              {set.members
                .map((guid) => findPlace(codebook.codes, guid)?.code)
                .map(
                  (code, index) =>
                    code && (
                      <span key={set.members[index]} className="code-badge">
                        {code.label[language] ?? code.label.nl}
                      </span>
                    ),
                )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

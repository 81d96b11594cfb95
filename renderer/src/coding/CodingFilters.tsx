import { useEffect, useId, useState, type RefObject } from 'react';
import type { CodingFilter } from '../../../shared/coding/coding-types';
import { SelectField } from '../components/SelectField';
import { useFormat, useLanguage, useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';
import { codeLabel } from '../../../shared/codebook/code-label';
import { useCoding } from './coding-context';

/** The text search waits until the user pauses typing, so the grid is not refetched for every letter. */
const SEARCH_DELAY_MS = 300;
const ANY_CODE = '';

/** Which records the grid shows: by status, by a code given (with its sub-codes), by words in the text. */
export function CodingFilters({
  searchRef,
  offerDisagreement,
}: {
  searchRef: RefObject<HTMLInputElement | null>;
  offerDisagreement: boolean;
}) {
  const t = useT(codingTexts);
  const format = useFormat();
  const language = useLanguage();
  const searchId = useId();
  const filter = useCoding((state) => state.filter);
  const setFilter = useCoding((state) => state.setFilter);
  const keymap = useCoding((state) => state.keymap);
  const matching = useCoding((state) => state.matching);
  const [search, setSearch] = useState(filter.search);

  useEffect(() => {
    const timer = setTimeout(() => setFilter({ search: search.trim() }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, setFilter]);

  const codeOptions = [
    { value: ANY_CODE, label: t('coding.filter.anyCode') },
    ...keymap.groups
      .flat()
      .map(({ code, depth }) => ({ value: code.guid, label: `${'\u2003'.repeat(depth)}${codeLabel(code, language)}` })),
  ];

  return (
    <div className="coding-filters" role="search" aria-label={t('coding.filter.title')}>
      <div className="coding-filters__status">
        <SelectField<CodingFilter['status']>
          label={t('coding.filter.status')}
          value={filter.status}
          options={[
            { value: 'all', label: t('coding.filter.all') },
            { value: 'uncoded', label: t('coding.filter.uncoded') },
            { value: 'coded', label: t('coding.filter.coded') },
            ...(offerDisagreement || filter.status === 'disagreement'
              ? [{ value: 'disagreement' as const, label: t('coding.filter.disagreement') }]
              : []),
          ]}
          onChange={(status) => setFilter({ status })}
        />
      </div>
      <div className="coding-filters__code">
        <SelectField
          label={t('coding.filter.code')}
          value={filter.code ?? ANY_CODE}
          options={codeOptions}
          onChange={(code) => setFilter({ code: code || null })}
        />
      </div>
      <div className="field coding-filters__search">
        <label className="field__label" htmlFor={searchId}>
          {t('coding.filter.search')}
        </label>
        <input
          id={searchId}
          ref={searchRef}
          type="search"
          className="field__input field__input--text"
          value={search}
          autoComplete="off"
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <p className="coding-filters__count" role="status">
        {matching === null
          ? t('coding.grid.loading')
          : matching === 1
            ? t('coding.filter.matchingOne')
            : t('coding.filter.matching', { count: format.number(matching) })}
      </p>
    </div>
  );
}

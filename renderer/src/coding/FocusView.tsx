import { useEffect, useId, useMemo } from 'react';
import { useFormat, useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';
import { useCoding } from './coding-context';
import { rowAt } from './page-cache';
import { RecordContext } from './RecordContext';
import { RecordText } from './RecordText';
import { SegmentList } from './SegmentList';
import { SuggestionList } from './SuggestionList';
import { suggestionsFrom } from './suggestions';

/** The active record large: its text with the keyword hits and coded segments, the suggestions, and its other columns. */
export function FocusView() {
  const t = useT(codingTexts);
  const format = useFormat();
  const titleId = useId();
  const row = useCoding((state) => rowAt(state.cache, state.active));
  const active = useCoding((state) => state.active);
  const matching = useCoding((state) => state.matching);
  const matcher = useCoding((state) => state.matcher);
  const lineage = useCoding((state) => state.lineage);
  const loadDetail = useCoding((state) => state.loadDetail);
  const record = row?.record;
  const text = row?.text ?? null;

  useEffect(() => {
    if (record !== undefined) void loadDetail(record);
  }, [record, loadDetail]);

  const hits = useMemo(() => (matcher && text ? matcher.match(text) : []), [matcher, text]);
  const suggestions = useMemo(() => suggestionsFrom(hits, lineage), [hits, lineage]);

  if (!row) {
    return (
      <section className="focus-view panel" aria-label={t('coding.focus.title')}>
        <p role="status">{matching === 0 ? t('coding.grid.none') : t('coding.grid.loading')}</p>
      </section>
    );
  }

  return (
    <section className="focus-view panel" aria-labelledby={titleId}>
      <div className="focus-view__header">
        <h3 id={titleId} className="focus-view__title">
          {t('coding.focus.record', { id: row.id })}
          {row.area && <span className="focus-view__area">{row.area}</span>}
        </h3>
        <p className="focus-view__position">
          {t('coding.focus.position', { position: format.number(active + 1), count: format.number(matching ?? 0) })}
          {' · '}
          {row.coded ? t('coding.status.coded') : t('coding.status.uncoded')}
        </p>
      </div>
      {text === null ? (
        <p className="focus-view__empty">{t('coding.text.emptyLong')}</p>
      ) : (
        <RecordText text={text} hits={hits} segments={row.segments} />
      )}
      <SuggestionList suggestions={suggestions} codes={row.codes} hasText={text !== null} />
      <SegmentList segments={row.segments} />
      <RecordContext record={row.record} />
    </section>
  );
}

import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';
import { CodingGridRow } from './CodingGridRow';
import { useCoding, useCodingStore } from './coding-context';
import { FALLBACK_HEIGHT, HEADER_HEIGHT, renderedRange, ROW_HEIGHT, scrollToShow } from './grid-geometry';
import { rowAt } from './page-cache';

/**
 * One record per row, virtualised: only the rows in view (and a few around them) are in the DOM, placed
 * by their fixed height, and their pages are fetched as they come into view. The grid keeps the keyboard
 * focus; the active row is its `aria-activedescendant`.
 */
export function CodingGrid() {
  const t = useT(codingTexts);
  const gridId = useId();
  const store = useCodingStore();
  const ref = useRef<HTMLDivElement>(null);
  const cache = useCoding((state) => state.cache);
  const matching = useCoding((state) => state.matching);
  const active = useCoding((state) => state.active);
  const ensureRows = useCoding((state) => state.ensureRows);
  const [view, setView] = useState({ top: 0, height: FALLBACK_HEIGHT });
  const count = matching ?? 0;
  const { first, last } = renderedRange(view.top, view.height, count);

  const measure = () => {
    const element = ref.current;
    if (element) setView({ top: element.scrollTop, height: element.clientHeight || FALLBACK_HEIGHT });
  };

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    measure();
    // A grid that shows up while nothing has the focus takes it, so the coder can start with the keys at once.
    if (document.activeElement === document.body || document.activeElement === null)
      element.focus({ preventScroll: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => observer?.disconnect();
  }, []);

  useEffect(() => {
    ensureRows(first, last);
  }, [ensureRows, first, last, cache, matching]);

  // A new filter starts at the top.
  useEffect(() => {
    if (matching === null && ref.current) ref.current.scrollTop = 0;
  }, [matching]);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const target = scrollToShow(active, element.scrollTop, element.clientHeight || FALLBACK_HEIGHT);
    if (target !== null) {
      element.scrollTop = target;
      measure();
    }
  }, [active]);

  const rows = [];
  for (let index = first; index <= last; index++) {
    rows.push(
      <CodingGridRow
        key={index}
        gridId={gridId}
        index={index}
        row={rowAt(cache, index)}
        active={index === active}
        onActivate={() => {
          store.getState().setActive(index);
          ref.current?.focus({ preventScroll: true });
        }}
      />,
    );
  }
  const activeLoaded = rowAt(cache, active) !== null && active >= first && active <= last;

  return (
    <div
      ref={ref}
      className="coding-grid"
      role="grid"
      tabIndex={0}
      aria-label={t('coding.grid.label')}
      aria-rowcount={count + 1}
      aria-colcount={6}
      aria-activedescendant={activeLoaded ? `${gridId}-row-${active}` : undefined}
      aria-busy={matching === null}
      onScroll={measure}
    >
      <div className="coding-grid__head" role="rowgroup" style={{ height: HEADER_HEIGHT }}>
        <div className="coding-grid__row coding-grid__row--head" role="row" aria-rowindex={1}>
          <div role="columnheader">{t('coding.grid.id')}</div>
          <div role="columnheader">{t('coding.grid.area')}</div>
          <div role="columnheader">{t('coding.grid.text')}</div>
          <div role="columnheader">{t('coding.grid.conditions')}</div>
          <div role="columnheader">{t('coding.grid.subCodes')}</div>
          <div role="columnheader">{t('coding.grid.status')}</div>
        </div>
      </div>
      <div className="coding-grid__body" role="rowgroup" style={{ height: count * ROW_HEIGHT }}>
        {rows}
      </div>
    </div>
  );
}

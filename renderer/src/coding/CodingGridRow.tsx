import type { CodingRow } from '../../../shared/coding/coding-types';
import { useFormat, useLanguage, useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';
import { codeColor, codeLabel } from '../../../shared/codebook/code-label';
import { useCoding } from './coding-context';
import { ConditionChips } from './ConditionChips';
import { ROW_HEIGHT } from './grid-geometry';

export interface CodingGridRowProps {
  gridId: string;
  index: number;
  /** Null while its page is being fetched. */
  row: CodingRow | null;
  active: boolean;
  onActivate: () => void;
}

export function CodingGridRow({ gridId, index, row, active, onActivate }: CodingGridRowProps) {
  const t = useT(codingTexts);
  const format = useFormat();
  const language = useLanguage();
  const lineage = useCoding((state) => state.lineage);
  const codeWith = useCoding((state) => state.codeWith);
  const style = { top: index * ROW_HEIGHT, height: ROW_HEIGHT };
  const common = { role: 'row', 'aria-rowindex': index + 2, 'aria-selected': active, style } as const;
  if (!row) {
    return (
      <div {...common} className="coding-grid__row coding-grid__row--loading">
        <div role="gridcell" aria-colspan={6}>
          {t('coding.grid.loadingRow')}
        </div>
      </div>
    );
  }
  const subCodes = row.codes.flatMap((guid) => {
    const place = lineage.get(guid);
    return place && !place.code.conditionId ? [place] : [];
  });
  return (
    <div
      {...common}
      id={`${gridId}-row-${index}`}
      className={`coding-grid__row${active ? ' coding-grid__row--active' : ''}`}
      onClick={onActivate}
    >
      <div role="gridcell" className="coding-grid__id">
        {row.id}
      </div>
      <div role="gridcell" className="coding-grid__area">
        {row.area ?? ''}
      </div>
      <div role="gridcell" className="coding-grid__text">
        {row.text === null ? (
          <span className="coding-grid__empty-text">{t('coding.text.empty')}</span>
        ) : (
          <span className="coding-grid__clamp">{row.text}</span>
        )}
      </div>
      <div role="gridcell" className="coding-grid__chips">
        <ConditionChips
          codes={row.codes}
          onToggle={(guid) => {
            onActivate();
            codeWith(guid);
          }}
        />
      </div>
      <div role="gridcell" className="coding-grid__sub-codes">
        <span className="coding-grid__clamp">
          {subCodes.map((place, at) => (
            <span key={place.code.guid} className="sub-code-tag">
              <span
                className="sub-code-tag__mark"
                style={{ background: codeColor(place.code, place.condition) }}
                aria-hidden="true"
              />
              {codeLabel(place.code, language)}
              {at < subCodes.length - 1 ? ', ' : ''}
            </span>
          ))}
        </span>
      </div>
      <div role="gridcell" className="coding-grid__status">
        {row.coded ? (
          <span className="coding-status coding-status--coded">
            <span aria-hidden="true">✓ </span>
            {t('coding.status.coded')}
          </span>
        ) : (
          <span className="coding-status">{t('coding.status.uncoded')}</span>
        )}
        {row.segments.length > 0 && (
          <span className="coding-grid__segments">
            {t('coding.status.segments', { count: format.number(row.segments.length) })}
          </span>
        )}
      </div>
    </div>
  );
}

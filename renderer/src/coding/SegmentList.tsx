import type { Segment } from '../../../shared/coding/coding-types';
import { Button } from '../components/Button';
import { useLanguage, useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';
import { codeColor, codeLabel } from '../../../shared/codebook/code-label';
import { useCoding } from './coding-context';
import { focusGrid } from './grid-focus';

/** The coded segments of the record, in text order, each removable. */
export function SegmentList({ segments }: { segments: readonly Segment[] }) {
  const t = useT(codingTexts);
  const language = useLanguage();
  const lineage = useCoding((state) => state.lineage);
  const selection = useCoding((state) => state.selection);
  const removeSegment = useCoding((state) => state.removeSegment);
  return (
    <div className="segments">
      <h4 className="segments__title">{t('coding.segments.title')}</h4>
      {selection ? (
        <p className="segments__hint segments__hint--selection">{t('coding.segments.selection')}</p>
      ) : (
        segments.length === 0 && <p className="segments__hint muted">{t('coding.segments.hint')}</p>
      )}
      {segments.length > 0 && (
        <ul className="segments__list">
          {segments.map((segment) => {
            const place = lineage.get(segment.code);
            const label = place ? codeLabel(place.code, language) : segment.code;
            return (
              <li key={segment.id} className="segments__item">
                <span
                  className="segments__mark"
                  style={{ background: place ? codeColor(place.code, place.condition) : undefined }}
                  aria-hidden="true"
                />
                <span className="segments__code">{label}</span>
                <q className="segments__text">{segment.text}</q>
                <Button
                  variant="quiet"
                  onClick={(event) => {
                    focusGrid(event.currentTarget);
                    removeSegment(segment);
                  }}
                  aria-label={t('coding.segments.remove', { code: label, text: segment.text })}
                >
                  {t('coding.segments.removeShort')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

import { useEffect, useRef, type CSSProperties } from 'react';
import type { Segment } from '../../../shared/coding/coding-types';
import type { KeywordHit } from '../../../shared/coding/keyword-match';
import { useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';
import { codeColor } from '../../../shared/codebook/code-label';
import { useCoding } from './coding-context';
import { selectedSpan } from './selection-span';
import { textPieces } from './text-pieces';

/**
 * The record's text, large, with keyword hits marked and coded segments underlined in their code's colour.
 * Selecting part of it makes that part the selection a code key or button codes as a segment.
 */
export function RecordText({
  text,
  hits,
  segments,
}: {
  text: string;
  hits: readonly KeywordHit[];
  segments: readonly Segment[];
}) {
  const t = useT(codingTexts);
  const ref = useRef<HTMLParagraphElement>(null);
  const lineage = useCoding((state) => state.lineage);
  const setSelection = useCoding((state) => state.setSelection);

  useEffect(() => {
    const update = () => {
      const element = ref.current;
      setSelection(element ? selectedSpan(element, text) : null);
    };
    // A selection made in the previous record's text must not carry over to this one's.
    const selection = document.getSelection();
    if (ref.current && selection && selection.rangeCount > 0 && selection.getRangeAt(0).intersectsNode(ref.current))
      selection.removeAllRanges();
    update();
    document.addEventListener('selectionchange', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      setSelection(null);
    };
  }, [text, setSelection]);

  return (
    <p ref={ref} className="record-text" aria-label={t('coding.focus.text')}>
      {textPieces(text, hits, segments).map((piece) => {
        const segment = piece.segments[0];
        const place = segment ? lineage.get(segment.code) : undefined;
        const style = place
          ? ({ '--segment-color': codeColor(place.code, place.condition) } as CSSProperties)
          : undefined;
        const classes = [
          'record-text__piece',
          piece.hits.length > 0 && 'record-text__hit',
          segment && 'record-text__segment',
        ]
          .filter(Boolean)
          .join(' ');
        return piece.hits.length > 0 || segment ? (
          <mark key={piece.start} className={classes} style={style}>
            {piece.text}
          </mark>
        ) : (
          <span key={piece.start}>{piece.text}</span>
        );
      })}
    </p>
  );
}

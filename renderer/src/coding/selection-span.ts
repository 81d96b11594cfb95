import { codePointLength } from '../../../shared/coding/keyword-match';

/** A span of the focus view's text in Unicode code points from 0, as segments are stored. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The span the user selected within `element` (whose text content is `text`), or null when nothing of
 * it is selected. The DOM counts UTF-16 units; an emoji is two of those and one code point. Whitespace at
 * the edges of the selection is left out.
 */
export function selectedSpan(element: HTMLElement, text: string): TextSpan | null {
  const selection = element.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(element)) return null;
  const unitsBefore = (container: Node, offset: number) => {
    const before = element.ownerDocument.createRange();
    before.selectNodeContents(element);
    before.setEnd(container, offset);
    return before.toString().length;
  };
  const start = element.contains(range.startContainer) ? unitsBefore(range.startContainer, range.startOffset) : 0;
  const end = element.contains(range.endContainer) ? unitsBefore(range.endContainer, range.endOffset) : text.length;
  return codePointSpan(text, start, end);
}

/** UTF-16 offsets to code points, without the whitespace at either edge; null when only whitespace is left. */
export function codePointSpan(text: string, startUnit: number, endUnit: number): TextSpan | null {
  let from = startUnit;
  let to = endUnit;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (to <= from) return null;
  const start = codePointLength(text.slice(0, from));
  return { start, end: start + codePointLength(text.slice(from, to)) };
}

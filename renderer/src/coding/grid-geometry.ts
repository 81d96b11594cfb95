/** Every row of the grid is this tall, so the grid knows where any of 100,000 records sits without measuring. */
export const ROW_HEIGHT = 50;
/** The column headers, sticky at the top of the grid's scroll area. */
export const HEADER_HEIGHT = 44;
/** Rows rendered above and below the visible ones, so a quick scroll does not show blank rows. */
const OVERSCAN = 6;
/** The grid's height where the DOM has no layout to measure (jsdom). */
export const FALLBACK_HEIGHT = 480;

/** The grid positions to render for a scroll position: the visible rows and some on either side. */
export function renderedRange(scrollTop: number, height: number, count: number): { first: number; last: number } {
  const bodyHeight = Math.max(ROW_HEIGHT, height - HEADER_HEIGHT);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count - 1, Math.ceil((scrollTop + bodyHeight) / ROW_HEIGHT) + OVERSCAN);
  return { first, last };
}

/** The scroll position that shows the row at `index` whole, moving as little as possible; null when it shows already. */
export function scrollToShow(index: number, scrollTop: number, height: number): number | null {
  const top = index * ROW_HEIGHT;
  const bodyHeight = Math.max(ROW_HEIGHT, height - HEADER_HEIGHT);
  if (top < scrollTop) return top;
  if (top + ROW_HEIGHT > scrollTop + bodyHeight) return top + ROW_HEIGHT - bodyHeight;
  return null;
}

/** How many rows a page key moves: the rows that fit in the grid. */
export function rowsPerView(height: number): number {
  return Math.max(1, Math.floor((height - HEADER_HEIGHT) / ROW_HEIGHT));
}

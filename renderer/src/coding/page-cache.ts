import type { CodingRow } from '../../../shared/coding/coding-types';

/** Records fetched per `coding.page` call. */
export const PAGE_SIZE = 100;

/**
 * The grid's rows as fetched, page by page, for one filter. The grid keeps showing a record that a
 * coding took out of the filter (an uncoded record just coded), so the rows do not jump under the
 * coder; such rows are `left`, and pages fetched later ask the engine for an offset that many lower.
 */
export interface PageCache {
  pages: ReadonlyMap<number, readonly CodingRow[]>;
  /** Grid positions of the rows that no longer pass the filter. */
  left: ReadonlySet<number>;
}

/** A new empty cache each time: the grid fetches again when the cache it shows is replaced, even by an empty one. */
export function emptyCache(): PageCache {
  return { pages: new Map(), left: new Set() };
}

export function rowAt(cache: PageCache, index: number): CodingRow | null {
  return cache.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE] ?? null;
}

/** The pages that hold the grid positions `first` to `last`. */
export function pagesBetween(first: number, last: number): number[] {
  const pages: number[] = [];
  for (let page = Math.floor(Math.max(0, first) / PAGE_SIZE); page <= Math.floor(Math.max(0, last) / PAGE_SIZE); page++)
    pages.push(page);
  return pages;
}

/** Where a page starts in the engine's list now: the rows that left the filter before it are gone from that list. */
export function engineOffset(cache: PageCache, page: number): number {
  const start = page * PAGE_SIZE;
  let gone = 0;
  for (const index of cache.left) if (index < start) gone++;
  return start - gone;
}

export function withPage(cache: PageCache, page: number, rows: readonly CodingRow[]): PageCache {
  return { ...cache, pages: new Map(cache.pages).set(page, rows) };
}

/** The grid position of a record among the fetched rows, or -1. */
export function indexOfRecord(cache: PageCache, record: number): number {
  for (const [page, rows] of cache.pages) {
    const at = rows.findIndex((row) => row.record === record);
    if (at >= 0) return page * PAGE_SIZE + at;
  }
  return -1;
}

/** The cache with the row at a grid position replaced (a new coding of the same record). */
export function withRow(cache: PageCache, index: number, row: CodingRow): PageCache {
  const page = Math.floor(index / PAGE_SIZE);
  const rows = cache.pages.get(page);
  if (!rows) return cache;
  return {
    ...cache,
    pages: new Map(cache.pages).set(
      page,
      rows.map((candidate, at) => (at === index % PAGE_SIZE ? row : candidate)),
    ),
  };
}

/** The cache with the row at a grid position marked as in or out of the filter, by its coding as the engine holds it. */
export function withMembership(cache: PageCache, index: number, passes: boolean): PageCache {
  if (cache.left.has(index) === !passes) return cache;
  const left = new Set(cache.left);
  if (passes) left.delete(index);
  else left.add(index);
  return { ...cache, left };
}

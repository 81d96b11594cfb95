import type Database from 'better-sqlite3';
import type { CountGroup, GroupValue } from '../../shared/crosstab/build-crosstab';
import { quoteIdentifier } from '../db/quote-identifier';

/** A grouping column: a stored column as it is, or a number binned by its cut points. */
export interface Grouping {
  column: string;
  bins: number[] | null;
}

export interface CountRequest {
  table: string;
  rows: Grouping;
  cols: Grouping;
  layer: Grouping | null;
  /** The weight's column; null: every row counts 1. */
  weight: string | null;
  /** An area dataset's base column, summed per group where its threshold applies; null: not summed. */
  base: string | null;
}

/**
 * The bin index of a value, as SQL with the cut points as parameters (never written into the SQL).
 * Bins as BinsSchema defines them; NULL stays NULL, so missing values form a group of their own.
 */
function groupingSql(grouping: Grouping): { sql: string; parameters: number[] } {
  const column = quoteIdentifier(grouping.column);
  const cuts = grouping.bins;
  if (!cuts) return { sql: column, parameters: [] };
  const whens = cuts.map(
    (_, i) => `WHEN ${column} ${i === cuts.length - 1 && cuts.length > 1 ? '<=' : '<'} ? THEN ${i}`,
  );
  return { sql: `CASE WHEN ${column} IS NULL THEN NULL ${whens.join(' ')} ELSE ${cuts.length} END`, parameters: cuts };
}

/** Entries kept per connection: a cross-table's groups are small, a view toggles among few of them. */
const CACHE_ENTRIES = 32;

interface CountCache {
  /** The database's state the entries were counted in. */
  stamp: string;
  entries: Map<string, CountGroup[]>;
}

const caches = new WeakMap<Database.Database, CountCache>();

/**
 * Changes whenever any row of the project changes: `data_version` for commits by other connections (the
 * import workers), `total_changes()` for this connection's own. Cheap enough to ask on every call.
 */
function databaseStamp(db: Database.Database): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const changes = (db.prepare('SELECT total_changes() AS c').get() as { c: number }).c;
  return `${version}:${changes}`;
}

/**
 * Counts rows per combination of row, column and layer value with one GROUP BY over the dataset's table:
 * rows, rows with a usable weight (> 0) and the sum of those weights. Missing values come back as NULL
 * groups, so every missing-value choice is served by the same counts.
 *
 * The groups are cached per connection until any data in the project changes: switching a view between
 * missing-value modes, audiences, orders or languages, or exporting what is on screen, does not scan the
 * table again. Only labels and settings are applied afterwards, and those are read fresh on every call.
 */
export function countGroups(db: Database.Database, request: CountRequest): CountGroup[] {
  const key = JSON.stringify(request);
  const stamp = databaseStamp(db);
  let cache = caches.get(db);
  if (!cache || cache.stamp !== stamp) {
    cache = { stamp, entries: new Map() };
    caches.set(db, cache);
  }
  const cached = cache.entries.get(key);
  if (cached) {
    // Map order is insertion order: re-inserting makes this the most recently used.
    cache.entries.delete(key);
    cache.entries.set(key, cached);
    return cached;
  }
  const groups = runGroupBy(db, request);
  cache.entries.set(key, groups);
  if (cache.entries.size > CACHE_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
  return groups;
}

function runGroupBy(db: Database.Database, request: CountRequest): CountGroup[] {
  const rows = groupingSql(request.rows);
  const cols = groupingSql(request.cols);
  const layer = request.layer ? groupingSql(request.layer) : null;
  const weight =
    request.weight === null
      ? null
      : `CASE WHEN ${quoteIdentifier(request.weight)} > 0 THEN ${quoteIdentifier(request.weight)} END`;
  const base = request.base === null ? null : `TOTAL(${quoteIdentifier(request.base)})`;
  const select = [
    `${rows.sql} AS r`,
    `${cols.sql} AS c`,
    ...(layer ? [`${layer.sql} AS l`] : []),
    'COUNT(*) AS n',
    ...(weight ? [`COUNT(${weight})`, `TOTAL(${weight})`] : []),
    ...(base ? [base] : []),
  ];
  const sql = `SELECT ${select.join(', ')} FROM ${quoteIdentifier(request.table)} GROUP BY ${layer ? '1, 2, 3' : '1, 2'}`;
  const parameters = [...rows.parameters, ...cols.parameters, ...(layer?.parameters ?? [])];
  const result = db
    .prepare(sql)
    .raw(true)
    .all(...parameters) as GroupValue[][];
  const at = layer ? 1 : 0;
  return result.map((values) => {
    const n = values[2 + at] as number;
    return {
      row: values[0] ?? null,
      col: values[1] ?? null,
      layer: layer ? (values[2] ?? null) : null,
      rows: n,
      usable: weight ? (values[3 + at] as number) : n,
      weight: weight ? (values[4 + at] as number) : n,
      ...(base ? { base: values.at(-1) as number } : {}),
    };
  });
}

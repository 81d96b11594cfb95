import type Database from 'better-sqlite3';
import { quoteIdentifier } from '../db/quote-identifier';
import { TOP_VALUES, type ColumnSummary, type TopValue } from './column-statistics';

/**
 * A stored column's distinct values and most frequent ones, counted by SQL in one grouping pass: for
 * columns whose values were too many or too varied to count in memory during the import. The same
 * order as the counts in memory (most frequent first, ties by value) and values written as those
 * write them.
 */
export function countInSql(db: Database.Database, table: string, column: string): Pick<ColumnSummary, 'distinct' | 'top'> {
  const c = quoteIdentifier(column);
  const groups = db.prepare(`SELECT ${c}, COUNT(*) FROM ${quoteIdentifier(table)} WHERE ${c} IS NOT NULL GROUP BY ${c}`).raw();
  let distinct = 0;
  const top: TopValue[] = [];
  // Groups arrive in ascending order of value, so a tie never displaces the value already kept.
  for (const [value, count] of groups.iterate() as Iterable<[string | number, number]>) {
    distinct++;
    if (top.length === TOP_VALUES && count <= top[TOP_VALUES - 1]!.count) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.count < count) at--;
    top.splice(at, 0, { value: String(value), count });
    if (top.length > TOP_VALUES) top.pop();
  }
  return { distinct, top };
}

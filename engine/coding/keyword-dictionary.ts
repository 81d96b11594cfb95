import type Database from 'better-sqlite3';
import { defaultKeywords } from '../../shared/coding/default-keywords';
import { validPattern, type Keyword } from '../../shared/coding/keyword-match';
import type { KeywordDictionary } from '../../shared/coding/coding-types';
import type { ConditionId } from '../../shared/conditions';
import { raise } from '../../shared/contract/errors';
import { conditionGuids } from './coding-matrix';
import { assertCodable } from './record-coding';

/** The built-in dictionary with its conditions written as their codes' GUIDs, like every other code. */
function builtInEntries(db: Database.Database): { code: string; patterns: string[] }[] {
  const guids = conditionGuids(db);
  const known = db.prepare('SELECT 1 FROM codebook_code WHERE guid = ? AND codable = 1 AND archived = 0');
  const entries = new Map<string, string[]>();
  for (const entry of defaultKeywords) {
    const code = guids.get(entry.code as ConditionId) ?? entry.code;
    // A code archived (or never there) suggests nothing; the rest of the dictionary stays.
    if (!known.get(code)) continue;
    entries.set(code, [...(entries.get(code) ?? []), ...entry.patterns]);
  }
  return [...entries].map(([code, patterns]) => ({ code, patterns }));
}

export function keywordDictionary(db: Database.Database): KeywordDictionary {
  const rows = db
    .prepare(
      `SELECT k.code_guid, k.pattern FROM coding_keyword k JOIN codebook_code c ON c.guid = k.code_guid
        WHERE c.codable = 1 AND c.archived = 0 ORDER BY k.code_guid, k.pattern`,
    )
    .all() as { code_guid: string; pattern: string }[];
  const customised = Boolean(db.prepare('SELECT 1 FROM coding_keyword LIMIT 1').get());
  if (!customised) return { customised: false, entries: builtInEntries(db) };
  const entries = new Map<string, string[]>();
  for (const row of rows) entries.set(row.code_guid, [...(entries.get(row.code_guid) ?? []), row.pattern]);
  return { customised, entries: [...entries].map(([code, patterns]) => ({ code, patterns })) };
}

export function keywordList(db: Database.Database): Keyword[] {
  return keywordDictionary(db).entries.flatMap((entry) =>
    entry.patterns.map((pattern) => ({ codeGuid: entry.code, pattern })),
  );
}

/** Replaces one code's patterns; the first change copies the built-in dictionary into the project. */
export function setKeywords(db: Database.Database, entry: { code: string; patterns: string[] }): KeywordDictionary {
  assertCodable(db, [entry.code]);
  const patterns = [...new Set(entry.patterns.map((pattern) => pattern.toLowerCase()))];
  for (const pattern of patterns) if (!validPattern(pattern)) raise('keyword_invalid', { pattern });
  db.transaction(() => {
    const current = keywordDictionary(db);
    const insert = db.prepare('INSERT OR IGNORE INTO coding_keyword (code_guid, pattern) VALUES (?, ?)');
    if (!current.customised)
      for (const other of current.entries) for (const pattern of other.patterns) insert.run(other.code, pattern);
    db.prepare('DELETE FROM coding_keyword WHERE code_guid = ?').run(entry.code);
    for (const pattern of patterns) insert.run(entry.code, pattern);
  })();
  return keywordDictionary(db);
}

export function resetKeywords(db: Database.Database): KeywordDictionary {
  db.prepare('DELETE FROM coding_keyword').run();
  return keywordDictionary(db);
}

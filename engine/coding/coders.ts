import type Database from 'better-sqlite3';
import {
  CONSENSUS_CODER,
  SUGGESTIONS_CODER,
  type Coder,
  type CoderKind,
  type Coders,
} from '../../shared/coding/coding-types';
import { raise } from '../../shared/contract/errors';

const CURRENT_CODER = 'current_coder';

function reservedKind(name: string): CoderKind | null {
  const lower = name.toLowerCase();
  if (lower === SUGGESTIONS_CODER) return 'suggestions';
  if (lower === CONSENSUS_CODER) return 'consensus';
  return null;
}

export function listCoders(db: Database.Database): Coders {
  const coders = db.prepare('SELECT name, kind FROM coder ORDER BY kind, name COLLATE NOCASE').all() as Coder[];
  const current = db.prepare('SELECT value FROM project_setting WHERE key = ?').get(CURRENT_CODER) as
    { value: string } | undefined;
  return { coders, current: current?.value ?? null };
}

/** The coder's id; null for a name that has coded nothing yet (reading never makes a coder). */
export function findCoderId(db: Database.Database, name: string): number | null {
  const row = db.prepare('SELECT id FROM coder WHERE name = ?').get(name) as { id: number } | undefined;
  return row?.id ?? null;
}

/** The coder's id, made when `create` is set and the name is new (the two reserved names get their kind). */
export function coderId(db: Database.Database, name: string, create: boolean): number {
  const found = findCoderId(db, name);
  if (found !== null) return found;
  if (!create) raise('coder_not_found', { name });
  const kind = reservedKind(name) ?? 'person';
  const stored = kind === 'person' ? name : kind === 'suggestions' ? SUGGESTIONS_CODER : CONSENSUS_CODER;
  return Number(
    db
      .prepare('INSERT INTO coder (name, kind, created_at) VALUES (?, ?, ?)')
      .run(stored, kind, new Date().toISOString()).lastInsertRowid,
  );
}

/** The person who codes from now on; the auto-coder and the consensus are not people. */
export function setCurrentCoder(db: Database.Database, name: string): Coders {
  if (reservedKind(name)) raise('coder_reserved', { name });
  db.transaction(() => {
    coderId(db, name, true);
    const stored = (db.prepare('SELECT name FROM coder WHERE name = ?').get(name) as { name: string }).name;
    db.prepare(
      'INSERT INTO project_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(CURRENT_CODER, stored);
  })();
  return listCoders(db);
}

import type Database from 'better-sqlite3';
import type { Codebook, CodebookCode, CodebookSet } from '../../shared/codebook/codebook-types';
import { currentVersion } from './change-log';
import { childrenOf, loadCodes, type CodeIndex, type CodeRow } from './code-rows';

/** The codebook as a tree. Without `includeArchived`, archived codes are left out with everything under them. */
export function readCodebook(db: Database.Database, includeArchived: boolean): Codebook {
  const index = loadCodes(db);
  return { version: currentVersion(db), codes: codeTree(index, null, null, includeArchived), sets: readSets(db) };
}

function codeTree(
  index: CodeIndex,
  parent: string | null,
  parentColor: string | null,
  includeArchived: boolean,
): CodebookCode[] {
  return childrenOf(index, parent)
    .filter((row) => includeArchived || !row.archived)
    .map((row) => toCode(index, row, parentColor, includeArchived));
}

function toCode(index: CodeIndex, row: CodeRow, parentColor: string | null, includeArchived: boolean): CodebookCode {
  const effectiveColor = row.color ?? parentColor;
  return {
    guid: row.guid,
    conditionId: row.condition_id,
    label: { nl: row.label_nl, en: row.label_en },
    description: { nl: row.description_nl, en: row.description_en },
    color: row.color,
    effectiveColor,
    codable: row.codable === 1,
    archived: row.archived === 1,
    children: codeTree(index, row.guid, effectiveColor, includeArchived),
  };
}

function readSets(db: Database.Database): CodebookSet[] {
  const sets = db.prepare('SELECT guid, name, description FROM codebook_set ORDER BY position').all() as Omit<
    CodebookSet,
    'members'
  >[];
  const members = db
    .prepare('SELECT code_guid AS guid FROM codebook_set_member WHERE set_guid = ? ORDER BY position')
    .pluck();
  return sets.map((set) => ({ ...set, members: members.all(set.guid) as string[] }));
}

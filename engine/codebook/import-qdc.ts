import type Database from 'better-sqlite3';
import type { CodebookImportSummary, CodeSnapshot } from '../../shared/codebook/codebook-types';
import { raise } from '../../shared/contract/errors';
import type { LocalizedText } from '../../shared/contract/result';
import { inBothLanguages } from '../../shared/i18n/messages';
import { recordChange } from './change-log';
import {
  childrenOf,
  codeFields,
  compactPositions,
  fieldChanges,
  followParentColors,
  insertCodeSql,
  loadCodes,
  updateCodeSql,
  type CodeIndex,
  type CodeRow,
} from './code-rows';
import { parseDescription } from './qdc-description';
import { qdcTexts } from './qdc-texts';
import type { QdcCode, QdcCodebook, QdcSet } from './read-qdc';

interface Placed {
  code: QdcCode;
  /** The parent the file gives it; null at the file's top level. */
  fileParent: string | null;
}

function flatten(codes: QdcCode[], fileParent: string | null): Placed[] {
  return codes.flatMap((code) => [{ code, fileParent }, ...flatten(code.children, code.guid)]);
}

/**
 * Where a code of the file ends up. The file decides, except that the four conditions stay at the top,
 * and a code the file has at its top level keeps the parent it has here: programs that flatten the tree
 * do not pull the domains out of their condition.
 */
function targetParent(placed: Placed, row: CodeRow | undefined, warnings: LocalizedText[]): string | null {
  if (row?.condition_id) {
    if (placed.fileParent !== null) {
      warnings.push(inBothLanguages(qdcTexts, 'conditionStaysOnTop', { label: row.label_nl }));
    }
    return null;
  }
  if (row && placed.fileParent === null) return row.parent_guid;
  return placed.fileParent;
}

function refuseCycles(parents: Map<string, string | null>, placed: Placed[], file: string): void {
  for (const { code } of placed) {
    const seen = new Set<string>();
    for (let guid: string | null | undefined = code.guid; guid; guid = parents.get(guid)) {
      if (seen.has(guid)) raise('codebook_qdc_invalid', { file, problem: 'cycle', where: code.name });
      seen.add(guid);
    }
  }
}

/** The file's order among the codes it places under one parent; codes only this project has follow them. */
function applyFileOrder(db: Database.Database, placed: Placed[], parents: Map<string, string | null>): void {
  const index = loadCodes(db);
  const setPosition = db.prepare('UPDATE codebook_code SET position = ? WHERE guid = ?');
  for (const parent of new Set(placed.map((entry) => entry.fileParent))) {
    const fromFile = placed
      .filter(
        (entry) =>
          entry.fileParent === parent &&
          parents.get(entry.code.guid) === parent &&
          !index.byGuid.get(entry.code.guid)?.condition_id,
      )
      .map((entry) => entry.code.guid);
    const others = childrenOf(index, parent)
      .filter((row) => !row.condition_id && !fromFile.includes(row.guid))
      .map((row) => row.guid);
    [...fromFile, ...others].forEach((guid, position) => setPosition.run(position, guid));
  }
}

/** Codes whose order among the codes that were already under the same parent changed. */
function reordered(before: CodeIndex, after: CodeIndex): Set<string> {
  const moved = new Set<string>();
  for (const [parent, siblings] of after.children) {
    const stayed = (guid: string) =>
      before.byGuid.get(guid)?.parent_guid === parent && after.byGuid.get(guid)?.parent_guid === parent;
    const was = childrenOf(before, parent)
      .map((row) => row.guid)
      .filter(stayed);
    const now = siblings.map((row) => row.guid).filter(stayed);
    was.forEach((guid, place) => {
      if (now[place] !== guid) moved.add(guid);
    });
  }
  return moved;
}

function mergeSets(
  db: Database.Database,
  sets: QdcSet[],
  warnings: LocalizedText[],
): { added: number; updated: number } {
  let added = 0;
  let updated = 0;
  const known = new Set(db.prepare('SELECT guid FROM codebook_code').pluck().all() as string[]);
  const findSet = db.prepare('SELECT name, description FROM codebook_set WHERE guid = ?');
  const members = db.prepare('SELECT code_guid FROM codebook_set_member WHERE set_guid = ? ORDER BY position').pluck();
  const nextPosition = db.prepare('SELECT COALESCE(MAX(position), -1) + 1 FROM codebook_set').pluck();
  const insertSet = db.prepare('INSERT INTO codebook_set (guid, name, description, position) VALUES (?, ?, ?, ?)');
  const updateSet = db.prepare('UPDATE codebook_set SET name = ?, description = ? WHERE guid = ?');
  const clearMembers = db.prepare('DELETE FROM codebook_set_member WHERE set_guid = ?');
  const addMember = db.prepare(
    'INSERT OR IGNORE INTO codebook_set_member (set_guid, code_guid, position) VALUES (?, ?, ?)',
  );
  for (const set of sets) {
    const present = set.members.filter((guid) => known.has(guid));
    if (present.length < set.members.length) {
      warnings.push(
        inBothLanguages(qdcTexts, 'membersNotFound', {
          name: set.name,
          count: set.members.length - present.length,
        }),
      );
    }
    const current = findSet.get(set.guid) as { name: string; description: string | null } | undefined;
    if (!current) {
      insertSet.run(set.guid, set.name, set.description, nextPosition.get());
      added += 1;
    } else {
      const same =
        current.name === set.name &&
        current.description === set.description &&
        JSON.stringify(members.all(set.guid)) === JSON.stringify(present);
      if (same) continue;
      updateSet.run(set.name, set.description, set.guid);
      updated += 1;
    }
    clearMembers.run(set.guid);
    present.forEach((guid, position) => addMember.run(set.guid, guid, position));
  }
  return { added, updated };
}

/**
 * Merges a read `.qdc` codebook into the project in one transaction, by GUID: a code the project has is
 * updated to the file's name, description, colour and place; a new one is added under its parent. Codes
 * only the project has are left as they are. Records one version when anything changed.
 */
export function mergeQdc(
  db: Database.Database,
  qdc: QdcCodebook,
  file: string,
  coder: string | null,
): Omit<CodebookImportSummary, 'codebook'> {
  return db.transaction(() => {
    const before = loadCodes(db);
    const warnings = [...qdc.warnings];
    const placed = flatten(qdc.codes, null);

    const parents = new Map<string, string | null>(
      [...before.byGuid.values()].map((row) => [row.guid, row.parent_guid]),
    );
    for (const entry of placed)
      parents.set(entry.code.guid, targetParent(entry, before.byGuid.get(entry.code.guid), warnings));
    refuseCycles(parents, placed, file);

    const insert = db.prepare(insertCodeSql);
    const update = db.prepare(updateCodeSql);
    placed.forEach(({ code }, order) => {
      const parent = parents.get(code.guid) ?? null;
      const text = parseDescription(code.description);
      const current = before.byGuid.get(code.guid);
      const next: CodeRow = {
        guid: code.guid,
        parent_guid: parent,
        // Appended for now; the file's order is applied below.
        position: current && current.parent_guid === parent ? current.position : 1_000_000 + order,
        condition_id: current?.condition_id ?? null,
        label_nl: code.name,
        // Without an [EN] paragraph the file says nothing about the English texts, so they stay.
        label_en: text.english ? text.english.labelEn : (current?.label_en ?? null),
        description_nl: text.descriptionNl,
        description_en: text.english ? text.english.descriptionEn : (current?.description_en ?? null),
        color: code.color,
        codable: code.codable ? 1 : 0,
        archived: current?.archived ?? 0,
      };
      if (next.condition_id && current) {
        // The conditions keep their colour everywhere in the Werkbank, and are always codable.
        if (code.color !== null && code.color !== current.color) {
          warnings.push(
            inBothLanguages(qdcTexts, 'conditionKeepsColour', {
              label: current.label_nl,
              colour: current.color ?? '',
              fileColour: code.color,
            }),
          );
        }
        next.color = current.color;
        next.codable = 1;
      }
      if (current) update.run(next);
      else insert.run(next);
    });
    applyFileOrder(db, placed, parents);
    compactPositions(db);
    followParentColors(db);
    const sets = mergeSets(db, qdc.sets, warnings);

    const after = loadCodes(db);
    const moved = reordered(before, after);
    const added: CodeSnapshot[] = [];
    const was: CodeSnapshot[] = [];
    const now: CodeSnapshot[] = [];
    for (const row of after.byGuid.values()) {
      const old = before.byGuid.get(row.guid);
      if (!old) {
        added.push({ guid: row.guid, ...codeFields(row) });
        continue;
      }
      const changes = fieldChanges(codeFields(old), codeFields(row));
      // A code pushed down by a new sibling has another position but the same place among the others.
      if (changes && changes.after.parent === undefined && !moved.has(row.guid)) {
        delete changes.before.position;
        delete changes.after.position;
      }
      if (!changes || Object.keys(changes.after).length === 0) continue;
      was.push({ guid: row.guid, ...changes.before });
      now.push({ guid: row.guid, ...changes.after });
    }
    const fromFile = new Set(placed.map((entry) => entry.code.guid));
    const changedFromFile = now.filter((snapshot) => fromFile.has(snapshot.guid)).length;
    if (added.length + now.length + sets.added + sets.updated > 0) {
      recordChange(db, {
        kind: 'import',
        guid: null,
        label: null,
        coder,
        before: { codes: was },
        after: { file, codes: [...added, ...now], setsAdded: sets.added, setsUpdated: sets.updated },
      });
    }
    return {
      file,
      origin: qdc.origin,
      added: added.length,
      updated: now.length,
      unchanged: placed.length - added.length - changedFromFile,
      setsAdded: sets.added,
      setsUpdated: sets.updated,
      warnings,
    };
  })();
}

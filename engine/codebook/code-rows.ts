import type Database from 'better-sqlite3';
import { conditionIds, type ConditionId } from '../../shared/conditions';
import type { CodeFields } from '../../shared/codebook/codebook-types';

/** A row of `codebook_code`. */
export interface CodeRow {
  guid: string;
  parent_guid: string | null;
  position: number;
  condition_id: ConditionId | null;
  label_nl: string;
  label_en: string | null;
  description_nl: string | null;
  description_en: string | null;
  color: string | null;
  codable: 0 | 1;
  archived: 0 | 1;
}

/** All codes by GUID, with each parent's children in their order (the top level under `null`). */
export interface CodeIndex {
  byGuid: Map<string, CodeRow>;
  children: Map<string | null, CodeRow[]>;
}

/** The top level shows the conditions first, in their fixed order, then any other top-level codes. */
function siblingOrder(a: CodeRow, b: CodeRow): number {
  const rank = (row: CodeRow) => (row.condition_id ? conditionIds.indexOf(row.condition_id) : conditionIds.length);
  return rank(a) - rank(b) || a.position - b.position;
}

export function loadCodes(db: Database.Database): CodeIndex {
  const rows = db.prepare('SELECT * FROM codebook_code').all() as CodeRow[];
  const byGuid = new Map(rows.map((row) => [row.guid, row]));
  const children = new Map<string | null, CodeRow[]>();
  for (const row of rows) {
    const siblings = children.get(row.parent_guid) ?? [];
    siblings.push(row);
    children.set(row.parent_guid, siblings);
  }
  for (const siblings of children.values()) siblings.sort(siblingOrder);
  return { byGuid, children };
}

export function childrenOf(index: CodeIndex, parent: string | null): CodeRow[] {
  return index.children.get(parent) ?? [];
}

/** The code's own colour, else the nearest ancestor's. */
export function effectiveColor(index: CodeIndex, guid: string | null): string | null {
  for (
    let row = guid === null ? undefined : index.byGuid.get(guid);
    row;
    row = row.parent_guid === null ? undefined : index.byGuid.get(row.parent_guid)
  ) {
    if (row.color) return row.color;
  }
  return null;
}

/** The code itself or its nearest ancestor that is archived: what hides it. */
export function archivedAncestorOrSelf(index: CodeIndex, guid: string): CodeRow | null {
  for (
    let row = index.byGuid.get(guid);
    row;
    row = row.parent_guid === null ? undefined : index.byGuid.get(row.parent_guid)
  ) {
    if (row.archived) return row;
  }
  return null;
}

/** Whether `guid` is `ancestor` or lies under it. */
export function isWithin(index: CodeIndex, guid: string, ancestor: string): boolean {
  for (
    let row = index.byGuid.get(guid);
    row;
    row = row.parent_guid === null ? undefined : index.byGuid.get(row.parent_guid)
  ) {
    if (row.guid === ancestor) return true;
  }
  return false;
}

export function codeFields(row: CodeRow): CodeFields {
  return {
    nl: row.label_nl,
    en: row.label_en,
    descriptionNl: row.description_nl,
    descriptionEn: row.description_en,
    color: row.color,
    parent: row.parent_guid,
    position: row.position,
    codable: row.codable === 1,
    archived: row.archived === 1,
  };
}

/** The fields that differ, as they were and as they became. */
export function fieldChanges(
  before: CodeFields,
  after: CodeFields,
): { before: Partial<CodeFields>; after: Partial<CodeFields> } | null {
  const was: Partial<Record<keyof CodeFields, unknown>> = {};
  const now: Partial<Record<keyof CodeFields, unknown>> = {};
  for (const key of Object.keys(after) as (keyof CodeFields)[]) {
    if (before[key] === after[key]) continue;
    was[key] = before[key];
    now[key] = after[key];
  }
  return Object.keys(now).length === 0
    ? null
    : { before: was as Partial<CodeFields>, after: now as Partial<CodeFields> };
}

/**
 * A code whose own colour is its parent's colour follows its parent from then on. REFI-QDA has no way to
 * say "the parent's colour", so exports write the colour every code shows and imports read a child in its
 * parent's colour as following it; applying the same rule to every change keeps export → import exact.
 */
export function followParentColors(db: Database.Database): void {
  const index = loadCodes(db);
  const clear = db.prepare('UPDATE codebook_code SET color = NULL WHERE guid = ?');
  const visit = (parent: string | null, parentColor: string | null) => {
    for (const row of childrenOf(index, parent)) {
      if (row.color !== null && row.color === parentColor && row.condition_id === null) {
        clear.run(row.guid);
        row.color = null;
      }
      visit(row.guid, row.color ?? parentColor);
    }
  };
  visit(null, null);
}

/** Numbers every parent's children 0, 1, 2, … in their order; at the top level the conditions come first. */
export function compactPositions(db: Database.Database): void {
  const index = loadCodes(db);
  const setPosition = db.prepare('UPDATE codebook_code SET position = ? WHERE guid = ? AND position <> ?');
  for (const siblings of index.children.values()) {
    siblings.forEach((row, position) => setPosition.run(position, row.guid, position));
  }
}

export const insertCodeSql = `INSERT INTO codebook_code
  (guid, parent_guid, position, condition_id, label_nl, label_en, description_nl, description_en, color, codable, archived)
  VALUES (@guid, @parent_guid, @position, @condition_id, @label_nl, @label_en, @description_nl, @description_en, @color, @codable, @archived)`;

export const updateCodeSql = `UPDATE codebook_code SET parent_guid = @parent_guid, position = @position, label_nl = @label_nl,
  label_en = @label_en, description_nl = @description_nl, description_en = @description_en, color = @color,
  codable = @codable, archived = @archived WHERE guid = @guid`;

import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type {
  AddCodeRequest,
  ArchiveCodeRequest,
  CodeChangeKind,
  CodeFields,
  MoveCodeRequest,
  UpdateCodeRequest,
} from '../../shared/codebook/codebook-types';
import { normaliseColor, palette } from '../../shared/codebook/palette';
import { raise } from '../../shared/contract/errors';
import { recordChange } from './change-log';
import {
  archivedAncestorOrSelf,
  childrenOf,
  codeFields,
  compactPositions,
  effectiveColor,
  fieldChanges,
  followParentColors,
  insertCodeSql,
  isWithin,
  loadCodes,
  updateCodeSql,
  type CodeIndex,
  type CodeRow,
} from './code-rows';

/*
 * Every edit is one transaction that changes the codes and records one version in the change log, so the
 * history holds exactly the changes that took effect. An edit that changes nothing records nothing.
 */

function existing(index: CodeIndex, guid: string): CodeRow {
  return index.byGuid.get(guid) ?? raise('codebook_code_not_found', { guid });
}

/** Only palette colours may be chosen; a code keeps a colour it already has (one imported from another tool). */
function chosenColor(requested: string, current: string | null): string {
  const color = normaliseColor(requested);
  if (color !== null && color === current) return color;
  if (color === null || !palette.some((entry) => entry.hex === color)) {
    const names = (language: 'nl' | 'en') =>
      palette.map((entry) => `${entry.name[language]} (${entry.hex})`).join(', ');
    raise('codebook_color_not_in_palette', { color: requested, paletteNl: names('nl'), paletteEn: names('en') });
  }
  return color;
}

function refuseArchivedParent(index: CodeIndex, parent: string): void {
  const archived = archivedAncestorOrSelf(index, parent);
  if (archived) raise('codebook_parent_archived', { label: archived.label_nl });
}

function writeRow(db: Database.Database, row: CodeRow): void {
  db.prepare(updateCodeSql).run(row);
}

/** The row as stored after the colour rule ran: the fields a change record must show as they became. */
function reread(db: Database.Database, guid: string): CodeRow {
  return existing(loadCodes(db), guid);
}

/** `guid`: keep the GUID a code has elsewhere (a coder's project being merged), so it is recognised next time. */
export function addCode(db: Database.Database, request: AddCodeRequest, guid: string = randomUUID()): string {
  return db.transaction(() => {
    const index = loadCodes(db);
    existing(index, request.parent);
    refuseArchivedParent(index, request.parent);
    const color = request.color === null ? null : chosenColor(request.color, null);
    db.prepare(insertCodeSql).run({
      guid,
      parent_guid: request.parent,
      position: childrenOf(index, request.parent).length,
      condition_id: null,
      label_nl: request.nl,
      label_en: request.en,
      description_nl: request.descriptionNl,
      description_en: request.descriptionEn,
      color,
      codable: 1,
      archived: 0,
    });
    followParentColors(db);
    const added = reread(db, guid);
    recordChange(db, {
      kind: 'add',
      guid,
      label: added.label_nl,
      coder: request.coder,
      before: null,
      after: codeFields(added),
    });
    return guid;
  })();
}

/** What an update is called in the history: by the kind of field it changed, or `update` for several kinds. */
function updateKind(changed: Partial<CodeFields>): CodeChangeKind {
  const kinds = new Set(
    Object.keys(changed).map((key) => {
      if (key === 'nl' || key === 'en') return 'rename';
      if (key === 'descriptionNl' || key === 'descriptionEn') return 'describe';
      return 'recolour';
    }),
  );
  return kinds.size === 1 ? ([...kinds][0] as CodeChangeKind) : 'update';
}

export function updateCode(db: Database.Database, request: UpdateCodeRequest): void {
  db.transaction(() => {
    const index = loadCodes(db);
    const row = existing(index, request.guid);
    const before = codeFields(row);
    let color = row.color;
    if (request.color !== undefined) {
      const requested = request.color === null ? null : normaliseColor(request.color);
      const unchanged = requested === (row.color ?? effectiveColor(index, row.parent_guid));
      if (row.condition_id && !unchanged)
        raise('codebook_condition_fixed', { label: row.label_nl, action: 'recolour' });
      if (!unchanged) color = request.color === null ? null : chosenColor(request.color, row.color);
    }
    writeRow(db, {
      ...row,
      label_nl: request.nl ?? row.label_nl,
      label_en: request.en === undefined ? row.label_en : request.en,
      description_nl: request.descriptionNl === undefined ? row.description_nl : request.descriptionNl,
      description_en: request.descriptionEn === undefined ? row.description_en : request.descriptionEn,
      color,
    });
    followParentColors(db);
    const after = reread(db, row.guid);
    const changes = fieldChanges(before, codeFields(after));
    // A colour that was already the one shown (the parent's) is no change either.
    if (!changes) return;
    recordChange(db, {
      kind: updateKind(changes.after),
      guid: row.guid,
      label: after.label_nl,
      coder: request.coder,
      ...changes,
    });
  })();
}

/**
 * `position` counts the new parent's children as `codebook.get` lists them with archived codes, so at the
 * top level the four conditions come first and other codes cannot go before them.
 */
export function moveCode(db: Database.Database, request: MoveCodeRequest): void {
  db.transaction(() => {
    const index = loadCodes(db);
    const row = existing(index, request.guid);
    if (row.condition_id) raise('codebook_condition_fixed', { label: row.label_nl, action: 'move' });
    const parent = request.parent === undefined ? row.parent_guid : request.parent;
    if (parent !== null) {
      const target = existing(index, parent);
      if (isWithin(index, parent, row.guid))
        raise('codebook_move_into_itself', { label: row.label_nl, target: target.label_nl });
      refuseArchivedParent(index, parent);
    }
    const siblings = childrenOf(index, parent).filter((sibling) => sibling.guid !== row.guid);
    const first = siblings.findIndex((sibling) => sibling.condition_id === null);
    const fixed = first < 0 ? siblings.length : first;
    const position = Math.min(Math.max(request.position, fixed), siblings.length);
    siblings.splice(position, 0, row);
    const before = codeFields(row);
    const setPlace = db.prepare('UPDATE codebook_code SET parent_guid = ?, position = ? WHERE guid = ?');
    siblings.forEach((sibling, place) => setPlace.run(parent, place, sibling.guid));
    compactPositions(db);
    followParentColors(db);
    const changes = fieldChanges(before, codeFields(reread(db, row.guid)));
    if (!changes) return;
    recordChange(db, { kind: 'move', guid: row.guid, label: row.label_nl, coder: request.coder, ...changes });
  })();
}

export function archiveCode(db: Database.Database, request: ArchiveCodeRequest): void {
  db.transaction(() => {
    const row = existing(loadCodes(db), request.guid);
    if (row.condition_id) raise('codebook_condition_fixed', { label: row.label_nl, action: 'archive' });
    if (Boolean(row.archived) === request.archived) return;
    db.prepare('UPDATE codebook_code SET archived = ? WHERE guid = ?').run(request.archived ? 1 : 0, row.guid);
    recordChange(db, {
      kind: request.archived ? 'archive' : 'unarchive',
      guid: row.guid,
      label: row.label_nl,
      coder: request.coder,
      before: { archived: !request.archived },
      after: { archived: request.archived },
    });
  })();
}

import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { raise } from '../../shared/contract/errors';
import type {
  AddStepSchema,
  CreateSessionSchema,
  MoveStepSchema,
  SetEstimateSchema,
  SetOrganisationsSchema,
  StepRefSchema,
  UpdateSessionSchema,
  UpdateStepSchema,
} from '../../shared/session/session-types';
import { datasetId } from '../datasets/list-variables';
import { copySessionRows, parseAreas, readSessionRows, restoreSessionRows, type SessionRows } from './session-rows';

/** How many edits of one session can be undone. */
export const UNDO_DEPTH = 200;

const now = () => new Date().toISOString();

/**
 * One edit of a session: a snapshot of the session's own rows is pushed on its undo stack, the change is
 * made and the session marked updated, all in one transaction, so a refused edit changes nothing.
 */
export function editSession(db: Database.Database, session: number, change: (before: SessionRows) => void): void {
  db.transaction(() => {
    const before = readSessionRows(db, session);
    change(before);
    db.prepare('INSERT INTO session_undo (session_id, snapshot) VALUES (?, ?)').run(session, JSON.stringify(before));
    db.prepare(
      `DELETE FROM session_undo WHERE session_id = ? AND id NOT IN
         (SELECT id FROM session_undo WHERE session_id = ? ORDER BY id DESC LIMIT ?)`,
    ).run(session, session, UNDO_DEPTH);
    db.prepare('UPDATE session SET updated_at = ? WHERE id = ?').run(now(), session);
  })();
}

/** The datasets named exist, and the areas occur in the figures dataset when there is one. */
function checkSources(
  db: Database.Database,
  areas: string[],
  figuresDataset: string | null,
  wordsDataset: string | null,
): void {
  // Figures and words are per area: a dataset without an area column could show neither.
  const withAreas = (name: string) => {
    const id = datasetId(db, name);
    if (!db.prepare("SELECT 1 FROM variable WHERE dataset_id = ? AND role = 'area_code'").get(id))
      raise('no_area_column', { dataset: name });
    return id;
  };
  if (wordsDataset !== null) withAreas(wordsDataset);
  if (figuresDataset === null) return;
  const known = new Set(
    (
      db.prepare('SELECT code FROM dataset_area WHERE dataset_id = ?').all(withAreas(figuresDataset)) as {
        code: string;
      }[]
    ).map((row) => row.code),
  );
  const unknown = areas.find((area) => !known.has(area));
  if (unknown !== undefined) raise('session_area_unknown', { area: unknown, dataset: figuresDataset });
}

const unique = (areas: string[]) => [...new Set(areas)];

export function createSession(db: Database.Database, request: z.output<typeof CreateSessionSchema>): number {
  const areas = unique(request.areas);
  checkSources(db, areas, request.figuresDataset, request.wordsDataset);
  const at = now();
  return Number(
    db
      .prepare(
        `INSERT INTO session (title, date, question, areas, figures_dataset, words_dataset, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        request.title,
        request.date,
        request.question,
        JSON.stringify(areas),
        request.figuresDataset,
        request.wordsDataset,
        at,
        at,
      ).lastInsertRowid,
  );
}

export function updateSession(db: Database.Database, request: z.output<typeof UpdateSessionSchema>): void {
  editSession(db, request.session, ({ session, steps }) => {
    const areas = request.areas === undefined ? parseAreas(session.areas) : unique(request.areas);
    // A step showing an area no longer in focus would have nothing to show, and say so wrongly.
    for (const area of new Set(
      steps.flatMap((step) => (step.area !== null && !areas.includes(step.area) ? [step.area] : [])),
    ))
      raise('session_area_in_use', { area, steps: steps.filter((step) => step.area === area).length });
    const figures = request.figuresDataset === undefined ? session.figures_dataset : request.figuresDataset;
    const words = request.wordsDataset === undefined ? session.words_dataset : request.wordsDataset;
    checkSources(db, areas, figures, words);
    db.prepare(
      `UPDATE session SET title = ?, date = ?, question = ?, areas = ?, figures_dataset = ?, words_dataset = ?
       WHERE id = ?`,
    ).run(
      request.title ?? session.title,
      request.date ?? session.date,
      request.question ?? session.question,
      JSON.stringify(areas),
      figures,
      words,
      session.id,
    );
  });
}

/** A new session with the same set-up (organisations, agenda, approved quotes); estimates, notes and actions stay. */
export function duplicateSession(db: Database.Database, session: number, title: (original: string) => string): number {
  return db.transaction(() => {
    const rows = readSessionRows(db, session);
    return copySessionRows(db, rows, title(rows.session.title), now());
  })();
}

export function deleteSession(db: Database.Database, session: number): void {
  if (db.prepare('DELETE FROM session WHERE id = ?').run(session).changes === 0)
    raise('session_not_found', { session });
}

/** Takes back the session's last edit: its rows become the snapshot taken before it. */
export function undoSession(db: Database.Database, session: number): void {
  db.transaction(() => {
    readSessionRows(db, session);
    const last = db
      .prepare('SELECT id, snapshot FROM session_undo WHERE session_id = ? ORDER BY id DESC LIMIT 1')
      .get(session) as { id: number; snapshot: string } | undefined;
    if (!last) raise('session_nothing_to_undo');
    restoreSessionRows(db, JSON.parse(last.snapshot) as SessionRows);
    db.prepare('DELETE FROM session_undo WHERE id = ?').run(last.id);
  })();
}

/**
 * The session's organisations become this list, in this order: a listed id keeps its organisation (and its
 * estimates), a new one is added, and one left out is removed with its estimates.
 */
export function setOrganisations(db: Database.Database, request: z.output<typeof SetOrganisationsSchema>): void {
  editSession(db, request.session, ({ organisations }) => {
    const seen = new Set<string>();
    for (const { name } of request.organisations) {
      const key = name.toLocaleLowerCase('nl');
      if (seen.has(key)) raise('session_organisation_twice', { name });
      seen.add(key);
    }
    const known = new Set(organisations.map((o) => o.id));
    const kept = new Set<number>();
    for (const { id } of request.organisations) {
      if (id === undefined) continue;
      if (!known.has(id)) raise('session_organisation_not_found', { organisation: id });
      kept.add(id);
    }
    for (const { id } of organisations)
      if (!kept.has(id)) db.prepare('DELETE FROM session_organisation WHERE id = ?').run(id);
    request.organisations.forEach((organisation, position) => {
      if (organisation.id === undefined)
        db.prepare('INSERT INTO session_organisation (session_id, position, name, role) VALUES (?, ?, ?, ?)').run(
          request.session,
          position,
          organisation.name,
          organisation.role,
        );
      else
        db.prepare('UPDATE session_organisation SET position = ?, name = ?, role = ? WHERE id = ?').run(
          position,
          organisation.name,
          organisation.role,
          organisation.id,
        );
    });
  });
}

function checkStepArea(rows: SessionRows, area: string | null | undefined): void {
  if (area === null || area === undefined) return;
  const areas = parseAreas(rows.session.areas);
  if (!areas.includes(area)) raise('session_area_not_in_focus', { area, areas: areas.join(', ') });
}

function renumber(db: Database.Database, ids: number[]): void {
  ids.forEach((id, position) => db.prepare('UPDATE session_step SET position = ? WHERE id = ?').run(position, id));
}

/** Adds a step at `at` (default: the end); answers the new step's id. */
export function addStep(db: Database.Database, request: z.output<typeof AddStepSchema>): number {
  let added = 0;
  editSession(db, request.session, (rows) => {
    checkStepArea(rows, request.area);
    if (request.kind === 'crosstab' && !request.crosstab) raise('session_crosstab_missing');
    const count = rows.steps.length;
    const at = request.at ?? count;
    if (at > count) raise('session_position_out_of_range', { to: at, count: count + 1 });
    added = Number(
      db
        .prepare(
          `INSERT INTO session_step (session_id, position, kind, title, area, text, crosstab)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          request.session,
          count,
          request.kind,
          request.title ?? '',
          request.area ?? null,
          request.text ?? '',
          request.crosstab ? JSON.stringify(request.crosstab) : null,
        ).lastInsertRowid,
    );
    const order = rows.steps.map((step) => step.id);
    order.splice(at, 0, added);
    renumber(db, order);
  });
  return added;
}

function findStep(rows: SessionRows, step: number) {
  return (
    rows.steps.find((row) => row.id === step) ?? raise('session_step_not_found', { session: rows.session.id, step })
  );
}

export function updateStep(db: Database.Database, request: z.output<typeof UpdateStepSchema>): void {
  editSession(db, request.session, (rows) => {
    const step = findStep(rows, request.step);
    checkStepArea(rows, request.area);
    const crosstab = request.crosstab === undefined ? step.crosstab : JSON.stringify(request.crosstab);
    if (step.kind === 'crosstab' && crosstab === null) raise('session_crosstab_missing');
    db.prepare(
      `UPDATE session_step SET title = ?, area = ?, text = ?, crosstab = ?, notes = ?, actions = ?, notes_on_projector = ?
       WHERE id = ?`,
    ).run(
      request.title ?? step.title,
      request.area === undefined ? step.area : request.area,
      request.text ?? step.text,
      crosstab,
      request.notes ?? step.notes,
      request.actions === undefined ? step.actions : JSON.stringify(request.actions),
      request.notesOnProjector === undefined ? step.notes_on_projector : request.notesOnProjector ? 1 : 0,
      step.id,
    );
  });
}

export function moveStep(db: Database.Database, request: z.output<typeof MoveStepSchema>): void {
  editSession(db, request.session, (rows) => {
    findStep(rows, request.step);
    const order = rows.steps.map((step) => step.id).filter((id) => id !== request.step);
    if (request.to > order.length) raise('session_position_out_of_range', { to: request.to, count: rows.steps.length });
    order.splice(request.to, 0, request.step);
    renumber(db, order);
  });
}

export function removeStep(db: Database.Database, request: z.output<typeof StepRefSchema>): void {
  editSession(db, request.session, (rows) => {
    findStep(rows, request.step);
    db.prepare('DELETE FROM session_step WHERE id = ?').run(request.step);
    renumber(
      db,
      rows.steps.map((step) => step.id).filter((id) => id !== request.step),
    );
  });
}

/** Sets (or with `estimate` null removes) one organisation's estimate for an area in focus and a condition. */
export function setEstimate(db: Database.Database, request: z.output<typeof SetEstimateSchema>): void {
  editSession(db, request.session, (rows) => {
    if (!rows.organisations.some((o) => o.id === request.organisation))
      raise('session_organisation_not_found', { organisation: request.organisation });
    checkStepArea(rows, request.area);
    const key = [request.session, request.organisation, request.area, request.condition];
    if (request.estimate === null) {
      db.prepare(
        'DELETE FROM session_estimate WHERE session_id = ? AND organisation_id = ? AND area = ? AND condition_id = ?',
      ).run(...key);
      return;
    }
    db.prepare(
      `INSERT INTO session_estimate (session_id, organisation_id, area, condition_id, estimate, why, entered_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (session_id, organisation_id, area, condition_id)
       DO UPDATE SET estimate = excluded.estimate, why = excluded.why, entered_at = excluded.entered_at`,
    ).run(...key, request.estimate, request.why, now());
  });
}

import type Database from 'better-sqlite3';
import type { ConditionId } from '../../shared/conditions';
import { raise } from '../../shared/contract/errors';
import type {
  ActionItem,
  ApprovedQuote,
  Organisation,
  PartnerEstimate,
  Session,
  SessionStep,
  SessionSummary,
} from '../../shared/session/session-types';

/** The session's own rows as stored: what an undo snapshot holds (docs/ARCHITECTURE.md §1, sessions). */
export interface SessionRows {
  session: SessionRow;
  organisations: OrganisationRow[];
  steps: StepRow[];
  estimates: EstimateRow[];
  quotes: QuoteRow[];
}

interface SessionRow {
  id: number;
  title: string;
  date: string;
  question: string;
  areas: string;
  figures_dataset: string | null;
  words_dataset: string | null;
  created_at: string;
  updated_at: string;
}
interface OrganisationRow {
  id: number;
  session_id: number;
  position: number;
  name: string;
  role: string;
}
export interface StepRow {
  id: number;
  session_id: number;
  position: number;
  kind: SessionStep['kind'];
  title: string;
  area: string | null;
  text: string;
  crosstab: string | null;
  notes: string;
  actions: string;
  notes_on_projector: 0 | 1;
}
interface EstimateRow {
  session_id: number;
  organisation_id: number;
  area: string;
  condition_id: ConditionId;
  estimate: number;
  why: string;
  entered_at: string;
}
interface QuoteRow {
  session_id: number;
  dataset: string;
  record: string;
  condition_id: ConditionId;
  area: string;
  text: string;
}

const childTables = {
  organisations: 'session_organisation',
  steps: 'session_step',
  estimates: 'session_estimate',
  quotes: 'session_quote',
} as const;
const childOrder = {
  organisations: 'position',
  steps: 'position',
  estimates: 'organisation_id, area, condition_id',
  quotes: 'dataset, CAST(record AS INTEGER), record, condition_id',
} as const;

export function readSessionRows(db: Database.Database, id: number): SessionRows {
  const session = db.prepare('SELECT * FROM session WHERE id = ?').get(id) as SessionRow | undefined;
  if (!session) raise('session_not_found', { session: id });
  const child = <T>(part: keyof typeof childTables) =>
    db.prepare(`SELECT * FROM ${childTables[part]} WHERE session_id = ? ORDER BY ${childOrder[part]}`).all(id) as T[];
  return {
    session,
    organisations: child<OrganisationRow>('organisations'),
    steps: child<StepRow>('steps'),
    estimates: child<EstimateRow>('estimates'),
    quotes: child<QuoteRow>('quotes'),
  };
}

function insertRow(db: Database.Database, table: string, row: object): void {
  const columns = Object.keys(row);
  db.prepare(
    `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  ).run(...Object.values(row));
}

/** Puts a session's rows back as the snapshot holds them, ids included (inside the caller's transaction). */
export function restoreSessionRows(db: Database.Database, rows: SessionRows): void {
  const { id, ...fields } = rows.session;
  db.prepare(
    `UPDATE session SET ${Object.keys(fields)
      .map((c) => `${c} = ?`)
      .join(', ')} WHERE id = ?`,
  ).run(...Object.values(fields), id);
  for (const table of Object.values(childTables).reverse())
    db.prepare(`DELETE FROM ${table} WHERE session_id = ?`).run(id);
  for (const part of ['organisations', 'steps', 'estimates', 'quotes'] as const)
    for (const row of rows[part]) insertRow(db, childTables[part], row);
}

/** A copy of the session's rows under a new session (organisations, steps and quotes; never the estimates). */
export function copySessionRows(db: Database.Database, rows: SessionRows, title: string, now: string): number {
  const { id: _id, ...fields } = rows.session;
  const copy = Number(
    db
      .prepare(
        `INSERT INTO session (title, date, question, areas, figures_dataset, words_dataset, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(title, fields.date, fields.question, fields.areas, fields.figures_dataset, fields.words_dataset, now, now)
      .lastInsertRowid,
  );
  for (const { id: _org, ...organisation } of rows.organisations)
    insertRow(db, childTables.organisations, { ...organisation, session_id: copy });
  for (const { id: _step, ...step } of rows.steps)
    insertRow(db, childTables.steps, { ...step, session_id: copy, notes: '', actions: '[]' });
  for (const quote of rows.quotes) insertRow(db, childTables.quotes, { ...quote, session_id: copy });
  return copy;
}

export function parseAreas(areas: string): string[] {
  return JSON.parse(areas) as string[];
}

export function stepFromRow(row: StepRow): SessionStep {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    area: row.area,
    text: row.text,
    crosstab: row.crosstab === null ? null : (JSON.parse(row.crosstab) as SessionStep['crosstab']),
    notes: row.notes,
    actions: JSON.parse(row.actions) as ActionItem[],
    notesOnProjector: row.notes_on_projector === 1,
  };
}

function summaryOf(row: SessionRow, steps: number): SessionSummary {
  return {
    id: row.id,
    title: row.title,
    date: row.date,
    question: row.question,
    areas: parseAreas(row.areas),
    steps,
    updatedAt: row.updated_at,
  };
}

/** An estimate as the contract has it, from its stored row. */
export function estimateFromRow(row: SessionRows['estimates'][number]): PartnerEstimate {
  return {
    organisation: row.organisation_id,
    area: row.area,
    condition: row.condition_id,
    estimate: row.estimate,
    why: row.why,
    enteredAt: row.entered_at,
  };
}

export function sessionFromRows(rows: SessionRows, canUndo: boolean): Session {
  const organisations: Organisation[] = rows.organisations.map(({ id, name, role }) => ({ id, name, role }));
  const estimates = rows.estimates.map(estimateFromRow);
  const quotes: ApprovedQuote[] = rows.quotes.map((row) => ({
    dataset: row.dataset,
    record: row.record,
    area: row.area,
    condition: row.condition_id,
    text: row.text,
  }));
  return {
    ...summaryOf(rows.session, rows.steps.length),
    figuresDataset: rows.session.figures_dataset,
    wordsDataset: rows.session.words_dataset,
    organisations,
    agenda: rows.steps.map(stepFromRow),
    estimates,
    quotes,
    canUndo,
  };
}

export function readSession(db: Database.Database, id: number): Session {
  const canUndo = db.prepare('SELECT 1 FROM session_undo WHERE session_id = ? LIMIT 1').get(id) !== undefined;
  return sessionFromRows(readSessionRows(db, id), canUndo);
}

/** Every session, the latest date first. */
export function listSessions(db: Database.Database): SessionSummary[] {
  const rows = db
    .prepare(
      `SELECT s.*, (SELECT count(*) FROM session_step WHERE session_id = s.id) AS step_count
       FROM session s ORDER BY s.date DESC, s.id DESC`,
    )
    .all() as (SessionRow & { step_count: number })[];
  return rows.map((row) => summaryOf(row, row.step_count));
}

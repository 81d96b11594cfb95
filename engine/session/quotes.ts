import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { defaultWordsCoder } from '../../shared/coding/words-index';
import { conditionIds } from '../../shared/conditions';
import { raise } from '../../shared/contract/errors';
import type { QuoteCandidate, QuoteCandidatesSchema, SetQuoteSchema } from '../../shared/session/session-types';
import { quoteIdentifier } from '../db/quote-identifier';
import { codingDataset } from '../coding/coding-dataset';
import { codingMatrix, conditionOfCode, conditionsIn } from '../coding/coding-matrix';
import { allProgress } from '../coding/record-coding';
import { editSession } from './edit-session';
import { sessionOverview } from './session-overview';
import { parseAreas, readSessionRows } from './session-rows';

/**
 * The open answers of an area in focus that the words dataset's default coder (the one Woorden en cijfers
 * opens on) coded with a condition: each answer once per condition it carries, with whether it is approved
 * for this session. An area under the publication threshold has none: its answers never reach partners.
 */
export function quoteCandidates(
  db: Database.Database,
  request: z.output<typeof QuoteCandidatesSchema>,
): QuoteCandidate[] {
  const rows = readSessionRows(db, request.session);
  const areas = parseAreas(rows.session.areas);
  if (!areas.includes(request.area))
    raise('session_area_not_in_focus', { area: request.area, areas: areas.join(', ') });
  const datasetName = rows.session.words_dataset ?? raise('session_no_words_dataset');
  const view = sessionOverview(db, request.session, 'researcher').areas.find((area) => area.code === request.area);
  if (view?.suppressed !== false) return [];
  const coder = defaultWordsCoder(allProgress(db, datasetName));
  if (coder === null) return [];
  const dataset = codingDataset(db, datasetName);
  if (!dataset.areaSql || dataset.textColumns.length === 0) return [];
  const coderRow = db.prepare('SELECT id FROM coder WHERE name = ?').get(coder.coder) as { id: number };
  const textSql = dataset.columns
    .filter((column) => dataset.textColumns.includes(column.name))
    .map((column) => quoteIdentifier(column.column_name));
  const answers = db
    .prepare(
      `SELECT "_row" AS record, ${textSql.join(', ')} FROM ${dataset.table} WHERE ${dataset.areaSql} = ? ORDER BY "_row"`,
    )
    .raw()
    .all(request.area) as [number, ...(string | null)[]][];
  const approved = new Set(
    rows.quotes.filter((q) => q.dataset === datasetName).map((q) => `${q.record}\u0000${q.condition_id}`),
  );
  const matrix = codingMatrix(db, dataset, [coderRow]);
  const conditionOf = conditionOfCode(db);
  const wanted = request.condition === undefined ? conditionIds : [request.condition];
  return answers.flatMap(([record, ...texts]) => {
    const codes = matrix.get(record)?.[0];
    const text = texts.filter((t): t is string => t !== null && t.trim() !== '').join(' / ');
    if (!codes || text === '') return [];
    const present = conditionsIn(codes, conditionOf);
    return wanted
      .filter((condition) => present.has(condition))
      .map((condition) => ({
        dataset: datasetName,
        record: String(record),
        area: request.area,
        condition,
        text,
        approved: approved.has(`${record}\u0000${condition}`),
      }));
  });
}

/** Approves an answer as a quote for this session (its text as it is now), or takes the approval back. */
export function setQuote(db: Database.Database, request: z.output<typeof SetQuoteSchema>): void {
  editSession(db, request.session, (rows) => {
    const key = [request.session, request.dataset, request.record, request.condition];
    if (!request.approved) {
      db.prepare(
        'DELETE FROM session_quote WHERE session_id = ? AND dataset = ? AND record = ? AND condition_id = ?',
      ).run(...key);
      return;
    }
    const candidate = parseAreas(rows.session.areas)
      .flatMap((area) => quoteCandidates(db, { session: request.session, area, condition: request.condition }))
      .find((c) => c.dataset === request.dataset && c.record === request.record);
    if (!candidate)
      raise('session_quote_not_candidate', {
        dataset: request.dataset,
        record: request.record,
        condition: request.condition,
      });
    db.prepare(
      `INSERT OR REPLACE INTO session_quote (session_id, dataset, record, condition_id, area, text)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(...key, candidate.area, candidate.text);
  });
}

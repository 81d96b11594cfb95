import type Database from 'better-sqlite3';
import type { CrosstabRequest, CrosstabResult } from '../../shared/crosstab/crosstab-types';
import type { Slide } from '../../shared/session/session-types';
import { partnerCrosstab } from './partner-crosstab';
import { listProvisions } from './provisions';
import { sessionOverview } from './session-overview';
import { parseAreas, readSessionRows, sessionFromRows, stepFromRow } from './session-rows';

/** What the projector shows: which session and step, and whether the screen is blanked. */
export interface Presenting {
  session: number;
  step: number;
  blank: boolean;
}

/** Kinds that show an area; a text slide and a cross-tab do not. */
const areaKinds = new Set(['profile', 'words', 'partners', 'basis', 'blindspot']);

/**
 * The slide of a step, for the partner audience: an area under the publication threshold is left out
 * altogether (no name, no code, and no estimates, provisions or quotes that would name it), a cross-tab is
 * computed with the partner audience and without those areas, and open answers appear only as quotes approved for this session.
 * Null when the session or the step no longer exists.
 */
export function buildSlide(
  db: Database.Database,
  presenting: Presenting,
  crosstab: (request: CrosstabRequest) => CrosstabResult,
): Slide | null {
  const exists = db
    .prepare('SELECT 1 FROM session_step WHERE id = ? AND session_id = ?')
    .get(presenting.step, presenting.session);
  if (!exists) return null;
  const rows = readSessionRows(db, presenting.session);
  const session = sessionFromRows(rows, false);
  const index = rows.steps.findIndex((row) => row.id === presenting.step);
  const step = stepFromRow(rows.steps[index]!);
  const areaCode = areaKinds.has(step.kind) ? (step.area ?? parseAreas(rows.session.areas)[0] ?? null) : null;
  const overview = sessionOverview(db, presenting.session, 'partner');
  const view = areaCode === null ? null : (overview.areas.find((area) => area.code === areaCode) ?? null);
  const area = view === null || view.suppressed ? null : view;
  const organisations = new Map(session.organisations.map((o) => [o.id, o]));
  return {
    session: { title: session.title, date: session.date, question: session.question },
    index,
    count: rows.steps.length,
    blank: presenting.blank,
    step: { id: step.id, kind: step.kind, title: step.title },
    area,
    estimates:
      area === null || step.kind !== 'partners'
        ? []
        : session.estimates
            .filter((estimate) => estimate.area === area.code)
            .map((estimate) => ({
              ...estimate,
              organisationName: organisations.get(estimate.organisation)?.name ?? '',
              role: organisations.get(estimate.organisation)?.role ?? '',
            })),
    provisions: area === null || step.kind !== 'basis' ? [] : listProvisions(db, area.code),
    quotes:
      area === null || step.kind !== 'words'
        ? []
        : session.quotes
            .filter((quote) => quote.area === area.code)
            .map(({ condition, text }) => ({ condition, text })),
    crosstab:
      step.kind === 'crosstab' && step.crosstab ? partnerCrosstab(db, step.crosstab, overview.areas, crosstab) : null,
    text: step.text,
    notes: step.notesOnProjector ? { text: step.notes, actions: step.actions } : null,
  };
}

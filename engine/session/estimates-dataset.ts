import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { conditions } from '../../shared/conditions';
import type { DatasetSummary } from '../../shared/contract/channels';
import { raise } from '../../shared/contract/errors';
import { quoteIdentifier } from '../db/quote-identifier';
import { listDatasets } from '../datasets/list-datasets';
import { startImport, type ImportContext } from '../import/import-handlers';
import { prepareImport } from '../import/prepare-import';

/** The dataset the partners' estimates are written as. */
export const ESTIMATES_DATASET = 'partnerschattingen';

/** Its columns, in Dutch as the researchers' other datasets have them. */
const columns = [
  'sessie',
  'datum',
  'organisatie',
  'rol',
  'gebiedscode',
  'gebiedsnaam',
  'conditie',
  'schatting',
  'waarom',
  'ingevoerd',
] as const;

interface EstimateLine {
  sessie: string;
  datum: string;
  organisatie: string;
  rol: string;
  gebiedscode: string;
  gebiedsnaam: string | null;
  conditie: string;
  schatting: number;
  waarom: string;
  ingevoerd: string;
}

/**
 * Writes every session's estimates as the dataset `partnerschattingen`, one row per estimate, so cross-tabs
 * and later waves can use them like any dataset: imported the way a user's file is (a survey-like dataset
 * whose rows carry an area), under a passing name, and then put in the place of the earlier
 * `partnerschattingen` in one transaction, so a failed write leaves the earlier dataset as it was.
 */
export async function writeEstimatesDataset(context: ImportContext): Promise<DatasetSummary> {
  const db = context.project().db;
  const lines = db
    .prepare(
      `SELECT s.title AS sessie, s.date AS datum, o.name AS organisatie, o.role AS rol, e.area AS gebiedscode,
              (SELECT a.name FROM dataset_area a WHERE a.code = e.area AND a.name IS NOT NULL LIMIT 1) AS gebiedsnaam,
              e.condition_id AS conditie, e.estimate AS schatting, e.why AS waarom, e.entered_at AS ingevoerd
         FROM session_estimate e
         JOIN session s ON s.id = e.session_id
         JOIN session_organisation o ON o.id = e.organisation_id
        ORDER BY s.date, s.id, o.position, e.area, e.condition_id`,
    )
    .all() as EstimateLine[];
  if (lines.length === 0) raise('session_no_estimates');
  const label = new Map(conditions.map((c) => [c.id as string, c.label.nl]));
  const csv = Papa.unparse(
    {
      fields: [...columns],
      data: lines.map((line) =>
        columns.map((column) =>
          column === 'conditie'
            ? label.get(line.conditie)!
            : column === 'gebiedsnaam'
              ? (line.gebiedsnaam ?? '')
              : line[column],
        ),
      ),
    },
    { newline: '\r\n' },
  );
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'werkbank-partnerschattingen-'));
  const passing = `${ESTIMATES_DATASET} (${process.pid}-${Date.now()})`;
  try {
    const file = path.join(scratch, `${ESTIMATES_DATASET}.csv`);
    writeFileSync(file, `${csv}\r\n`, 'utf8');
    const preview = await prepareImport({
      file,
      name: passing,
      kind: 'survey',
      delimiter: ',',
      decimalMark: '.',
      hasHeader: true,
      areaColumn: 'gebiedscode',
      areaNameColumn: 'gebiedsnaam',
      columns: {
        sessie: { type: 'category' },
        datum: { type: 'date' },
        organisatie: { type: 'category' },
        rol: { type: 'category' },
        conditie: { type: 'category' },
        schatting: { type: 'number' },
        waarom: { type: 'text' },
        ingevoerd: { type: 'text' },
      },
    });
    const job = startImport(context, preview.plan, preview.detected);
    const ended = await context.imports.wait(job.id);
    if (ended.state !== 'done') raise('internal', { detail: ended.error?.message.en ?? ended.state });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  db.transaction(() => {
    const earlier = db.prepare('SELECT id, table_name FROM dataset WHERE name = ?').get(ESTIMATES_DATASET) as
      { id: number; table_name: string } | undefined;
    if (earlier) {
      db.prepare('DELETE FROM dataset WHERE id = ?').run(earlier.id);
      db.exec(`DROP TABLE ${quoteIdentifier(earlier.table_name)}`);
    }
    db.prepare('UPDATE dataset SET name = ? WHERE name = ?').run(ESTIMATES_DATASET, passing);
  })();
  return listDatasets(db).find((dataset) => dataset.name === ESTIMATES_DATASET)!;
}

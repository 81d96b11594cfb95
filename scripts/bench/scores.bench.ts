import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createDispatch } from '../../shared/contract/serve-contract';
import type { ImportPreview } from '../../shared/import/import-plan';
import type { ImportJobStatus } from '../../shared/contract/channels';
import { quoteIdentifier } from '../../engine/db/quote-identifier';
import { dialogsNotAvailable } from '../../engine/serve/dialogs-not-available';
import { Workbench } from '../../engine/workbench';
import { generateLargeSurvey } from './generate-large-survey';
import { median, type BenchResult } from './measure';

const ROWS = 1_000_000;
const ROUNDS = 7;

/**
 * Issue 4: after a mapping change, scores for 1,000,000 respondents × 20 mapped items × 60 areas,
 * against a plain `SELECT area, AVG(item_1), …, AVG(item_20) … GROUP BY area` over the same table,
 * alternating, median of seven.
 */
export async function scoresBench(folder: string): Promise<BenchResult> {
  const file = path.join(folder, `survey-${ROWS}.csv`);
  if (!existsSync(file)) await generateLargeSurvey(file, ROWS);
  const project = path.join(folder, 'werkbank-scores.skw');
  for (const suffix of ['', '-wal', '-shm']) rmSync(project + suffix, { force: true });

  const workbench = new Workbench({ host: 'browser', nativeDialogs: false, settingsFolder: folder, rememberRecent: false });
  const dispatch = createDispatch({ ...workbench.handlers(), ...dialogsNotAvailable });
  const call = async (channel: string, request: unknown) => {
    const result = await dispatch(channel, request);
    if (!result.ok) throw new Error(result.error.message.en);
    return result.data;
  };
  workbench.create(project);
  const preview = (await call('import.prepare', { file, name: 'enquete', areaColumn: 'wijkcode', weightColumn: 'weging' })) as ImportPreview;
  const job = (await call('import.start', { plan: preview.plan, detected: preview.detected })) as ImportJobStatus;
  const imported = await workbench.imports.wait(job.id);
  if (imported.state !== 'done') throw new Error(imported.error?.message.en);

  const items = Array.from({ length: 20 }, (_, i) => `item_${i + 1}`);
  const conditions = ['security', 'inclusion', 'cohesion', 'empowerment'];
  for (const [i, variable] of items.entries()) await call('mappings.set', { dataset: 'enquete', variable, condition: conditions[i % 4] });

  const db = new Database(project, { readonly: true });
  const { table_name: table } = db.prepare("SELECT table_name FROM dataset WHERE name = 'enquete'").get() as { table_name: string };
  const columns = Object.fromEntries((db.prepare("SELECT v.name, v.column_name FROM variable v JOIN dataset d ON d.id = v.dataset_id WHERE d.name = 'enquete'").all() as { name: string; column_name: string }[]).map((r) => [r.name, r.column_name]));
  const plain = db.prepare(`SELECT ${quoteIdentifier(columns.wijkcode!)} AS area, ${items.map((item) => `AVG(${quoteIdentifier(columns[item]!)})`).join(', ')} FROM ${quoteIdentifier(table)} GROUP BY 1`);

  const ours: number[] = [];
  const theirs: number[] = [];
  let areas = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    const grouped = plain.all();
    theirs.push(performance.now() - t0);
    areas = grouped.length;

    // A mapping change as the UI makes it, then the scores it shows.
    const t1 = performance.now();
    await call('mappings.set', { dataset: 'enquete', variable: items[round % 20], condition: conditions[round % 4], polarity: round % 2 ? 'negative' : 'positive' });
    const table = (await call('scores.compute', { dataset: 'enquete' })) as { areas: unknown[] };
    ours.push(performance.now() - t1);
    if (table.areas.length !== areas) throw new Error(`scores for ${table.areas.length} areas, SQL gave ${areas}`);
  }
  db.close();
  workbench.close();
  return {
    name: `scores after a mapping change, ${ROWS.toLocaleString('en')} respondents × 20 items × ${areas} areas`,
    ratio: median(ours) / median(theirs),
    goal: 0.2,
    details: `median mapping change + scores ${median(ours).toFixed(1)} ms vs SQL AVG … GROUP BY ${median(theirs).toFixed(1)} ms`,
  };
}

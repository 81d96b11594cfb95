import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { dispatchCaller } from '../../shared/contract/caller';
import type { Channel, RequestOf, ResponseOf } from '../../shared/contract/channels';
import { createDispatch } from '../../shared/contract/serve-contract';
import { quoteIdentifier } from '../../engine/db/quote-identifier';
import { dialogsNotAvailable } from '../../serve/dialogs-not-available';
import { Workbench } from '../../engine/workbench';
import { installation } from '../../cli/installation';
import { generateLargeSurvey } from './generate-large-survey';

export const LARGE_SURVEY_ROWS = 1_000_000;

export interface LargeSurveyProject {
  workbench: Workbench;
  /** Calls the contract as a host does; a failed result throws with its English message. */
  call: <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<ResponseOf<C>>;
  /** A read-only connection for the plain SQL the engine is measured against. */
  db: Database.Database;
  /** The dataset's table and a variable's column, quoted for SQL. */
  table: string;
  column: (variable: string) => string;
  close: () => void;
}

/**
 * A fresh project named `name` holding the generated 1,000,000-respondent survey as dataset `enquete`
 * (imported through the contract, as the app does), for the benchmarks that run on its table.
 */
export async function largeSurveyProject(folder: string, name: string): Promise<LargeSurveyProject> {
  const file = path.join(folder, `survey-${LARGE_SURVEY_ROWS}.csv`);
  if (!existsSync(file)) await generateLargeSurvey(file, LARGE_SURVEY_ROWS);
  const project = path.join(folder, `${name}.skw`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(project + suffix, { force: true });

  const workbench = new Workbench({
    ...installation,
    host: 'browser',
    nativeDialogs: false,
    settingsFolder: folder,
    rememberRecent: false,
  });
  const caller = dispatchCaller(createDispatch({ ...workbench.handlers(), ...dialogsNotAvailable }));
  const call: LargeSurveyProject['call'] = async (channel, request) => {
    const result = await caller(channel, request);
    if (!result.ok) throw new Error(result.error.message.en);
    return result.data;
  };
  workbench.create(project);
  const preview = await call('import.prepare', {
    file,
    name: 'enquete',
    areaColumn: 'wijkcode',
    weightColumn: 'weging',
  });
  const job = await call('import.start', { plan: preview.plan, detected: preview.detected });
  const imported = await workbench.imports.wait(job.id);
  if (imported.state !== 'done') throw new Error(imported.error?.message.en);

  const db = new Database(project, { readonly: true });
  const { table_name: table } = db.prepare("SELECT table_name FROM dataset WHERE name = 'enquete'").get() as {
    table_name: string;
  };
  const columnOf = db.prepare(
    "SELECT v.column_name FROM variable v JOIN dataset d ON d.id = v.dataset_id WHERE d.name = 'enquete' AND v.name = ?",
  );
  return {
    workbench,
    call,
    db,
    table: quoteIdentifier(table),
    column: (variable) => quoteIdentifier((columnOf.get(variable) as { column_name: string }).column_name),
    close: () => {
      db.close();
      workbench.close();
    },
  };
}

import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, truncateSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../shared/contract/errors';
import { loadMigrations, type Migration } from '../../../engine/db/migrations';
import { APPLICATION_ID, createProject, openProject } from '../../../engine/project/project-file';
import { useTempFolder } from '../../helpers/temp-folder';

const options = { appVersion: '0.0.0-test' };
const tempFolder = useTempFolder();

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

async function refusal(file: string, migrations?: Migration[]) {
  try {
    await openProject(file, { ...options, migrations });
  } catch (error) {
    if (error instanceof WerkbankError) return error.error;
    throw error;
  }
  throw new Error('the project was opened');
}

/** A real project with enough rows that truncating it cuts through the data pages. */
function makeProjectWithData(file: string): void {
  const project = createProject(file, options);
  const insert = project.db.prepare(
    "INSERT INTO dataset (name, kind, table_name, row_count, created_at) VALUES (?, 'area', ?, 1, '2026-01-01')",
  );
  project.db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`dataset ${i} ${'x'.repeat(200)}`, `t${i}`);
  })();
  project.db.pragma('wal_checkpoint(TRUNCATE)');
  project.close();
}

describe('project file', () => {
  it('creates a project in WAL mode with foreign keys on and the migrations recorded', () => {
    const file = path.join(tempFolder(), 'wijken.skw');
    const project = createProject(file, options);
    expect(project.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(project.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(project.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(project.db.pragma('page_size', { simple: true })).toBe(16_384);
    const recorded = project.db.prepare('SELECT version, name FROM schema_migration ORDER BY version').all();
    expect(recorded).toEqual(loadMigrations().map((m) => ({ version: m.version, name: m.name })));
    expect(project.info()).toMatchObject({ name: 'wijken', schemaVersion: loadMigrations().length });
    project.close();
  });

  it('refuses to overwrite an existing file', () => {
    const file = path.join(tempFolder(), 'bestaat.skw');
    writeFileSync(file, 'notities');
    expect(() => createProject(file, options)).toThrow(/already exists/);
    expect(readFileSync(file, 'utf8')).toBe('notities');
  });

  it('refuses a text file renamed to .skw and leaves it unchanged', async () => {
    const file = path.join(tempFolder(), 'tekst.skw');
    writeFileSync(file, 'wijkcode;eenzaam\nWK026801;45,2\n');
    const before = sha256(file);
    const error = await refusal(file);
    expect(error.code).toBe('not_a_project');
    expect(error.message.nl).toContain('geen project');
    expect(error.message.en).toContain('is not a Werkbank');
    expect(sha256(file)).toBe(before);
    expect(readdirSync(path.dirname(file))).toEqual(['tekst.skw']);
  });

  it('refuses a SQLite file of another program', async () => {
    const file = path.join(tempFolder(), 'ander.skw');
    const other = new Database(file);
    other.exec('CREATE TABLE t (x)');
    other.close();
    const before = sha256(file);
    expect((await refusal(file)).code).toBe('not_a_project');
    expect(sha256(file)).toBe(before);
  });

  it('refuses a truncated project as damaged and leaves it unchanged', async () => {
    const file = path.join(tempFolder(), 'afgekapt.skw');
    makeProjectWithData(file);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const before = sha256(file);
    const error = await refusal(file);
    expect(error.code).toBe('project_damaged');
    expect(error.message.nl).toContain('beschadigd');
    expect(sha256(file)).toBe(before);
  });

  it('refuses a project written by a newer version and leaves it unchanged', async () => {
    const file = path.join(tempFolder(), 'nieuwer.skw');
    createProject(file, options).close();
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = sha256(file);
    const error = await refusal(file);
    expect(error.code).toBe('project_too_new');
    expect(error.message.nl).toContain('nieuwere versie');
    expect(error.message.nl).toContain('99');
    expect(sha256(file)).toBe(before);
  });

  it('refuses a missing file and a folder with their own messages', async () => {
    const folder = tempFolder();
    expect((await refusal(path.join(folder, 'weg.skw'))).code).toBe('file_not_found');
    mkdirSync(path.join(folder, 'map.skw'));
    expect((await refusal(path.join(folder, 'map.skw'))).code).toBe('is_a_folder');
  });

  it('backs an older project up with the online backup before migrating it', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'oud.skw');
    const all = loadMigrations();
    const next: Migration = {
      version: all.length + 1,
      name: 'test_notes',
      sql: 'CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL);',
    };
    createProject(file, { ...options, migrations: all }).close();

    const project = await openProject(file, { ...options, migrations: [...all, next] });
    expect(project.info().schemaVersion).toBe(all.length + 1);
    expect(project.db.prepare("SELECT name FROM sqlite_master WHERE name = 'note'").get()).toBeTruthy();
    project.close();

    const backups = readdirSync(folder).filter(
      (f) => f.startsWith(`oud.skw.v${all.length}-backup-`) && f.endsWith('.skw'),
    );
    expect(backups).toHaveLength(1);
    const backup = new Database(path.join(folder, backups[0]!), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(all.length);
    expect(backup.prepare("SELECT name FROM sqlite_master WHERE name = 'note'").get()).toBeUndefined();
    backup.close();
  });

  it('a failing migration leaves the project at its old version', async () => {
    const file = path.join(tempFolder(), 'kapot.skw');
    const all = loadMigrations();
    createProject(file, { ...options, migrations: all }).close();
    const broken: Migration = {
      version: all.length + 1,
      name: 'broken',
      sql: 'CREATE TABLE half (x); INSERT INTO nope VALUES (1);',
    };
    await expect(openProject(file, { ...options, migrations: [...all, broken] })).rejects.toThrow(/nope/);
    const project = await openProject(file, { ...options, migrations: all });
    expect(project.info().schemaVersion).toBe(all.length);
    expect(project.db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    project.close();
  });
});

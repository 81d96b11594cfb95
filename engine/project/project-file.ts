import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ProjectInfo } from '../../shared/contract/channels';
import { raise } from '../../shared/contract/errors';
import { loadMigrations, type Migration } from '../db/migrations';

/** Marks a SQLite file as ours (`PRAGMA application_id`), so any other SQLite file is refused. ASCII "SKWB". */
export const APPLICATION_ID = 0x534b5742;
export const PROJECT_EXTENSION = '.skw';
const PAGE_SIZE = 16_384;

export interface ProjectFileOptions {
  /** Path to a better-sqlite3 native addon built for the host's ABI (the desktop host's Electron build). */
  nativeBinding?: string;
  appVersion: string;
  /** Defaults to the migrations shipped with the engine; tests pass their own to exercise upgrades. */
  migrations?: Migration[];
}

export interface ProjectFile {
  readonly path: string;
  readonly db: Database.Database;
  info(): ProjectInfo;
  close(): void;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export function projectName(file: string): string {
  return path.basename(file, path.extname(file));
}

/** Creates a new project file. It is built under a temporary name and renamed when complete. */
export function createProject(file: string, options: ProjectFileOptions): ProjectFile {
  const target = path.resolve(file);
  if (existsSync(target)) raise('file_exists', { file: target });
  if (!existsSync(path.dirname(target)))
    raise('cannot_write', { file: target, detail: `map ${path.dirname(target)} bestaat niet / folder does not exist` });
  const building = `${target}.creating`;
  rmSync(building, { force: true });
  try {
    const db = new Database(building, dbOptions(options));
    try {
      // Large pages: projects hold wide tables that are bulk-inserted and scanned whole (imports, cross-tabs).
      // SQLite takes a page size only before the first table exists.
      db.pragma(`page_size = ${PAGE_SIZE}`);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      applyMigrations(db, options.migrations ?? loadMigrations(), options.appVersion);
      db.prepare('INSERT INTO project (id, created_at, created_by_version) VALUES (1, ?, ?)').run(
        new Date().toISOString(),
        options.appVersion,
      );
    } finally {
      db.close();
    }
    renameSync(building, target);
  } catch (error) {
    rmSync(building, { force: true });
    if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('E')) {
      raise('cannot_write', { file: target, detail: error.message });
    }
    throw error;
  }
  return connect(target, options);
}

/**
 * Opens a project. Everything that could refuse it is checked on a read-only connection first, so a file
 * that is not a project, is damaged, or comes from a newer version is left exactly as it was.
 * An older project is backed up (SQLite online backup) before it is migrated.
 */
export async function openProject(file: string, options: ProjectFileOptions): Promise<ProjectFile> {
  const target = path.resolve(file);
  const migrations = options.migrations ?? loadMigrations();
  const latest = migrations.length;
  const fileVersion = inspect(target, latest, options);

  const project = connect(target, options);
  if (fileVersion < latest) {
    try {
      await project.db.backup(backupPath(target, fileVersion));
      applyMigrations(project.db, migrations, options.appVersion);
    } catch (error) {
      project.close();
      throw error;
    }
  }
  return project;
}

/**
 * Another project file, read only (a coder's copy to merge from): refused exactly as `openProject` would
 * refuse it, never migrated, and left without -wal or -shm files beside it.
 */
export function readOtherProject(
  file: string,
  options: ProjectFileOptions,
): { path: string; db: Database.Database; version: number; close: () => void } {
  const target = path.resolve(file);
  const version = inspect(target, (options.migrations ?? loadMigrations()).length, options);
  const sideFiles = [`${target}-wal`, `${target}-shm`].filter((f) => !existsSync(f));
  const db = new Database(target, { ...dbOptions(options), readonly: true, fileMustExist: true });
  return {
    path: target,
    db,
    version,
    close() {
      if (db.open) db.close();
      for (const side of sideFiles) rmSync(side, { force: true });
    },
  };
}

export function backupPath(target: string, fromVersion: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return `${target}.v${fromVersion}-backup-${stamp}${PROJECT_EXTENSION}`;
}

function inspect(target: string, latest: number, options: ProjectFileOptions): number {
  let stats;
  try {
    stats = statSync(target);
  } catch {
    raise('file_not_found', { file: target });
  }
  if (stats.isDirectory()) raise('is_a_folder', { file: target });
  if (!hasSqliteHeader(target)) raise('not_a_project', { file: target });

  // A read-only connection to a WAL-mode file creates -wal and -shm files; a refused file gets none left beside it.
  const sideFiles = [`${target}-wal`, `${target}-shm`].filter((f) => !existsSync(f));
  let db: Database.Database | undefined;
  try {
    db = new Database(target, { ...dbOptions(options), readonly: true, fileMustExist: true });
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) raise('not_a_project', { file: target });
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > latest) raise('project_too_new', { file: target, fileVersion: version, appVersion: latest });
    const problems = db.pragma('integrity_check') as { integrity_check: string }[];
    if (problems.length !== 1 || problems[0]?.integrity_check !== 'ok') {
      raise('project_damaged', {
        file: target,
        detail: problems
          .slice(0, 3)
          .map((p) => p.integrity_check)
          .join('; '),
      });
    }
    return version;
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'SQLITE_NOTADB') raise('not_a_project', { file: target });
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ')
      raise('project_damaged', { file: target, detail: (error as Error).message });
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) raise('project_locked', { file: target });
    throw error;
  } finally {
    db?.close();
    for (const file of sideFiles) rmSync(file, { force: true });
  }
}

function hasSqliteHeader(target: string): boolean {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(target, 'r');
  try {
    return readSync(fd, header, 0, header.length, 0) === header.length && header.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

function dbOptions(options: ProjectFileOptions): Database.Options {
  return options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
}

function connect(target: string, options: ProjectFileOptions): ProjectFile {
  const db = new Database(target, { ...dbOptions(options), fileMustExist: true });
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return {
    path: target,
    db,
    info() {
      const row = db.prepare('SELECT created_at AS createdAt FROM project WHERE id = 1').get() as
        { createdAt: string } | undefined;
      return {
        path: target,
        name: projectName(target),
        schemaVersion: Number(db.pragma('user_version', { simple: true })),
        createdAt: row?.createdAt ?? '',
      };
    },
    close() {
      if (db.open) db.close();
    },
  };
}

/** Applies the migrations the file does not have yet, each in its own transaction, and records them. */
export function applyMigrations(db: Database.Database, migrations: Migration[], appVersion: string): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    app_version TEXT NOT NULL
  )`);
  const current = Number(db.pragma('user_version', { simple: true }));
  const record = db.prepare(
    'INSERT INTO schema_migration (version, name, applied_at, app_version) VALUES (?, ?, ?, ?)',
  );
  for (const migration of migrations.filter((m) => m.version > current)) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString(), appVersion);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

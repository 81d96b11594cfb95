import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli';
import { useTempFolder } from '../../helpers/temp-folder';

const tempFolder = useTempFolder();
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('werkbank CLI', () => {
  it('answers --help with the commands and exit status 0', () => {
    const run = runCli(['--help'], tempFolder());
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('werkbank init PROJECT');
    expect(run.stdout).toContain('werkbank datasets PROJECT [--json]');
    expect(run.stdout).toContain('werkbank serve PROJECT [--port N]');
  });

  it('init makes a project whose dataset list is an empty JSON array', () => {
    const folder = tempFolder();
    const project = path.join(folder, 'a.skw');
    const init = runCli(['init', project], folder);
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('Project gemaakt');
    const datasets = runCli(['datasets', project, '--json'], folder);
    expect(datasets.status).toBe(0);
    expect(JSON.parse(datasets.stdout)).toEqual([]);
  });

  it('datasets --json lists name, kind, rows and columns', () => {
    const folder = tempFolder();
    const project = path.join(folder, 'b.skw');
    expect(runCli(['init', project], folder).status).toBe(0);
    const db = new Database(project);
    const { lastInsertRowid } = db
      .prepare(
        "INSERT INTO dataset (name, kind, table_name, row_count, created_at) VALUES ('GGD 2016', 'area', 'ds_1', 2983, '2026-11-23')",
      )
      .run();
    const variable = db.prepare(
      "INSERT INTO variable (dataset_id, position, name, column_name, type) VALUES (?, ?, ?, ?, 'number')",
    );
    for (let i = 0; i < 3; i++) variable.run(lastInsertRowid, i, `v${i}`, `c${i}`);
    db.close();
    const run = runCli(['datasets', project, '--json'], folder);
    expect(JSON.parse(run.stdout)).toEqual([{ name: 'GGD 2016', kind: 'area', rows: 2983, columns: 3 }]);
  });

  it('wrong usage exits with 2 and says so on stderr', () => {
    const folder = tempFolder();
    for (const args of [['datasets'], ['frobnicate'], ['init', 'a.skw', 'b.skw'], ['datasets', 'x.skw', '--nope']]) {
      const run = runCli(args, folder);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('werkbank --help');
      expect(run.stdout).toBe('');
    }
  });

  it('refuses a text file, a truncated project and a newer project with exit 1, leaving each unchanged', () => {
    const folder = tempFolder();
    const text = path.join(folder, 'tekst.skw');
    writeFileSync(text, 'Dit is geen project.\n');

    const truncated = path.join(folder, 'afgekapt.skw');
    expect(runCli(['init', truncated], folder).status).toBe(0);
    const db = new Database(truncated);
    const insert = db.prepare("INSERT INTO dataset (name, kind, table_name, created_at) VALUES (?, 'survey', ?, '')");
    db.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`d${i}${'y'.repeat(100)}`, `t${i}`);
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    truncateSync(truncated, Math.floor(statSync(truncated).size * 0.6));

    const newer = path.join(folder, 'nieuwer.skw');
    expect(runCli(['init', newer], folder).status).toBe(0);
    const db2 = new Database(newer);
    db2.pragma('user_version = 1000');
    db2.pragma('journal_mode = DELETE');
    db2.close();

    const expectations: [string, RegExp][] = [
      [text, /geen project van de Werkbank/],
      [truncated, /beschadigd/],
      [newer, /nieuwere versie/],
    ];
    for (const [file, message] of expectations) {
      const before = sha256(file);
      const run = runCli(['datasets', file, '--json'], folder);
      expect(run.status, file).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain(file);
      expect(run.stdout).toBe('');
      expect(sha256(file)).toBe(before);
      expect(existsSync(`${file}-wal`)).toBe(false);
    }
  });

  it('speaks English with --lang en', () => {
    const folder = tempFolder();
    const run = runCli(['datasets', path.join(folder, 'missing.skw'), '--lang', 'en'], folder);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('File not found');
  });

  it('does not add projects touched from the command line to the recent projects', () => {
    const folder = tempFolder();
    expect(runCli(['init', path.join(folder, 'c.skw')], folder).status).toBe(0);
    expect(existsSync(path.join(folder, 'settings.json'))).toBe(false);
  });
});

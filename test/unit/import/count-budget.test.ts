import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CountBudget, NumberStatistics, TextStatistics } from '../../../engine/import/column-statistics';
import { countStoredColumn } from '../../../engine/import/stored-column-counts';

const folder = mkdtempSync(path.join(os.tmpdir(), 'werkbank-counts-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('counting within a memory budget', () => {
  it('stops counting the column that would outgrow the budget, and keeps its n and mean', () => {
    const budget = new CountBudget(64 * 1024);
    const unique = new NumberStatistics(budget);
    const codes = new NumberStatistics(budget);
    for (let i = 0; i < 20_000; i++) {
      unique.add(i + 0.5);
      codes.add(i % 5);
    }
    expect(unique.summary()).toEqual({
      n: 20_000,
      missing: 0,
      mean: 10_000,
      min: 0.5,
      max: 19_999.5,
      distinct: null,
      top: null,
    });
    // The codes need no more than the array every column starts with.
    expect(codes.summary()).toMatchObject({ n: 20_000, distinct: 5 });
    // What the stopped column held is given back: another column can count as many values.
    const next = new NumberStatistics(budget);
    for (let i = 0; i < 2_000; i++) next.add(i + 0.25);
    expect(next.summary().distinct).toBe(2_000);
  });

  it('is counted from the stored table afterwards with the same distinct count and most frequent values as in memory', () => {
    const db = new Database(path.join(folder, 'counts.sqlite'));
    db.exec('CREATE TABLE t (x REAL, s TEXT)');
    const numbers = new NumberStatistics();
    const texts = new TextStatistics();
    const insert = db.prepare('INSERT INTO t VALUES (?, ?)');
    // One transaction: 5,000 single-row commits wait for the disk 5,000 times (73 s on a loaded machine).
    db.transaction(() => {
      for (let i = 0; i < 5_000; i++) {
        // Ties among the most frequent (-2, 0.25, 3 and 7 each five times), integers in a REAL column, missing values.
        const x = i < 20 ? [-2, 0.25, 3, 7][i % 4]! : i % 97 === 0 ? NaN : i * 0.125;
        const s = i % 11 === 0 ? null : `antwoord ${i % 700}`;
        insert.run(Number.isNaN(x) ? null : x, s);
        numbers.add(x);
        texts.add(s);
      }
    })();
    const inMemory = numbers.summary();
    expect(countStoredColumn(db, 't', 'x', inMemory.n)).toEqual({ distinct: inMemory.distinct, top: inMemory.top });
    const text = texts.summary();
    expect(countStoredColumn(db, 't', 's', null)).toEqual({ distinct: text.distinct, top: text.top });
    db.close();
  });
});

import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempFolder } from '../../helpers/temp-folder';
import { Engine, runCliAsync, storedTable, until } from './engine-harness';

/** Bugs found by the import tests, each reproduced as it was found. */
const tempFolder = useTempFolder();
let engine: Engine | null = null;
afterEach(() => {
  engine?.workbench.close();
  engine = null;
});

describe('import regressions', () => {
  it('ends a small import at 100%', async () => {
    const folder = tempFolder();
    engine = new Engine(folder);
    engine.workbench.create(path.join(folder, 'p.skw'));
    const file = path.join(folder, 'klein.csv');
    writeFileSync(file, 'id,wijk,score\n1,WK026801,3\n2,WK026802,4\n3,WK026803,5\n');
    const { status } = await engine.importFile({ file, name: 'Klein' });
    expect(status.state).toBe('done');
    expect(status.progress.percent).toBe(100);
  });

  it('never shows 100% beside a row count that is still growing', async () => {
    const folder = tempFolder();
    engine = new Engine(folder);
    engine.workbench.create(path.join(folder, 'p.skw'));
    const file = path.join(folder, 'middel.csv');
    const rows = 40_000;
    writeFileSync(
      file,
      `id,wijk,score,toelichting\n${Array.from({ length: rows }, (_, i) => `${i + 1},WK0268${String(i % 9).padStart(2, '0')},${i % 5},antwoord ${i}`).join('\n')}\n`,
    );
    const preview = await engine.prepare({ file, name: 'Middel' });
    const started = await engine.start(preview);
    const seen: { percent: number | null; rows: number }[] = [];
    await until(
      async () => {
        const status = await engine!.status(started.id);
        if (status.state === 'running') seen.push(status.progress);
        return status.state !== 'running';
      },
      60_000,
      1,
    );
    expect(seen.length).toBeGreaterThan(2);
    // As the CLI and the wizard show it: rounded.
    expect(seen.filter((progress) => Math.round(progress.percent ?? 0) === 100 && progress.rows < rows)).toEqual([]);
    expect((await engine.workbench.imports.wait(started.id)).progress).toMatchObject({ percent: 100, rows });
  });

  it('keeps an empty Excel cell in its column', async () => {
    const folder = tempFolder();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['id', 'leeftijd', 'inkomen', 'plaats']);
    sheet.addRow([1, 34, 1234.5, 'Nijmegen']);
    sheet.addRow([2, null, 987.6, 'Arnhem']);
    sheet.addRow([3, 52, 3050.25, 'Ede']);
    const file = path.join(folder, 'gat.xlsx');
    await workbook.xlsx.writeFile(file);
    engine = new Engine(folder);
    const project = path.join(folder, 'p.skw');
    engine.workbench.create(project);
    const { preview, status } = await engine.importFile({ file, name: 'Gat' });
    expect(preview.rows[1]!.cells).toEqual([2, null, 987.6, 'Arnhem']);
    expect(preview.plan.columns.map((c) => c.type)).toEqual(['number', 'number', 'number', 'text']);
    expect(status.state).toBe('done');
    expect(storedTable(project, 'Gat').rows[1]).toEqual({ id: 2, leeftijd: null, inkomen: 987.6, plaats: 'Arnhem' });
  });

  it('names an empty Excel header cell kolom_2', async () => {
    const folder = tempFolder();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['id', null, 'inkomen']);
    sheet.addRow([1, 34, 1234.5]);
    sheet.addRow([2, 40, 987.6]);
    const file = path.join(folder, 'kop.xlsx');
    await workbook.xlsx.writeFile(file);
    const run = await runCliAsync(['import', path.join(folder, 'p.skw'), file, '--json'], folder);
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { columns: { name: string }[] }).columns.map((c) => c.name)).toEqual([
      'id',
      'kolom_2',
      'inkomen',
    ]);
  });

  it('names the right line for a bad UTF-8 byte at the end of a 1 MiB chunk', async () => {
    const folder = tempFolder();
    const chunk = 1 << 20;
    const parts = [Buffer.from('id,naam,score\n')];
    let size = parts[0]!.length;
    let line = 1;
    for (let i = 1; ; i++) {
      const next = Buffer.from(`${i},Zoe,${i % 10}\n`);
      if (size + next.length + 20 > chunk - 1) break;
      parts.push(next);
      size += next.length;
      line++;
    }
    const start = Buffer.from('999999,Jos');
    parts.push(
      start,
      Buffer.from('x'.repeat(chunk - 1 - size - start.length)),
      Buffer.from([0xc3]),
      Buffer.from(',5\n'),
    );
    const bad = ++line;
    for (let i = 0; i < 20_000; i++) parts.push(Buffer.from(`${i},Zoe,1\n`));
    const file = path.join(folder, 'grens.csv');
    writeFileSync(file, Buffer.concat(parts));
    const run = await runCliAsync(['import', path.join(folder, 'p.skw'), file, '--encoding', 'utf-8'], folder);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`, regel ${bad}: de tekst is geen geldige utf-8`);
  });

  it('reports an unclosed quote in a file that quotes nothing else', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'open.csv');
    writeFileSync(file, 'id,naam,score\n1,a,3\n2,"open,4\n3,c,5\n4,d,6\n');
    const run = await runCliAsync(['import', path.join(folder, 'p.skw'), file], folder);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(', regel 3: een aanhalingsteken');
  });
});

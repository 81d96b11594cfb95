import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodingPage, CodingsFileResult } from '../../../shared/coding/coding-types';
import { useTempFolder } from '../../helpers/temp-folder';
import { projectSnapshot, type Engine } from '../import-engine/engine-harness';
import { DATASET, TEXT, code, surveyProject } from './coding-fixture';

const tempFolder = useTempFolder();
const engines: Engine[] = [];
afterEach(() => engines.splice(0).forEach((engine) => engine.close()));

async function project() {
  const folder = tempFolder();
  const made = await surveyProject(folder, 6);
  engines.push(made.engine);
  return { ...made, folder };
}

const coded = async (engine: Engine, coder: string) =>
  (
    await engine.call<CodingPage>('coding.page', {
      dataset: DATASET,
      coder,
      textColumn: TEXT,
      filter: { status: 'coded' },
    })
  ).rows.map((row) => [row.id, row.codes.sort()]);

describe('codings as CSV', () => {
  it('writes id, the text, and 0/1 per condition and sub-code for Dutch Excel, SPSS and R; empty cells where not coded', async () => {
    const { engine, folder } = await project();
    await engine.call('coding.set', { dataset: DATASET, coder: 'Anna', record: 1, codes: [code.security, code.work] });
    await engine.call('coding.set', { dataset: DATASET, coder: 'Anna', record: 2, codes: [] });
    const result = await engine.call<CodingsFileResult>('coding.exportCsv', {
      dataset: DATASET,
      coder: 'Anna',
      path: path.join(folder, 'anna'),
    });
    expect(result).toEqual({ path: path.join(folder, 'anna.csv'), records: 6, codings: 2 });
    const text = readFileSync(result.path, 'utf8');
    expect(
      text.startsWith(
        '\uFEFFid;antwoord;security;security.financiele_middelen;security.wonen_en_woonomgeving;security.gezondheid_en_zorg;security.werk;',
      ),
    ).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    const header = lines[0]!.split(';');
    const cell = (line: number, column: string) => lines[line]!.split(';')[header.indexOf(column)];
    expect(header).toContain('inclusion.arbeidsmarkt');
    expect(header).toContain('empowerment.arbeidsmarkt');
    expect([cell(1, 'id'), cell(1, 'security'), cell(1, 'security.werk'), cell(1, 'cohesion')]).toEqual([
      'r001',
      '1',
      '1',
      '0',
    ]);
    expect([cell(2, 'security'), cell(2, 'cohesion')]).toEqual(['0', '0']);
    expect([cell(3, 'id'), cell(3, 'security')]).toEqual(['r003', '']);

    // Without a coder: one row per coded record and coder.
    await engine.call('coding.set', { dataset: DATASET, coder: 'Bram', record: 1, codes: [code.inclusion] });
    const all = await engine.call<CodingsFileResult>('coding.exportCsv', {
      dataset: DATASET,
      path: path.join(folder, 'alle.csv'),
    });
    expect(all.records).toBe(3);
    expect(readFileSync(all.path, 'utf8')).toContain('r001;Bram;');
    // An existing file only with overwrite.
    expect(await engine.result('coding.exportCsv', { dataset: DATASET, path: all.path })).toMatchObject({
      ok: false,
      error: { code: 'file_exists' },
    });
  });

  it('reads back what it wrote, for another coder', async () => {
    const { engine, folder } = await project();
    await engine.call('coding.set', { dataset: DATASET, coder: 'Anna', record: 1, codes: [code.security, code.work] });
    await engine.call('coding.set', { dataset: DATASET, coder: 'Anna', record: 4, codes: [code.empowerment] });
    await engine.call('coding.set', { dataset: DATASET, coder: 'Anna', record: 5, codes: [] });
    const { path: file } = await engine.call<CodingsFileResult>('coding.exportCsv', {
      dataset: DATASET,
      coder: 'Anna',
      path: path.join(folder, 'anna.csv'),
    });
    expect(await engine.call('coding.importCsv', { dataset: DATASET, coder: 'Kopie', path: file })).toEqual({
      path: file,
      records: 3,
      codings: 3,
    });
    expect(await coded(engine, 'Kopie')).toEqual(await coded(engine, 'Anna'));
  });

  it('accepts a comma-separated file from R with sub-code columns', async () => {
    const { engine, folder } = await project();
    const file = path.join(folder, 'uit-r.csv');
    writeFileSync(file, 'id,security,security.werk,cohesion\nr002,1,1,0\nr003,0,0,1\n');
    await engine.call('coding.importCsv', { dataset: DATASET, coder: 'R', path: file });
    expect(await coded(engine, 'R')).toEqual([
      ['r002', [code.security, code.work].sort()],
      ['r003', [code.cohesion]],
    ]);
  });

  it('refuses a bad file with its line and column, and imports nothing', async () => {
    const { engine, folder, project: projectFile } = await project();
    await engine.call('coding.set', { dataset: DATASET, coder: 'Anna', record: 1, codes: [code.security] });
    const before = projectSnapshot(projectFile);
    const cases: [string, string, string][] = [
      ['id;security\nr001;1\nr999;0\n', 'codings_unknown_id', 'regel 3'],
      ['id;security;cohesion\nr001;1;0\nr002;ja;0\n', 'codings_bad_value', 'regel 3, kolom "security"'],
      ['id;security;veiligheid\nr001;1;0\n', 'codings_unknown_column', 'kolom 3 ("veiligheid")'],
      ['respondent;security\nr001;1\n', 'codings_no_id_column', 'geen kolom "id"'],
      ['id;security\nr001;1\nr001;0\n', 'codings_duplicate_id', 'regel 3'],
      ['id;security\nr001;1;1\n', 'codings_ragged_row', 'regel 2'],
      ['', 'import_empty_file', 'leeg'],
    ];
    for (const [content, error, where] of cases) {
      const file = path.join(folder, 'fout.csv');
      writeFileSync(file, content);
      const result = await engine.result('coding.importCsv', { dataset: DATASET, coder: 'Anna', path: file });
      expect(result, error).toMatchObject({ ok: false, error: { code: error } });
      expect(result.ok === false && result.error.message.nl, error).toContain(where);
      expect(result.ok === false && result.error.message.nl, error).toContain('fout.csv');
    }
    expect(projectSnapshot(projectFile)).toEqual(before);
    expect(await coded(engine, 'Anna')).toEqual([['r001', [code.security]]]);
  });
});

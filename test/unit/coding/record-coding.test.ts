import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CodingChange, CodingPage, CodingSetup, Coders, RecordDetail } from '../../../shared/coding/coding-types';
import { Engine } from '../import-engine/engine-harness';
import { useTempFolder } from '../../helpers/temp-folder';
import { DATASET, TEXT, code, surveyProject } from './coding-fixture';
import { afterEach } from 'vitest';

const tempFolder = useTempFolder();
const engines: Engine[] = [];
afterEach(() => engines.splice(0).forEach((engine) => engine.close()));

async function project(rows?: number) {
  const made = await surveyProject(tempFolder(), rows);
  engines.push(made.engine);
  return made;
}

const page = (engine: Engine, coder: string, filter: object = {}, offset = 0, limit = 100) =>
  engine.call<CodingPage>('coding.page', { dataset: DATASET, coder, textColumn: TEXT, filter, offset, limit });

describe('coding records', () => {
  it('offers the open answers, not the area code, as the text to code', async () => {
    const { engine } = await project();
    expect(await engine.call<CodingSetup>('coding.setup', { dataset: DATASET })).toEqual({
      dataset: DATASET,
      idColumn: 'respondent',
      areaColumn: 'wijkcode',
      textColumns: ['antwoord'],
    });
  });

  it('saves each coding at once, with the coding before it for undo, and counts progress', async () => {
    const { engine, project: file } = await project();
    const change = await engine.call<CodingChange>('coding.set', {
      dataset: DATASET,
      coder: 'Anna',
      record: 3,
      codes: [code.security, code.work],
    });
    expect(change.before).toEqual({ record: 3, coded: false, codes: [], segments: [] });
    expect(change.after.coded).toBe(true);
    expect(change.after.codes.sort()).toEqual([code.security, code.work].sort());
    expect(change.progress).toEqual({ coder: 'Anna', coded: 1, total: 60 });

    // Undo = the before state written back: the record is uncoded again.
    const undone = await engine.call<CodingChange>('coding.set', {
      dataset: DATASET,
      coder: 'Anna',
      record: 3,
      codes: change.before.codes,
      coded: change.before.coded,
    });
    expect(undone.after).toEqual({ record: 3, coded: false, codes: [], segments: [] });
    expect(undone.progress.coded).toBe(0);

    // "None of the conditions" is a coding, different from not coded.
    await engine.call('coding.set', { dataset: DATASET, coder: 'Anna', record: 6, codes: [] });
    engine.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT record FROM coded_record').pluck().all()).toEqual([6]);
    expect(db.prepare('SELECT count(*) FROM coding').pluck().get()).toBe(0);
    db.close();
  });

  it('is blind: a page shows only the asked coder’s codings, and filters on them', async () => {
    const { engine } = await project();
    await engine.call('coding.set', { dataset: DATASET, coder: 'Anna', record: 1, codes: [code.security] });
    await engine.call('coding.set', { dataset: DATASET, coder: 'Anna', record: 2, codes: [code.trust, code.cohesion] });
    await engine.call('coding.set', { dataset: DATASET, coder: 'Bram', record: 1, codes: [code.inclusion] });

    const anna = await page(engine, 'Anna', {}, 0, 3);
    expect(anna).toMatchObject({
      total: 60,
      matching: 60,
      offset: 0,
      progress: { coder: 'Anna', coded: 2, total: 60 },
    });
    expect(anna.rows.map((row) => [row.id, row.area, row.codes])).toEqual([
      ['r001', 'WK026801', [code.security]],
      ['r002', 'WK026802', expect.arrayContaining([code.trust, code.cohesion])],
      ['r003', 'WK026803', []],
    ]);
    expect((await page(engine, 'Bram', {}, 0, 1)).rows[0]!.codes).toEqual([code.inclusion]);

    expect((await page(engine, 'Anna', { status: 'uncoded' })).matching).toBe(58);
    expect((await page(engine, 'Anna', { status: 'coded' })).rows.map((row) => row.id)).toEqual(['r001', 'r002']);
    // A condition finds records coded with one of its sub-codes.
    expect((await page(engine, 'Anna', { code: code.cohesion })).rows.map((row) => row.id)).toEqual(['r002']);
    expect((await page(engine, 'Bram', { code: code.cohesion })).matching).toBe(0);
  });

  it('searches the text without regard to case or accents', async () => {
    const { engine } = await project();
    // Answer 5 of every 6: "Café én speeltuin …"
    const hits = await page(engine, 'Anna', { search: 'CAFE EN' });
    expect(hits.matching).toBe(10);
    expect(hits.rows[0]!.text).toContain('Café én speeltuin');
    expect((await page(engine, 'Anna', { search: 'café', status: 'coded' })).matching).toBe(0);
  });

  it('pages through a long dataset by offset', async () => {
    const { engine } = await project(3000);
    const last = await page(engine, 'Anna', {}, 2950, 100);
    expect(last.rows).toHaveLength(50);
    expect(last.rows.at(-1)!.id).toBe('r3000');
  });

  it('codes a segment in code points, as REFI-QDA counts them, also after an emoji', async () => {
    const { engine } = await project();
    // Record 5: "Café én speeltuin 😀 graag — eenzaamheid is groot." "eenzaamheid" starts at code point 28
    // (27 characters and the emoji counted as one), at UTF-16 unit 29.
    const text = 'Café én speeltuin 😀 graag — eenzaamheid is groot.';
    expect(text.indexOf('eenzaamheid')).toBe(29);
    const { segment, change } = await engine.call<{
      segment: { id: number; text: string; start: number; end: number };
      change: CodingChange;
    }>('coding.addSegment', {
      dataset: DATASET,
      coder: 'Anna',
      record: 5,
      variable: TEXT,
      code: code.cohesion,
      start: 28,
      end: 39,
    });
    expect(segment).toMatchObject({ text: 'eenzaamheid', start: 28, end: 39, code: code.cohesion, variable: TEXT });
    expect(change.after.coded).toBe(true);
    expect(change.progress.coded).toBe(1);

    const outside = await engine.result('coding.addSegment', {
      dataset: DATASET,
      coder: 'Anna',
      record: 5,
      variable: TEXT,
      code: code.cohesion,
      start: 40,
      end: 60,
    });
    expect(outside).toMatchObject({ ok: false, error: { code: 'segment_out_of_range' } });
    expect(outside.ok === false && outside.error.message.nl).toContain('49 tekens');

    const removed = await engine.call<{ change: CodingChange }>('coding.removeSegment', {
      dataset: DATASET,
      coder: 'Anna',
      id: segment.id,
    });
    expect(removed.change.after.segments).toEqual([]);
    expect(removed.change.before.segments).toHaveLength(1);
  });

  it('shows a record’s other columns as context, numbers as numbers', async () => {
    const { engine } = await project();
    const detail = await engine.call<RecordDetail>('coding.record', { dataset: DATASET, record: 2 });
    expect(detail.values.every((value) => value.valueLabel === null)).toBe(true);
    expect(detail.values.map((value) => [value.variable, value.value])).toEqual([
      ['respondent', 'r002'],
      ['wijkcode', 'WK026802'],
      ['leeftijd', 31],
      ['antwoord', 'Een buurthuis waar je buren kunt ontmoeten.'],
    ]);
  });

  it('gives a value’s label beside the value in the context', async () => {
    const { engine } = await project();
    await engine.call('datasets.updateVariable', {
      dataset: DATASET,
      variable: 'leeftijd',
      valueLabels: { '31': 'eenendertig' },
    });
    const detail = await engine.call<RecordDetail>('coding.record', { dataset: DATASET, record: 2 });
    expect(detail.values.find((value) => value.variable === 'leeftijd')).toEqual({
      variable: 'leeftijd',
      label: null,
      value: 31,
      valueLabel: 'eenendertig',
    });
  });

  it('refuses what cannot be coded, with a message, and changes nothing', async () => {
    const { engine } = await project();
    const cases: [object, string][] = [
      [{ codes: ['00000000-0000-4000-8000-000000000000'] }, 'codebook_code_not_found'],
      [{ record: 999 }, 'record_not_found'],
      [{ dataset: 'Bestaat niet' }, 'dataset_not_found'],
    ];
    for (const [change, error] of cases) {
      const result = await engine.result('coding.set', {
        dataset: DATASET,
        coder: 'Anna',
        record: 1,
        codes: [code.security],
        ...change,
      });
      expect(result).toMatchObject({ ok: false, error: { code: error } });
    }
    expect((await page(engine, 'Anna', { status: 'coded' })).matching).toBe(0);
    const wrongColumn = await engine.result('coding.page', { dataset: DATASET, coder: 'Anna', textColumn: 'wijkcode' });
    expect(wrongColumn).toMatchObject({ ok: false, error: { code: 'not_a_text_column' } });
  });

  it('keeps the current coder per project; the auto-coder and consensus are not people', async () => {
    const { engine } = await project();
    expect(await engine.call<Coders>('coders.list')).toEqual({ coders: [], current: null });
    expect(await engine.call<Coders>('coders.setCurrent', { name: 'Anna' })).toEqual({
      coders: [{ name: 'Anna', kind: 'person' }],
      current: 'Anna',
    });
    expect(await engine.result('coders.setCurrent', { name: 'Suggesties' })).toMatchObject({
      ok: false,
      error: { code: 'coder_reserved' },
    });
    expect(await engine.result('coders.setCurrent', { name: 'consensus' })).toMatchObject({
      ok: false,
      error: { code: 'coder_reserved' },
    });
    // Reading a page for a name that has not coded does not make a coder.
    await page(engine, 'Typfout');
    expect((await engine.call<Coders>('coders.list')).coders.map((coder) => coder.name)).toEqual(['Anna']);
  });
});

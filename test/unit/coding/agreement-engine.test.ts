import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { krippendorffAlphaNominal } from '../../../shared/coding/agreement';
import type { AgreementReport, CodingPage, DisagreementPage } from '../../../shared/coding/coding-types';
import { runCli } from '../../helpers/run-cli';
import { useTempFolder } from '../../helpers/temp-folder';
import type { Engine } from '../import-engine/engine-harness';
import { DATASET, TEXT, code, surveyProject } from './coding-fixture';

const tempFolder = useTempFolder();
const engines: Engine[] = [];
afterEach(() => engines.splice(0).forEach((engine) => engine.close()));

/** A codings CSV as someone codes in Excel: `id` and a 0/1 column per condition; empty = not coded. */
function codingsCsv(folder: string, name: string, rows: [string, number | '', number | ''][]): string {
  const file = path.join(folder, name);
  writeFileSync(file, ['id;security;cohesion', ...rows.map((row) => row.join(';'))].join('\r\n'));
  return file;
}

const id = (i: number) => `r${String(i + 1).padStart(3, '0')}`;

describe('agreement between coders', () => {
  it('gives the textbook Cohen’s kappa of 0.40 for 20/5/10/15, through `werkbank codings import` and `agreement --json`', async () => {
    const folder = tempFolder();
    const { engine, project } = await surveyProject(folder, 50);
    engine.close();
    // The textbook 2×2: 20 both yes, 5 yes/no, 10 no/yes, 15 both no (po = 0.70, pe = 0.50, κ = 0.40).
    const a = Array.from({ length: 50 }, (_, i) => (i < 25 ? 1 : 0));
    const b = Array.from({ length: 50 }, (_, i) => (i < 20 || (i >= 25 && i < 35) ? 1 : 0));
    const home = path.join(folder, 'home');
    const fileA = codingsCsv(
      folder,
      'anna.csv',
      a.map((value, i) => [id(i), value, 0]),
    );
    const fileB = codingsCsv(
      folder,
      'bram.csv',
      b.map((value, i) => [id(i), value, 0]),
    );
    for (const [coder, file] of [
      ['Anna', fileA],
      ['Bram', fileB],
    ] as const) {
      const run = runCli(['codings', 'import', project, '--dataset', DATASET, '--coder', coder, file], home);
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('50 records');
    }
    const run = runCli(['agreement', project, '--dataset', DATASET, '--json'], home);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as AgreementReport;
    expect(report.coders).toEqual(['Anna', 'Bram']);
    expect(report.conditions.security.units).toBe(50);
    expect(report.conditions.security.percentAgreement).toBeCloseTo(0.7, 12);
    expect(report.conditions.security.cohenKappa).toBeCloseTo(0.4, 12);
    // Nobody coded cohesion: agreement is complete, kappa and alpha are undefined (null, never NaN).
    expect(report.conditions.cohesion).toEqual({
      units: 50,
      percentAgreement: 1,
      cohenKappa: null,
      krippendorffAlpha: null,
    });
    expect(run.stdout).not.toContain('NaN');
  });

  it('reproduces Krippendorff’s (2011) binary example A (α = 0.095) and treats records a coder left uncoded as missing', async () => {
    const folder = tempFolder();
    const made = await surveyProject(folder, 12);
    engines.push(made.engine);
    const { engine } = made;
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", A: two observers, binary data, 10 units.
    const observerA = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const observerB = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    for (const [coder, values] of [
      ['A', observerA],
      ['B', observerB],
    ] as const) {
      for (const [i, value] of values.entries())
        await engine.call('coding.set', {
          dataset: DATASET,
          coder,
          record: i + 1,
          codes: value ? [code.security] : [],
        });
    }
    let report = await engine.call<AgreementReport>('coding.agreement', { dataset: DATASET });
    expect(report.conditions.security.units).toBe(10);
    expect(report.conditions.security.krippendorffAlpha).toBeCloseTo(0.095, 3);

    // A third coder codes only records 11 and 12 and one of the ten; A codes 11 too. Uncoded = missing:
    // record 12 (one value) is not pairable.
    for (const record of [1, 11, 12])
      await engine.call('coding.set', { dataset: DATASET, coder: 'C', record, codes: [code.security] });
    await engine.call('coding.set', { dataset: DATASET, coder: 'A', record: 11, codes: [code.security] });
    report = await engine.call<AgreementReport>('coding.agreement', { dataset: DATASET });
    expect(report.coders).toEqual(['A', 'B', 'C']);
    const expected = [
      ...observerA.map((value, i) => [value, observerB[i]!, i === 0 ? 1 : null]),
      [1, null, 1],
      [null, null, 1],
    ];
    expect(report.conditions.security.units).toBe(11);
    expect(report.conditions.security.krippendorffAlpha).toBeCloseTo(krippendorffAlphaNominal(expected)!, 12);
    expect(report.conditions.security.cohenKappa).toBeNull();
  });

  it('lists disagreements and builds the consensus from them', async () => {
    const made = await surveyProject(tempFolder(), 6);
    engines.push(made.engine);
    const { engine } = made;
    const set = (coder: string, record: number, codes: string[]) =>
      engine.call('coding.set', { dataset: DATASET, coder, record, codes });
    await set('Anna', 1, [code.security, code.work]);
    await set('Bram', 1, [code.security, code.work]);
    await set('Anna', 2, [code.cohesion]);
    await set('Bram', 2, [code.cohesion, code.trust]); // differs in a sub-code only
    await set('Anna', 3, [code.security]);
    await set('Bram', 3, [code.inclusion]);
    await set('Anna', 4, []);

    const page = await engine.call<DisagreementPage>('coding.disagreements', { dataset: DATASET, textColumn: TEXT });
    expect(page.coders).toEqual(['Anna', 'Bram']);
    expect(page.rows).toEqual([
      {
        record: 2,
        id: 'r002',
        text: 'Een buurthuis waar je buren kunt ontmoeten.',
        codings: { Anna: [code.cohesion], Bram: [code.cohesion, code.trust].sort() },
        conditions: [],
        codes: [code.trust],
        consensus: null,
      },
      {
        record: 3,
        id: 'r003',
        text: 'Betere informatie over voorzieningen voor ouderen.',
        codings: { Anna: [code.security], Bram: [code.inclusion] },
        conditions: ['security', 'inclusion'],
        codes: [],
        consensus: null,
      },
    ]);

    // The grid's disagreement filter finds the same records.
    const grid = await engine.call<CodingPage>('coding.page', {
      dataset: DATASET,
      coder: 'Anna',
      textColumn: TEXT,
      filter: { status: 'disagreement' },
    });
    expect(grid.rows.map((row) => row.id)).toEqual(['r002', 'r003']);

    // Only identical codings are taken over as they are: record 1, not 2 (sub-code) or 4 (one coder).
    expect(await engine.call('coding.acceptAgreements', { dataset: DATASET })).toEqual({ records: 1 });
    await engine.call('coding.set', {
      dataset: DATASET,
      coder: 'consensus',
      record: 2,
      codes: [code.cohesion, code.trust],
    });
    await engine.call('coding.set', { dataset: DATASET, coder: 'consensus', record: 3, codes: [code.inclusion] });
    const resolved = await engine.call<DisagreementPage>('coding.disagreements', {
      dataset: DATASET,
      textColumn: TEXT,
      unresolvedOnly: true,
    });
    expect(resolved.matching).toBe(0);
    const all = await engine.call<DisagreementPage>('coding.disagreements', { dataset: DATASET, textColumn: TEXT });
    expect(all.rows[1]!.consensus).toEqual([code.inclusion]);
    // The consensus is not one of the coders compared by default.
    expect((await engine.call<AgreementReport>('coding.agreement', { dataset: DATASET })).coders).toEqual([
      'Anna',
      'Bram',
    ]);
  });

  it('needs two different coders, and says so', async () => {
    const made = await surveyProject(tempFolder(), 6);
    engines.push(made.engine);
    await made.engine.call('coding.set', { dataset: DATASET, coder: 'Anna', record: 1, codes: [] });
    const result = await made.engine.result('coding.agreement', { dataset: DATASET });
    expect(result).toMatchObject({ ok: false, error: { code: 'agreement_too_few_coders' } });
    const twice = await made.engine.result('coding.agreement', { dataset: DATASET, coders: ['Anna', 'anna'] });
    expect(twice).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realFilePath } from '../../helpers/real-files';
import { runCli } from '../../helpers/run-cli';

const ggd = realFilePath('ggd-wijk-eenzaamheid-2016.csv');

/**
 * Figures computed outside the project, with Python 3 on the raw CSV (csv.DictReader; the three identical
 * rows of WK191104 taken as one area, so 2,981 areas; statistics.mean and statistics.stdev, n − 1):
 * per indicator z = polarity × (x − mean) / sd over the reference areas with a value, cohesion the mean
 * of the two loneliness z's, index = 100 + 10 × z̄. Columns: security, cohesion, empowerment.
 *
 * Over Nijmegen's 9 wijken (the same figures as test/unit/scores/scores-cli.test.ts, which imports only
 * those 9):
 */
const overNijmegen: Record<string, [number, number, number]> = {
  WK026801: [110.281328, 109.14169, 109.315943],
  WK026802: [108.178329, 109.16942, 109.315943],
  WK026803: [97.663335, 101.349157, 94.520034],
  WK026804: [95.560336, 95.787023, 94.520034],
  WK026805: [101.869332, 101.376887, 104.383973],
  WK026806: [87.14834, 89.095824, 89.588064],
  WK026807: [85.045341, 84.635025, 84.656095],
  WK026808: [99.766333, 94.685688, 99.452003],
  WK026809: [114.487326, 114.759284, 114.247912],
};

/** The same 9 wijken standardised over all 2,981 areas of the file (`--reference all`). */
const overAll: Record<string, [number, number, number]> = {
  WK026801: [106.544479, 104.523948, 106.562408],
  WK026802: [104.592327, 104.339014, 106.562408],
  WK026803: [94.831563, 97.715975, 95.657121],
  WK026804: [92.879411, 92.826718, 95.657121],
  WK026805: [98.735869, 97.53104, 102.927312],
  WK026806: [85.0708, 87.070569, 92.022025],
  WK026807: [83.118647, 83.233137, 88.38693],
  WK026808: [96.783716, 91.774892, 99.292217],
  WK026809: [110.448785, 109.043337, 110.197504],
};

/**
 * The municipalities of the file, from `gemnr` zero-padded to four digits after "GM" (Python:
 * sorted({'GM%04d' % int(r['gemnr']) for r in rows})): 390 of them, the first ten these. Every wijk code's
 * digits 1–4 are its gemnr (checked the same way: no row differs).
 */
const MUNICIPALITIES = 390;
const FIRST_TEN = 'GM0003, GM0005, GM0007, GM0009, GM0010, GM0014, GM0015, GM0017, GM0018, GM0022';

interface Scores {
  municipality: string | null;
  reference: string;
  municipalities: string[];
  unit: string;
  areas: { code: string; n: number | null; inReference: boolean; scores: Record<string, number | null> }[];
}

describe('werkbank scores --municipality on the national GGD 2016 file', () => {
  let home: string;
  let national: string;
  let nineOnly: string;
  const run = (args: string[]) => runCli(args, home);
  const scores = (project: string, ...flags: string[]) => {
    const result = run(['scores', project, '--dataset', 'GGD 2016', '--json', ...flags]);
    expect(result.status, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as Scores;
  };

  // Two projects: the whole country (the file as it is; its line for WK191104, repeated twice, is one
  // area), and a file that holds only Nijmegen's wijken: its header and the lines whose wijkcode starts
  // with WK0268, cut from the raw file as text.
  beforeAll(() => {
    home = mkdtempSync(path.join(os.tmpdir(), 'werkbank-municipality-'));
    const lines = readFileSync(ggd, 'utf8').split('\n');
    const nineFile = path.join(home, 'nijmegen-9.csv');
    writeFileSync(nineFile, [lines[0], ...lines.filter((line) => line.startsWith('WK0268'))].join('\n'));
    national = path.join(home, 'national.skw');
    nineOnly = path.join(home, 'nine.skw');
    for (const [project, file] of [
      [national, ggd],
      [nineOnly, nineFile],
    ] as const) {
      const imported = run(['import', project, file, '--name', 'GGD 2016', '--kind', 'area']);
      expect(imported.status, imported.stderr).toBe(0);
      for (const [variable, condition, polarity] of [
        ['% eenzaam*', 'cohesion', 'negative'],
        ['% sociaal eenzaam*', 'cohesion', 'negative'],
        ['% met voldoende regie over het eigen leven*', 'empowerment', 'positive'],
        ['% met goede ervaren gezondheid*', 'security', 'positive'],
      ]) {
        const mapped = run([
          'map',
          project,
          '--dataset',
          'GGD 2016',
          '--variable',
          variable!,
          '--condition',
          condition!,
          '--polarity',
          polarity!,
        ]);
        expect(mapped.status, mapped.stderr).toBe(0);
      }
    }
  }, 120_000);
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  function expectIndices(table: Scores, expected: Record<string, [number, number, number]>) {
    expect(table.areas.map((area) => area.code)).toEqual(Object.keys(expected));
    for (const area of table.areas) {
      const [security, cohesion, empowerment] = expected[area.code]!;
      expect(area.scores.security).toBeCloseTo(security, 5);
      expect(area.scores.cohesion).toBeCloseTo(cohesion, 5);
      expect(area.scores.empowerment).toBeCloseTo(empowerment, 5);
    }
  }

  it('--municipality 268 shows Nijmegen’s 9 wijken only, with the indices of a file that holds only those 9', () => {
    // Without a municipality, every area of the country (the table, not the JSON: that is over a megabyte).
    const all = run(['scores', national, '--dataset', 'GGD 2016']);
    expect(all.stdout.trimEnd().split('\n')).toHaveLength(1 + 2981);

    const nijmegen = scores(national, '--municipality', '268');
    expect(nijmegen.municipality).toBe('GM0268');
    expect(nijmegen.municipalities).toHaveLength(MUNICIPALITIES);
    expectIndices(nijmegen, overNijmegen);
    expect(nijmegen.areas.every((area) => area.inReference)).toBe(true);

    const alone = scores(nineOnly);
    expectIndices(alone, overNijmegen);
    expect(nijmegen.areas.map((area) => area.scores)).toEqual(alone.areas.map((area) => area.scores));
  });

  it('reads 0268, 268, GM0268 and gm268 as the same municipality', () => {
    const answers = ['0268', '268', 'GM0268', 'gm268'].map((code) => scores(national, '--municipality', code));
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it('--reference all standardises the 9 wijken over every area of the file', () => {
    const table = scores(national, '--municipality', '0268', '--reference', 'all');
    expect(table.reference).toBe('all');
    expectIndices(table, overAll);
  });

  it('gives an area dataset without a base no n: null in JSON, a dash in the table, never 1', () => {
    expect(scores(national, '--municipality', '268').areas.map((area) => area.n)).toEqual(new Array(9).fill(null));
    const table = run(['scores', national, '--dataset', 'GGD 2016', '--municipality', '268']);
    expect(table.status, table.stderr).toBe(0);
    const [head, first] = table.stdout.split('\n');
    expect(head).toContain('n (geen basiskolom)');
    expect(first!.split('\t')[1]).toBe('—');
  });

  it('refuses an unknown municipality in Dutch and English, naming how many the dataset has and the first ones', () => {
    const nl = run(['scores', national, '--dataset', 'GGD 2016', '--municipality', '9999']);
    expect(nl.status).toBe(1);
    expect(nl.stdout).toBe('');
    expect(nl.stderr).toContain('"GGD 2016" heeft geen gebieden in gemeente GM9999.');
    expect(nl.stderr).toContain(
      `De dataset heeft gebieden in ${MUNICIPALITIES} gemeenten: ${FIRST_TEN} en nog ${MUNICIPALITIES - 10}.`,
    );
    const en = run(['scores', national, '--dataset', 'GGD 2016', '--municipality', 'GM9999', '--lang', 'en']);
    expect(en.status).toBe(1);
    expect(en.stderr).toContain('"GGD 2016" has no areas in municipality GM9999.');
    expect(en.stderr).toContain(
      `The dataset has areas in ${MUNICIPALITIES} municipalities: ${FIRST_TEN} and ${MUNICIPALITIES - 10} more.`,
    );
  });

  it('refuses a real municipality the dataset has no areas in, naming the one it has', () => {
    const amsterdam = run(['scores', nineOnly, '--dataset', 'GGD 2016', '--municipality', '363']);
    expect(amsterdam.status).toBe(1);
    expect(amsterdam.stderr).toContain(
      '"GGD 2016" heeft geen gebieden in gemeente GM0363. De dataset heeft alleen gebieden in gemeente GM0268.',
    );
    const en = run(['scores', nineOnly, '--dataset', 'GGD 2016', '--municipality', '363', '--lang', 'en']);
    expect(en.stderr).toContain(
      '"GGD 2016" has no areas in municipality GM0363. The dataset only has areas in municipality GM0268.',
    );
  });

  it('refuses what is no municipality code at all in words, never with the validator’s text', () => {
    const nl = run(['scores', national, '--dataset', 'GGD 2016', '--municipality', 'Nijmegen']);
    expect(nl.status).toBe(1);
    expect(nl.stderr).toContain(
      '"municipality" moet een gemeentecode zijn, zoals GM0268, 0268 of 268 (niet "Nijmegen").',
    );
    const en = run(['scores', national, '--dataset', 'GGD 2016', '--municipality', 'GM02680', '--lang', 'en']);
    expect(en.status).toBe(1);
    expect(en.stderr).toContain(
      '"municipality" must be a municipality code, such as GM0268, 0268 or 268 (not "GM02680").',
    );
    for (const text of [nl.stderr, en.stderr]) expect(text).not.toMatch(/invalid|pattern|expected|\/\^/i);
  });
});

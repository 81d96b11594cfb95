import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realFilePath } from '../../helpers/real-files';
import { runCli } from '../../helpers/run-cli';

const ggd = realFilePath('ggd-wijk-eenzaamheid-2016.csv');

/**
 * Nijmegen's 9 wijken in the raw CSV (Python 3, csv.DictReader, rows whose wijkcode starts with WK0268),
 * in wijkcode order: '% eenzaam*', '% met goede ervaren gezondheid*' and 'Bevolking 19 jaar en ouder'.
 */
const wijken = [
  ['WK026801', 42, 80, 11133],
  ['WK026802', 41, 79, 30221],
  ['WK026803', 45, 74, 12043],
  ['WK026804', 47, 73, 13719],
  ['WK026805', 44, 76, 15191],
  ['WK026806', 50, 69, 19351],
  ['WK026807', 52, 68, 17625],
  ['WK026808', 47, 75, 11565],
  ['WK026809', 38, 82, 10919],
] as const;

/**
 * Counted by hand from those values, with the bins of BinsSchema ([45]: < 45 and ≥ 45; [75]: < 75 and ≥ 75):
 * < 45 lonely: wijken 1, 2, 5, 9, all with ≥ 75 in good health; ≥ 45: wijken 3, 4, 6, 7 below 75 and
 * wijk 8 (75) at or above. Base sums per cell: [[0, 11133 + 30221 + 15191 + 10919], [12043 + 13719 +
 * 19351 + 17625, 11565]] = [[0, 67464], [62738, 11565]].
 */
const COUNTS = [
  [0, 4],
  [4, 1],
];

interface CrosstabJson {
  counts: (number | null)[][];
  n: number | null;
  suppressed: boolean[][];
  unit: string;
  areaLevel: string | null;
  publication: { basis: string; variable?: string; threshold?: number };
  threshold: number | null;
  notes: string[];
}

interface Scores {
  unit: string;
  base: { variable: string; threshold: number | null } | null;
  publication: { basis: string };
  areas: { code: string; n: number | null; suppressed: boolean; scores: Record<string, number | null> }[];
}

describe('units on area data: a 9-wijk cross-tab and the scores of the GGD file', () => {
  let home: string;
  let project: string;
  const run = (args: string[]) => runCli(args, home);
  const crosstab = (...flags: string[]) => {
    const result = run([
      'crosstab',
      project,
      '--dataset',
      'ggd',
      '--rows',
      '% eenzaam*',
      '--bins-rows',
      '45',
      '--cols',
      '% met goede ervaren gezondheid*',
      '--bins-cols',
      '75',
      '--json',
      ...flags,
    ]);
    expect(result.status, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as CrosstabJson;
  };
  const scores = (...flags: string[]) => {
    const result = run(['scores', project, '--dataset', 'ggd', '--json', ...flags]);
    expect(result.status, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as Scores;
  };
  const setBase = (...flags: string[]) => {
    const result = run(['base', project, '--dataset', 'ggd', ...flags]);
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
  };

  beforeAll(() => {
    home = mkdtempSync(path.join(os.tmpdir(), 'werkbank-area-units-'));
    project = path.join(home, 'ggd.skw');
    const imported = run(['import', project, ggd, '--name', 'ggd', '--kind', 'area', '--municipality', '268']);
    expect(imported.status, imported.stderr).toBe(0);
    expect(
      run([
        'map',
        project,
        '--dataset',
        'ggd',
        '--variable',
        '% eenzaam*',
        '--condition',
        'cohesion',
        '--polarity',
        'negative',
      ]).status,
    ).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('hides nothing in partner view for being under a respondent threshold, and says its cells count wijken', () => {
    const partner = crosstab('--audience', 'partner');
    expect(partner.counts).toEqual(COUNTS);
    expect(partner.n).toBe(9);
    expect(partner.suppressed.flat().some(Boolean)).toBe(false);
    expect(partner).toMatchObject({
      unit: 'areas',
      areaLevel: 'wijk',
      publication: { basis: 'none' },
      threshold: null,
    });
    expect(partner.notes).toContain('De cellen tellen wijken, geen respondenten.');
    expect(partner.notes.join(' ')).toContain(
      'De publicatiedrempel voor respondenten geldt hier niet: niets is verborgen.',
    );
    expect(partner.notes.join(' ')).not.toContain('minder dan 10 respondenten');

    const english = crosstab('--audience', 'partner', '--lang', 'en');
    expect(english.notes).toContain('The cells count wijken, not respondents.');

    const table = run([
      'crosstab',
      project,
      '--dataset',
      'ggd',
      '--rows',
      '% eenzaam*',
      '--bins-rows',
      '45',
      '--cols',
      '% met goede ervaren gezondheid*',
      '--bins-cols',
      '75',
      '--audience',
      'partner',
    ]);
    expect(table.stdout).toContain('De cellen tellen wijken, geen respondenten.');
    // No mark of a hidden figure ("<10", or "°" for what partners would not see).
    expect(table.stdout).not.toMatch(/<\d|°/);
  });

  it('gives scores no n without a base, and the base column’s value as n once it is chosen', () => {
    const without = scores();
    expect(without.unit).toBe('areas');
    expect(without.areas.map((area) => area.n)).toEqual(new Array(9).fill(null));

    expect(setBase('--variable', 'Bevolking 19 jaar en ouder')).toContain(
      '‘Bevolking 19 jaar en ouder’, zonder drempel',
    );
    const based = scores('--audience', 'partner');
    expect(based.base).toEqual({ variable: 'Bevolking 19 jaar en ouder', label: null, threshold: null });
    expect(based.areas.map((area) => [area.code, area.n])).toEqual(wijken.map(([code, , , base]) => [code, base]));
    expect(based.areas.some((area) => area.suppressed)).toBe(false);
    // A base without a threshold of its own hides no cell either.
    expect(crosstab('--audience', 'partner').counts).toEqual(COUNTS);
  });

  it('applies a base’s own threshold to the people the cells’ wijken hold, and says which threshold applies', () => {
    setBase('--variable', 'Bevolking 19 jaar en ouder', '--threshold', '12000');

    // Wijken 1, 8 and 9 have fewer than 12,000 people of 19 and over (11,133, 11,565, 10,919).
    const partnerScores = scores('--audience', 'partner');
    const below = ['WK026801', 'WK026808', 'WK026809'];
    expect(partnerScores.publication).toEqual({
      basis: 'base',
      variable: 'Bevolking 19 jaar en ouder',
      label: null,
      threshold: 12000,
    });
    expect(partnerScores.areas.filter((area) => area.suppressed).map((area) => area.code)).toEqual(below);
    for (const area of partnerScores.areas) {
      if (below.includes(area.code)) expect(area).toMatchObject({ n: null, scores: { cohesion: null } });
      else expect(area.n).toBe(wijken.find(([code]) => code === area.code)![3]);
    }
    const lines = run(['scores', project, '--dataset', 'ggd']).stdout.split('\n');
    expect(lines[0]).toContain('n (‘Bevolking 19 jaar en ouder’)');
    expect(lines[1]).toContain(
      'WK026801 Wijk 01 Nijmegen-Centrum (minder dan 12000 ‘Bevolking 19 jaar en ouder’ (of geen waarde daarvoor): niet publiceren)\t11.133',
    );

    // The one-wijk cell of wijk 8 (11,565) is under it; the four-wijk cells (67,464 and 62,738) are not.
    const researcher = crosstab();
    expect(researcher.counts).toEqual(COUNTS);
    expect(researcher.suppressed[1]![1]).toBe(true);
    expect(researcher.publication).toMatchObject({ basis: 'base', threshold: 12000 });
    const partner = crosstab('--audience', 'partner');
    expect(partner.counts[1]![1]).toBeNull();
    expect(partner.notes.join(' ')).toContain(
      'Publicatiedrempel op de basis ‘Bevolking 19 jaar en ouder’: aantallen van wijken met samen minder dan 12000 ‘Bevolking 19 jaar en ouder’ zijn verborgen (<12000)',
    );

    // Lowered to 10,000, every cell holds enough people: nothing is hidden, though one cell is one wijk.
    setBase('--variable', 'Bevolking 19 jaar en ouder', '--threshold', '10000');
    expect(crosstab('--audience', 'partner').counts).toEqual(COUNTS);

    expect(setBase('--none')).toContain('geen basiskolom');
    expect(scores().base).toBeNull();
  });

  it('refuses a base for a text column and a threshold without a base, in words', () => {
    const text = run(['base', project, '--dataset', 'ggd', '--variable', 'wijknaam']);
    expect(text.status).toBe(1);
    expect(text.stderr).toContain('"wijknaam" in "ggd" is geen getal en kan dus geen basis zijn');
    const fraction = run([
      'base',
      project,
      '--dataset',
      'ggd',
      '--variable',
      'Bevolking 19 jaar en ouder',
      '--threshold',
      '1,5',
      '--lang',
      'en',
    ]);
    expect(fraction.status).toBe(1);
    expect(fraction.stderr).toContain('"threshold" must be a whole number (not 1.5).');
    const usage = run(['base', project, '--dataset', 'ggd']);
    expect(usage.status).toBe(2);
  });
});

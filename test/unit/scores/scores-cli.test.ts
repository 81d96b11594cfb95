import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli';
import { realFilePath } from '../../helpers/real-files';
import { useTempFolder } from '../../helpers/temp-folder';

const tempFolder = useTempFolder();
const ggd = realFilePath('ggd-wijk-eenzaamheid-2016.csv');

/**
 * Indices computed independently (Python's statistics.mean and stdev, n − 1) from the raw CSV, by the
 * formula of docs/ARCHITECTURE.md §1: z = polarity × (x − mean) / sd over the 9 Nijmegen wijken, cohesion the mean of
 * the two loneliness z's, index = 100 + 10 × z̄. Columns: security, cohesion, empowerment.
 */
const expected: Record<string, [string, number, number, number]> = {
  WK026801: ['Wijk 01 Nijmegen-Centrum', 110.281328, 109.14169, 109.315943],
  WK026802: ['Wijk 02 Nijmegen-Oost', 108.178329, 109.16942, 109.315943],
  WK026803: ['Wijk 03 Nijmegen-Oud-West', 97.663335, 101.349157, 94.520034],
  WK026804: ['Wijk 04 Nijmegen-Nieuw-West', 95.560336, 95.787023, 94.520034],
  WK026805: ['Wijk 05 Nijmegen-Midden', 101.869332, 101.376887, 104.383973],
  WK026806: ['Wijk 06 Nijmegen-Zuid', 87.14834, 89.095824, 89.588064],
  WK026807: ['Wijk 07 Dukenburg', 85.045341, 84.635025, 84.656095],
  WK026808: ['Wijk 08 Lindenholt', 99.766333, 94.685688, 99.452003],
  WK026809: ['Wijk 09 Nijmegen-Noord', 114.487326, 114.759284, 114.247912],
};

describe('werkbank map and scores on the real GGD 2016 file', () => {
  it('gives each Nijmegen wijk its indices by the formula, inclusion null, with the wijk names', () => {
    const home = tempFolder();
    const project = path.join(home, 'nijmegen.skw');
    const imported = runCli(
      ['import', project, ggd, '--name', 'GGD 2016', '--kind', 'area', '--municipality', 'GM0268'],
      home,
    );
    expect(imported.status, imported.stderr).toBe(0);
    const map = (variable: string, condition: string, polarity: string) =>
      runCli(
        [
          'map',
          project,
          '--dataset',
          'GGD 2016',
          '--variable',
          variable,
          '--condition',
          condition,
          '--polarity',
          polarity,
        ],
        home,
      );
    expect(map('% eenzaam*', 'cohesion', 'negative').status).toBe(0);
    expect(map('% sociaal eenzaam*', 'cohesion', 'negative').status).toBe(0);
    expect(map('% met voldoende regie over het eigen leven*', 'empowerment', 'positive').status).toBe(0);
    expect(map('% met goede ervaren gezondheid*', 'security', 'positive').status).toBe(0);

    const run = runCli(['scores', project, '--dataset', 'GGD 2016', '--json'], home);
    expect(run.status, run.stderr).toBe(0);
    const { areas } = JSON.parse(run.stdout) as {
      areas: { code: string; name: string; suppressed: boolean; scores: Record<string, number | null> }[];
    };
    expect(areas.map((a) => a.code)).toEqual(Object.keys(expected));
    for (const area of areas) {
      const [name, security, cohesion, empowerment] = expected[area.code]!;
      expect(area.name).toBe(name);
      expect(area.suppressed).toBe(false);
      expect(area.scores.security).toBeCloseTo(security, 5);
      expect(area.scores.cohesion).toBeCloseTo(cohesion, 5);
      expect(area.scores.empowerment).toBeCloseTo(empowerment, 5);
      expect(area.scores.inclusion).toBeNull();
    }
  });

  it('refuses a text variable and an unknown condition', () => {
    const home = tempFolder();
    const project = path.join(home, 'n.skw');
    expect(
      runCli(['import', project, ggd, '--name', 'g', '--kind', 'area', '--municipality', 'GM0268'], home).status,
    ).toBe(0);
    const text = runCli(['map', project, '--dataset', 'g', '--variable', 'wijknaam', '--condition', 'cohesion'], home);
    expect(text.status).toBe(1);
    expect(text.stderr).toContain('geen getal');
    const unknown = runCli(
      ['map', project, '--dataset', 'g', '--variable', '% eenzaam*', '--condition', 'geluk'],
      home,
    );
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('condition');
    const unmapped = runCli(['unmap', project, '--dataset', 'g', '--variable', 'bestaat-niet'], home);
    expect(unmapped.status).toBe(1);
    expect(unmapped.stderr).toContain('bestaat-niet');
  });
});

// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInProcessHost, type InProcessHost } from '../helpers/in-process-host';
import { importThroughApi } from './in-process-api';
import { makeTempFolder, renderApp } from './render-app';

/** An import starts two worker threads and builds their code once per process: give it time. */
const IMPORT_TIMEOUT = 30_000;

/** Three wijken of Amsterdam (GM0363) and three of Nijmegen (GM0268), one row each. */
const AREA_CSV = [
  'wijkcode;wijknaam;gemeente;type;groen;inwoners',
  'WK036301;Noord;Amsterdam;stad;10;500',
  'WK036302;Oost;Amsterdam;stad;20;1500',
  'WK036303;Zuid;Amsterdam;dorp;30;2500',
  'WK026801;Centrum;Nijmegen;stad;40;800',
  'WK026802;Hengstdal;Nijmegen;stad;50;3000',
  'WK026803;Lindenholt;Nijmegen;dorp;60;4000',
].join('\r\n');

/** A missing score: a dash on screen, "geen waarde" for a screen reader. */
const NONE = '–geen waarde';

function scoreRows(): Map<string, string[]> {
  const table = screen.getByRole('table', { name: 'Scores per gebied' });
  const rows = within(table).getAllByRole('row').slice(1);
  return new Map(
    rows.map((row) => [
      within(row).getByRole('button').textContent ?? '',
      within(row)
        .queryAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    ]),
  );
}

describe('area data in the app: a municipality’s areas, a base column, and what the cells count', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  let engine: InProcessHost;

  beforeEach(async () => {
    temp = makeTempFolder();
    engine = createInProcessHost({ settingsFolder: temp.folder });
    engine.workbench.create(path.join(temp.folder, 'wijken.skw'));
    const file = path.join(temp.folder, 'wijkmonitor.csv');
    writeFileSync(file, AREA_CSV);
    await importThroughApi(engine.call, {
      file,
      name: 'Wijkmonitor',
      kind: 'area',
      areaColumn: 'wijkcode',
      areaNameColumn: 'wijknaam',
    });
  }, IMPORT_TIMEOUT);

  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    engine.workbench.close();
    temp.remove();
  });

  it(
    'shows only the chosen municipality’s areas, standardised over them or over all, with the base as n and its own threshold',
    async () => {
      expect(
        (await engine.call('mappings.set', { dataset: 'Wijkmonitor', variable: 'groen', condition: 'security' })).ok,
      ).toBe(true);
      const rendered = await renderApp(engine.api);
      const { user } = rendered;
      await user.click(screen.getByRole('tab', { name: 'Analyse' }));
      await user.click(await screen.findByRole('tab', { name: 'Profielen' }));
      await screen.findByRole('table', { name: 'Scores per gebied' });
      expect(scoreRows().size).toBe(6);

      // Over Nijmegen's three wijken groen is 40, 50, 60: mean 50, sd 10, so z −1, 0, +1.
      await user.selectOptions(screen.getByLabelText('Gemeente'), 'Gemeente GM0268');
      await waitFor(() => expect([...scoreRows().keys()]).toEqual(['Centrum', 'Hengstdal', 'Lindenholt']));
      expect(scoreRows().get('Centrum')).toEqual(['90,0', NONE, NONE, NONE]);
      expect(scoreRows().get('Lindenholt')).toEqual(['110,0', NONE, NONE, NONE]);

      // Over all six (10 … 60): mean 35, sd √350 = 18,708; Centrum 100 + 10 × 5 / 18,708 = 102,67.
      await user.selectOptions(screen.getByLabelText('Referentiegroep'), 'Alle gebieden in de dataset');
      await waitFor(() => expect(scoreRows().get('Centrum')).toEqual(['102,7', NONE, NONE, NONE]));
      expect(scoreRows().get('Hengstdal')?.[0]).toBe('108,0');
      expect(scoreRows().get('Lindenholt')?.[0]).toBe('113,4');
      expect(scoreRows().size).toBe(3);
      expect(
        screen.getByText('Index: 100 = gemiddelde van alle gebieden in de dataset; 10 punten = 1 standaardafwijking.'),
      ).toBeTruthy();

      // Area data has no respondents: no n, and the respondent threshold is not offered, until a base is chosen.
      expect(
        screen.getByText(
          'Gebiedsgegevens: één rij per gebied. Zonder basiskolom heeft een gebied geen n en geldt geen publicatiedrempel.',
        ),
      ).toBeTruthy();
      expect(screen.queryByLabelText('Publicatiedrempel (respondenten)')).toBeNull();
      await user.selectOptions(screen.getByLabelText('Basiskolom (n per gebied)'), 'inwoners');
      await waitFor(() => expect(scoreRows().get('Centrum')).toEqual(['800', '102,7', NONE, NONE, NONE]));
      expect(scoreRows().get('Lindenholt')?.[0]).toBe('4.000');
      expect(screen.getByTitle('n: ‘inwoners’ van het gebied')).toBeTruthy();

      const threshold = screen.getByLabelText('Drempel op de basis');
      await user.type(threshold, '1000{Enter}');
      await waitFor(() =>
        expect(
          screen.getByText(
            'Gebiedsgegevens: n is ‘inwoners’ van het gebied; gebieden met minder dan 1000 (of zonder waarde) worden niet aan partners getoond.',
          ),
        ).toBeTruthy(),
      );
      const centrum = screen.getByRole('button', { name: 'Centrum' }).closest('tr')!;
      expect(within(centrum).getByText('onder publicatiedrempel')).toBeTruthy();

      await user.click(screen.getByRole('button', { name: 'Partner' }));
      await waitFor(() => expect(scoreRows().get('Centrum')).toEqual(['n < 1000: niet getoond']));
      expect(scoreRows().get('Hengstdal')).toEqual(['3.000', '108,0', NONE, NONE, NONE]);
      expect(
        screen.getByText(/Gebieden met minder dan 1000 ‘inwoners’ \(of geen waarde daarvoor\) worden niet getoond/),
      ).toBeTruthy();
      expect(screen.queryByLabelText('Drempel op de basis')).toBeNull();
    },
    IMPORT_TIMEOUT,
  );

  it(
    'shows partners every cell of a cross-tab of wijken, and says the cells count wijken',
    async () => {
      const { user } = await renderApp(engine.api);
      await user.click(screen.getByRole('tab', { name: 'Analyse' }));
      await user.click(await screen.findByRole('tab', { name: 'Kruistabellen' }));
      await screen.findByRole('complementary', { name: 'Kruistabel samenstellen' });
      await user.selectOptions(screen.getByLabelText('Rijen'), 'type');
      await user.selectOptions(screen.getByLabelText('Kolommen'), 'gemeente');
      await screen.findByRole('table', { name: /^type × gemeente/ });
      await user.click(screen.getByRole('button', { name: 'Partner' }));

      await screen.findByText(
        'De cellen tellen wijken, geen respondenten: de publicatiedrempel voor respondenten geldt hier niet, en er is niets verborgen.',
      );
      const table = screen.getByRole('table', { name: /^type × gemeente/ });
      const stad = within(table).getByRole('rowheader', { name: 'stad' }).closest('tr')!;
      expect(
        within(stad)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ).toEqual(['2', '2', '4']);
      expect(table.textContent).not.toContain('<10');
      expect(screen.getByText(/n = 6 wijken in de tabel/)).toBeTruthy();
    },
    IMPORT_TIMEOUT,
  );
});

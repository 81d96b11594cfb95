// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../helpers/run-cli';
import { createInProcessHost, type InProcessHost } from '../helpers/in-process-host';
import { importThroughApi } from './in-process-api';
import { makeTempFolder, renderApp } from './render-app';

/** An import starts two worker threads and builds their code once per process: give it time. */
const IMPORT_TIMEOUT = 30_000;
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'crosstab');

/** The text of the cell where a row (by its header) meets a column (by its header). */
function cellText(table: HTMLElement, row: string, column: string): string {
  const columns = within(table)
    .getAllByRole('columnheader')
    .filter((header) => header.closest('tr') === table.querySelector('thead tr:last-child'));
  const j = columns.findIndex((header) => header.textContent === column);
  expect(j, column).toBeGreaterThan(0);
  const line = within(table).getByRole('rowheader', { name: row }).closest('tr')!;
  return line.children[j]!.textContent ?? '';
}

describe('cross-tabs', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  let engine: InProcessHost;

  beforeEach(() => {
    temp = makeTempFolder();
    engine = createInProcessHost({ settingsFolder: temp.folder });
    engine.workbench.create(path.join(temp.folder, 'kruistabellen.skw'));
  });

  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    engine.workbench.close();
    temp.remove();
  });

  async function openCrosstabs() {
    const rendered = await renderApp(engine.api);
    await rendered.user.click(screen.getByRole('tab', { name: 'Analyse' }));
    await rendered.user.click(await screen.findByRole('tab', { name: 'Kruistabellen' }));
    await screen.findByRole('complementary', { name: 'Kruistabel samenstellen' });
    return rendered;
  }

  it(
    'builds hair × eye with its chi-square and Cramér’s V, shows column percentages, and hides small cells from partners',
    async () => {
      await importThroughApi(engine.call, {
        file: path.join(fixtures, 'haireyecolor.csv'),
        name: 'Haar en ogen',
        kind: 'survey',
        idColumn: 'respondent',
        weightColumn: 'weight',
      });
      const { user } = await openCrosstabs();

      await user.selectOptions(screen.getByLabelText('Rijen'), 'hair');
      await user.selectOptions(screen.getByLabelText('Kolommen'), 'eye');
      const table = await screen.findByRole('table', { name: /^hair × eye/ });
      expect(cellText(table, 'Black', 'Brown')).toBe('68');
      expect(cellText(table, 'Totaal', 'Totaal')).toBe('592');

      const tests = screen.getByRole('table', { name: 'Toetsen' });
      const pearson = within(tests).getByRole('rowheader', { name: 'Pearson χ²' }).closest('tr')!;
      const [value, df, p] = within(pearson).getAllByRole('cell');
      expect(value!.textContent).toBe('138,29');
      expect(df!.textContent).toBe('9');
      expect(within(p!).getByText('< 0,001')).toBeTruthy();
      expect(p!.getAttribute('title')).toMatch(/^p = \d,\d\d × 10⁻²⁵$/);
      const cramer = within(tests).getByRole('rowheader', { name: 'Cramérs V' }).closest('tr')!;
      expect(within(cramer).getAllByRole('cell')[0]!.textContent).toBe('0,279');
      // Every expected count is at least 5 here: no warning.
      expect(screen.queryByRole('note')).toBeNull();

      await user.click(screen.getByRole('radio', { name: 'Kolom-%' }));
      const percentages = screen.getByRole('table', { name: /^hair × eye.*kolompercentages/ });
      // Brown eyes: 68 of 220 have black hair.
      expect(cellText(percentages, 'Black', 'Brown')).toBe('30,9%');
      expect(cellText(percentages, 'Totaal', 'Brown')).toBe('100,0%');

      // The researcher sees Black × Green (5 respondents), outlined as hidden from partners.
      expect(cellText(percentages, 'Black', 'Green')).toMatch(/^7,8%.*verborgen voor partners/);

      await user.click(screen.getByRole('button', { name: 'Partner' }));
      await waitFor(() =>
        expect(
          screen.getByText(
            /Cellen met minder dan 10 respondenten en cellen waaruit die terug te rekenen zijn, worden niet getoond\./,
          ),
        ).toBeTruthy(),
      );
      await user.click(screen.getByRole('radio', { name: 'Aantal' }));
      const partner = screen.getByRole('table', { name: /^hair × eye/ });
      await waitFor(() => expect(cellText(partner, 'Black', 'Green')).toBe('<10'));
      expect(cellText(partner, 'Blond', 'Brown')).toBe('<10');
      expect(cellText(partner, 'Brown', 'Brown')).toBe('119');
      expect(
        screen.getByText('Toetsen weggelaten: met verborgen cellen zouden ze die cellen kunnen prijsgeven.'),
      ).toBeTruthy();
    },
    IMPORT_TIMEOUT,
  );

  it(
    'bins a number by typed cut points, weighs, and copies the table as text',
    async () => {
      await importThroughApi(engine.call, {
        file: path.join(fixtures, 'wijken-voorkeur.csv'),
        name: 'Wijken',
        kind: 'survey',
        idColumn: 'respondent',
        areaColumn: 'wijkcode',
        areaNameColumn: 'wijknaam',
        weightColumn: 'weging',
      });
      const { user } = await openCrosstabs();

      await user.selectOptions(screen.getByLabelText('Rijen'), 'leeftijd');
      expect(screen.getByText('Geef grenzen op om de getallen in klassen in te delen.')).toBeTruthy();
      await user.type(screen.getByLabelText('Klassengrenzen voor de rijen'), '30, 45, 65{Enter}');
      await user.selectOptions(screen.getByLabelText('Kolommen'), 'voorkeur');
      await user.selectOptions(screen.getByLabelText('Weging'), 'weging');

      const table = await screen.findByRole('table', { name: /^leeftijd × voorkeur/ });
      expect(
        within(table)
          .getAllByRole('rowheader')
          .map((header) => header.textContent),
      ).toEqual(['< 30', '30–45', '45–65', '> 65', 'Totaal', 'n']);
      expect(within(table).getByText('Gewogen naar weging')).toBeTruthy();
      // Weighted counts carry one decimal; n stays the number of respondents.
      expect(cellText(table, 'Totaal', 'Totaal')).toMatch(/^\d+,\d$/);
      expect(cellText(table, 'n', 'Totaal')).toMatch(/^\d+$/);

      await user.click(screen.getByRole('button', { name: 'Kopiëren' }));
      await screen.findByText(/De tabel staat op het klembord/);
      const copied = await navigator.clipboard.readText();
      expect(copied.split('\n')[0]).toContain('leeftijd × voorkeur');
      expect(copied).toContain('\t');

      // Where the clipboard is refused, the text is there to copy by hand.
      vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
      await user.click(screen.getByRole('button', { name: 'Kopiëren' }));
      const fallback = await screen.findByLabelText<HTMLTextAreaElement>('Tabel als tekst');
      // A textarea keeps line breaks as \n.
      expect(fallback.value).toBe(copied.replace(/\r\n/g, '\n'));

      // A file export says where it went; a second one to the same file says why not, beside the buttons.
      await user.type(screen.getByLabelText('Bestand'), path.join(temp.folder, 'leeftijd'));
      await user.click(screen.getByRole('button', { name: 'CSV (Excel NL)' }));
      const saved = path.join(temp.folder, 'leeftijd.csv');
      await screen.findByText(`Opgeslagen als ${saved}.`);
      expect(readFileSync(saved, 'utf8').startsWith('\uFEFF')).toBe(true);
      await user.click(screen.getByRole('button', { name: 'CSV (Excel NL)' }));
      const refusal = await screen.findByText(`Er bestaat al een bestand ${saved}; kies een andere naam.`);
      expect(refusal.closest('section')).toBe(screen.getByRole('region', { name: 'Exporteren' }));
    },
    IMPORT_TIMEOUT,
  );

  it(
    'a new export attempt replaces the status of an earlier image export, also when it fails',
    async () => {
      await importThroughApi(engine.call, {
        file: path.join(fixtures, 'haireyecolor.csv'),
        name: 'Haar en ogen',
        kind: 'survey',
        idColumn: 'respondent',
      });
      const { user } = await openCrosstabs();
      await user.selectOptions(screen.getByLabelText('Rijen'), 'hair');
      await user.selectOptions(screen.getByLabelText('Kolommen'), 'eye');
      await screen.findByRole('table', { name: /^hair × eye/ });

      // jsdom cannot download: catch the Blob URL and the link's click.
      URL.createObjectURL = () => 'blob:test/1';
      URL.revokeObjectURL = () => {};
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
      const exports = screen.getByRole('region', { name: 'Exporteren' });
      await user.click(within(exports).getByRole('button', { name: 'SVG' }));
      await within(exports).findByText(/^Afbeelding opgeslagen als .+\.svg\.$/);

      // A CSV export without a path fails at once: the image's status goes.
      await user.click(within(exports).getByRole('button', { name: 'CSV (Excel NL)' }));
      await within(exports).findByText('Vul het pad van het bestand in.');
      expect(within(exports).queryByText(/Afbeelding opgeslagen/)).toBeNull();

      // So does one the engine refuses, after another image export.
      await user.click(within(exports).getByRole('button', { name: 'SVG' }));
      await within(exports).findByText(/^Afbeelding opgeslagen als/);
      await user.type(screen.getByLabelText('Bestand'), path.join(temp.folder, 'geen-map', 'haar'));
      await user.click(within(exports).getByRole('button', { name: 'CSV (Excel NL)' }));
      await waitFor(() => expect(within(exports).queryByText(/Afbeelding opgeslagen/)).toBeNull());
      expect(within(exports).getByRole('status').textContent).not.toBe('');
    },
    IMPORT_TIMEOUT,
  );

  it(
    'offers as weights exactly what the engine takes: integer codes too, not text, negative or empty columns',
    async () => {
      const file = path.join(temp.folder, 'weer.csv');
      const rows = ['a,1,1.5,zonnig,', 'a,2,-1,regen,', 'a,1,1,wind,', 'b,2,1,mist,', 'b,1,1,hagel,', 'b,2,1,storm,'];
      writeFileSync(file, `groep,klasse,factor,opmerking,weegfactor\n${rows.join('\n')}\n`);
      await importThroughApi(engine.call, { file, name: 'Weer', kind: 'survey' });
      const { user } = await openCrosstabs();

      const weight = screen.getByLabelText<HTMLSelectElement>('Weging');
      expect([...weight.options].map((option) => option.value)).toEqual(['', 'klasse']);
      await user.selectOptions(screen.getByLabelText('Rijen'), 'groep');
      await user.selectOptions(screen.getByLabelText('Kolommen'), 'klasse');
      await user.selectOptions(weight, 'klasse');
      const table = await screen.findByRole('table', { name: /^groep × klasse/ });
      // Group a: 1 + 2 + 1; group b: 2 + 1 + 2.
      expect(cellText(table, 'Totaal', 'Totaal')).toMatch(/^9,0\b/);
    },
    IMPORT_TIMEOUT,
  );
});

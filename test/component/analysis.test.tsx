// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { largeRadar } from '../../renderer/src/charts/radar-layout';
import { createInProcessHost, type InProcessHost } from '../helpers/in-process-host';
import { importThroughApi } from './in-process-api';
import { makeTempFolder, renderApp } from './render-app';

/** An import starts two worker threads and builds their code once per process: give it time. */
const IMPORT_TIMEOUT = 20_000;

/**
 * Three wijken of an area dataset, one indicator per condition. Each column holds 10, 20 and 30 (or
 * 1, 2, 3) in some order, so over the three areas z is −1, 0 or +1 and every index 90, 100 or 110.
 */
const AREA_CSV = [
  'wijkcode;wijknaam;groen;veilig;contact;inspraak',
  'WK036301;Noord;10;30;20;1',
  'WK036302;Oost;20;10;30;2',
  'WK036303;Zuid;30;20;10;3',
].join('\r\n');

/**
 * A survey of three wijken; De Kern has 4 respondents, under the default threshold of 10. Every
 * respondent of a wijk gives the same answer, so the wijk means are 2, 4 and 3: z −1, +1 and 0.
 */
function surveyCsv(): string {
  const lines = ['respondent;wijkcode;wijknaam;tevreden'];
  let id = 1;
  for (const [code, name, count, answer] of [
    ['WK036301', 'Noord', 12, 2],
    ['WK036302', 'Oost', 12, 4],
    ['WK036304', 'De Kern', 4, 3],
  ] as const) {
    for (let i = 0; i < count; i++) lines.push(`${id++};${code};${name};${answer}`);
  }
  return lines.join('\r\n');
}

/** A missing score: a dash on screen, "geen waarde" for a screen reader. */
const NONE = '–geen waarde';

/** The rows of the scores table by area name: its cells' text. */
function scoreRows(): Map<string, string[]> {
  const table = screen.getByRole('table', { name: 'Scores per gebied' });
  const rows = within(table).getAllByRole('row').slice(1);
  return new Map(
    rows.map((row) => {
      const name = within(row).getByRole('button').textContent ?? '';
      return [
        name,
        within(row)
          .queryAllByRole('cell')
          .map((cell) => cell.textContent ?? ''),
      ];
    }),
  );
}

describe('analysis', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  let engine: InProcessHost;

  beforeEach(async () => {
    temp = makeTempFolder();
    engine = createInProcessHost({ settingsFolder: temp.folder });
    engine.workbench.create(path.join(temp.folder, 'wijkprofielen.skw'));
  });

  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    engine.workbench.close();
    temp.remove();
  });

  async function importAreas(): Promise<void> {
    const file = path.join(temp.folder, 'wijkmonitor.csv');
    writeFileSync(file, AREA_CSV);
    await importThroughApi(engine.call, {
      file,
      name: 'Wijkmonitor',
      kind: 'area',
      areaColumn: 'wijkcode',
      areaNameColumn: 'wijknaam',
    });
  }

  async function importSurvey(): Promise<void> {
    const file = path.join(temp.folder, 'enquete.csv');
    writeFileSync(file, surveyCsv());
    await importThroughApi(engine.call, {
      file,
      name: 'Buurtenquête',
      kind: 'survey',
      idColumn: 'respondent',
      areaColumn: 'wijkcode',
      areaNameColumn: 'wijknaam',
    });
  }

  async function openAnalysis() {
    const rendered = await renderApp(engine.api);
    await rendered.user.click(screen.getByRole('tab', { name: 'Analyse' }));
    // A project without mappings opens on Indicatoren, one with mappings on Profielen.
    await screen.findByRole('tablist', { name: 'Onderdelen van de analyse' });
    return rendered;
  }

  it(
    'updates the scores table at once when a variable is mapped, and again when its polarity changes',
    async () => {
      await importAreas();
      const { user } = await openAnalysis();

      await user.selectOptions(
        await screen.findByLabelText('Koppel groen aan een conditie'),
        'Sociaaleconomische zekerheid',
      );
      const board = screen.getByRole('region', { name: 'Sociaaleconomische zekerheid' });
      await within(board).findByText('groen');
      const mappings = screen.getByRole('table', { name: 'Alle koppelingen (alle datasets)' });
      expect(within(mappings).getByText('groen')).toBeTruthy();

      await user.click(screen.getByRole('tab', { name: 'Profielen' }));
      await screen.findByRole('table', { name: 'Scores per gebied' });
      // The four conditions (an area dataset has no respondents to count); only security has an indicator.
      expect(scoreRows().get('Noord')).toEqual(['90,0', NONE, NONE, NONE]);
      expect(scoreRows().get('Zuid')?.[0]).toBe('110,0');

      await user.click(screen.getByRole('tab', { name: 'Indicatoren' }));
      await user.selectOptions(screen.getByLabelText('Richting van groen'), 'hoger is slechter');
      await user.selectOptions(screen.getByLabelText('Koppel veilig aan een conditie'), 'Sociale inclusie');
      await user.click(screen.getByRole('tab', { name: 'Profielen' }));
      await waitFor(() => expect(scoreRows().get('Noord')).toEqual(['110,0', '110,0', NONE, NONE]));

      // Per indicator every step is visible: the area's value, the reference mean and sd, and z.
      await user.click(
        within(screen.getByRole('table', { name: 'Scores per gebied' })).getByRole('button', { name: 'Noord' }),
      );
      const detail = screen.getByRole('region', { name: 'Hoe de scores van Noord tot stand komen' });
      const security = within(detail).getByRole('table', { name: /Sociaaleconomische zekerheid/ });
      const groen = within(security).getByRole('row', { name: /groen/ });
      expect(
        within(groen)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ).toEqual(['10,00', '20,00', '10,00', '+1,00']);
    },
    IMPORT_TIMEOUT,
  );

  it(
    'draws one shape per compared area, with every point at the radius of its index',
    async () => {
      await importAreas();
      const { user } = await openAnalysis();
      for (const [variable, condition] of [
        ['groen', 'Sociaaleconomische zekerheid'],
        ['veilig', 'Sociale inclusie'],
        ['contact', 'Sociale cohesie'],
        ['inspraak', 'Sociale empowerment'],
      ]) {
        await user.selectOptions(await screen.findByLabelText(`Koppel ${variable} aan een conditie`), condition!);
      }
      await waitFor(() =>
        expect(
          within(screen.getByRole('table', { name: 'Alle koppelingen (alle datasets)' })).getAllByRole('row'),
        ).toHaveLength(6),
      );
      await user.click(screen.getByRole('tab', { name: 'Profielen' }));
      await user.click(await screen.findByRole('button', { name: 'Vergelijken' }));
      await user.click(screen.getByRole('checkbox', { name: 'Noord' }));
      await user.click(screen.getByRole('checkbox', { name: 'Zuid' }));

      const radar = await screen.findByRole('img', { name: 'Noord, Zuid: vier condities' });
      expect(radar.querySelectorAll('.radar-shape')).toHaveLength(2);
      const dots = [...radar.querySelectorAll<SVGGElement>('.radar-dot')];
      expect(dots).toHaveLength(8);

      // Every index lies within 70–130, the chart's fixed domain, spread over its radius: 100 halfway.
      const expectedRadius = scaleLinear().domain([70, 130]).range([0, largeRadar.radius]);
      const expected: Record<string, number[]> = {
        security: [90, 110],
        inclusion: [110, 100],
        cohesion: [100, 90],
        empowerment: [90, 110],
      };
      for (const [axis, values] of Object.entries(expected)) {
        const points = dots.filter((dot) => dot.dataset.axis === axis).map((dot) => translation(dot));
        expect(points.map((point) => Math.hypot(point.x, point.y))).toEqual(
          values.map((value) => expect.closeTo(expectedRadius(value), 1)),
        );
      }
      // The axes go clockwise from the top: security up, inclusion right.
      const security = translation(dots.find((dot) => dot.dataset.axis === 'security')!);
      const inclusion = translation(dots.find((dot) => dot.dataset.axis === 'inclusion')!);
      expect(security.x).toBeCloseTo(0, 5);
      expect(security.y).toBeLessThan(0);
      expect(inclusion.x).toBeGreaterThan(0);
      expect(inclusion.y).toBeCloseTo(0, 5);

      const table = screen.getByRole('table', { name: 'Noord, Zuid: vier condities' });
      expect(within(table).getByRole('row', { name: /Sociale inclusie/ }).textContent).toContain('110,0');
    },
    IMPORT_TIMEOUT,
  );

  it(
    'marks a survey area under the threshold for the researcher, hides its figures in the partner view and leaves it out of exports',
    async () => {
      await importSurvey();
      const api = engine.api;
      expect(
        (await api.invoke('mappings.set', { dataset: 'Buurtenquête', variable: 'tevreden', condition: 'cohesion' })).ok,
      ).toBe(true);
      const { user } = await openAnalysis();
      await user.click(screen.getByRole('tab', { name: 'Profielen' }));
      await screen.findByRole('table', { name: 'Scores per gebied' });

      const researcher = scoreRows();
      expect(researcher.get('De Kern')).toEqual(['4', NONE, NONE, '100,0', NONE]);
      const kernRow = screen.getByRole('button', { name: 'De Kern' }).closest('tr')!;
      expect(within(kernRow).getByText('onder publicatiedrempel')).toBeTruthy();
      // One area: "gebied … is", not "gebied(en) … zijn".
      expect(
        screen.getByText(
          'Onderzoekersweergave: 1 gebied met minder dan 10 respondenten is gemarkeerd als ‘onder publicatiedrempel’. Partners en exports krijgen deze cijfers niet te zien.',
        ),
      ).toBeTruthy();

      await user.click(screen.getByRole('button', { name: 'Partner' }));
      await waitFor(() => expect(scoreRows().get('De Kern')).toEqual(['n < 10: niet getoond']));
      expect(scoreRows().get('Oost')).toEqual(['12', NONE, NONE, '110,0', NONE]);
      expect(screen.queryByText('100,0')).toBeNull();
      await user.click(screen.getByRole('button', { name: 'De Kern' }));
      const detail = screen.getByRole('region', { name: 'Hoe de scores van De Kern tot stand komen' });
      expect(
        within(detail).getByText('De cijfers van dit gebied worden niet getoond: minder dan 10 respondenten.'),
      ).toBeTruthy();
      expect(within(detail).queryByRole('table')).toBeNull();

      // The threshold cannot be lowered from the partner view.
      expect(screen.queryByLabelText('Publicatiedrempel (respondenten)')).toBeNull();

      await user.click(screen.getByRole('button', { name: 'Alle gebieden' }));
      const multiples = screen.getByRole('list', { name: 'Profielen van alle gebieden over de vier condities' });
      expect(within(multiples).getByRole('img', { name: 'De Kern: niet getoond (n < 10)' })).toBeTruthy();
      expect(multiples.querySelectorAll('.radar-shape')).toHaveLength(2);

      const saved = captureDownloads();
      await user.click(screen.getByRole('button', { name: 'SVG opslaan' }));
      const [file] = await saved.files();
      expect(file?.name).toMatch(/^profielen-van-alle-gebieden-over-de-vier-condities-\d{4}-\d{2}-\d{2}\.svg$/);
      const svg = file!.text;
      expect(svg).toContain('<title>Profielen van alle gebieden over de vier condities</title>');
      expect(svg).toContain('Bron: Buurtenquête, Werkbank Sociale Kwaliteit');
      expect(svg).toContain('Referentiegemiddelde (100)');
      expect(svg).toContain('Niet getoond wegens minder dan 10 respondenten: De Kern.');
      // Two areas drawn; De Kern only as a placeholder, its index nowhere.
      expect(svg.match(/class="radar-shape"/g)).toHaveLength(2);
      expect(svg).not.toContain('100,0');

      // In the researcher view, a lower threshold publishes De Kern at once.
      await user.click(screen.getByRole('button', { name: 'Onderzoeker' }));
      const threshold = screen.getByLabelText('Publicatiedrempel (respondenten)');
      await user.clear(threshold);
      await user.type(threshold, '4{Enter}');
      const scores = screen.getByRole('table', { name: 'Scores per gebied' });
      await waitFor(() =>
        expect(
          within(within(scores).getByRole('button', { name: 'De Kern' }).closest('tr')!).queryByText(
            'onder publicatiedrempel',
          ),
        ).toBeNull(),
      );
      expect(scoreRows().get('De Kern')).toEqual(['4', NONE, NONE, '100,0', NONE]);
      expect(await api.invoke('project.settings', {})).toEqual({ ok: true, data: { publicationThreshold: 4 } });
    },
    IMPORT_TIMEOUT,
  );

  it(
    'exports an overlay as a standalone SVG with title, legend, source and date, leaving out an area under the threshold even in the researcher view',
    async () => {
      await importSurvey();
      await engine.call('mappings.set', { dataset: 'Buurtenquête', variable: 'tevreden', condition: 'security' });
      const { user } = await openAnalysis();
      await user.click(screen.getByRole('tab', { name: 'Profielen' }));
      await user.click(await screen.findByRole('button', { name: 'Vergelijken' }));
      await user.click(screen.getByRole('checkbox', { name: 'Oost' }));
      await user.click(screen.getByRole('checkbox', { name: /De Kern/ }));
      await screen.findByRole('img', { name: 'Oost, De Kern: vier condities' });

      const saved = captureDownloads();
      await user.click(screen.getByRole('button', { name: 'SVG opslaan' }));
      const [file] = await saved.files();
      const svg = file!.text;
      expect(svg.startsWith('<?xml')).toBe(true);
      expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror')).toBeNull();
      expect(svg).toContain('<title>Oost: vier condities</title>');
      expect(svg).toMatch(/>Oost<\/text>/);
      expect(svg).toContain('>Referentiegemiddelde (100)</text>');
      expect(svg).toContain('>Bron: Buurtenquête, Werkbank Sociale Kwaliteit</text>');
      expect(svg).toMatch(/>\d{1,2} [a-z]+ \d{4}<\/text>/);
      expect(svg).toContain('Niet getoond wegens minder dan 10 respondenten: De Kern.');
      expect(svg).not.toMatch(/>De Kern<\/text>/);
      expect(svg.match(/class="radar-shape"/g)).toHaveLength(1);
    },
    IMPORT_TIMEOUT,
  );
});

function translation(element: Element): { x: number; y: number } {
  const match = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(element.getAttribute('transform') ?? '');
  if (!match) throw new Error('no translate()');
  return { x: Number(match[1]), y: Number(match[2]) };
}

/** Catches what the app saves through a Blob URL and `<a download>`, which jsdom cannot download. */
function captureDownloads() {
  const blobs = new Map<string, Blob>();
  const saved: { name: string; url: string }[] = [];
  let count = 0;
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${++count}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, url: this.href });
  });
  return {
    files: async () => {
      await waitFor(() => expect(saved.length).toBeGreaterThan(0));
      return Promise.all(saved.map(async (file) => ({ name: file.name, text: await readBlob(blobs.get(file.url)!) })));
    },
  };
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import type { ConditionId } from '../../shared/conditions';
import type { Channel, RequestOf, ResponseOf } from '../../shared/contract/channels';
import { pairedRadar } from '../../renderer/src/coding-profile/paired-radar';
import { createInProcessHost, type InProcessHost } from '../helpers/in-process-host';
import { importThroughApi } from './in-process-api';
import { makeTempFolder, renderApp } from './render-app';

/** An import starts two worker threads and builds their code once per process: give it time. */
const IMPORT_TIMEOUT = 20_000;
const SURVEY = 'Buurtenquête';

/** Three wijken of 12 respondents and De Kern with 4 (under the default threshold of 10), each with an open answer. */
function surveyCsv(): string {
  const lines = ['respondent;wijkcode;wijknaam;tevreden;antwoord'];
  let id = 1;
  for (const [code, name, count, answer] of [
    ['WK036301', 'Noord', 12, 2],
    ['WK036302', 'Oost', 12, 4],
    ['WK036303', 'Zuid', 12, 3],
    ['WK036304', 'De Kern', 4, 3],
  ] as const) {
    for (let i = 0; i < count; i++) lines.push(`${id++};${code};${name};${answer};antwoord ${id}`);
  }
  return lines.join('\r\n');
}

describe('profiles from codings beside the indicator profile', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  let engine: InProcessHost;

  beforeEach(async () => {
    temp = makeTempFolder();
    engine = createInProcessHost({ settingsFolder: temp.folder });
    engine.workbench.create(path.join(temp.folder, 'woorden.skw'));
    const file = path.join(temp.folder, 'enquete.csv');
    writeFileSync(file, surveyCsv());
    await importThroughApi(engine.call, {
      file,
      name: SURVEY,
      kind: 'survey',
      idColumn: 'respondent',
      areaColumn: 'wijkcode',
      areaNameColumn: 'wijknaam',
    });
    await call('mappings.set', { dataset: SURVEY, variable: 'tevreden', condition: 'cohesion' });
  }, IMPORT_TIMEOUT);

  afterEach(() => {
    cleanup();
    engine.workbench.close();
    temp.remove();
  });

  async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
    const result = await engine.call(channel, request);
    if (!result.ok) throw new Error(result.error.message.en);
    return result.data;
  }

  /** Codes records `from`..`to` (row numbers) as Anna did, with the given conditions. */
  async function code(from: number, to: number, conditions: ConditionId[]): Promise<void> {
    const codebook = await call('codebook.get', {});
    const guids = conditions.map((id) => codebook.codes.find((candidate) => candidate.conditionId === id)!.guid);
    for (let record = from; record <= to; record++)
      await call('coding.set', { dataset: SURVEY, coder: 'Anna', record, codes: guids });
  }

  async function openWordsAndFigures() {
    const rendered = await renderApp(engine.api);
    await rendered.user.click(screen.getByRole('tab', { name: 'Analyse' }));
    await rendered.user.click(await screen.findByRole('tab', { name: 'Woorden en cijfers' }));
    return rendered;
  }

  function rowOf(table: HTMLElement, condition: string): string[] {
    return within(within(table).getByRole('row', { name: new RegExp(condition) }))
      .getAllByRole('cell')
      .map((cell) => cell.textContent ?? '');
  }

  it(
    "draws the share of the area's coded records per condition beside its indicator radar, against all coded records",
    async () => {
      // Noord: 6 of 12 security, 3 cohesion, 3 coded with nothing; Oost: all inclusion; De Kern: all empowerment.
      await code(1, 6, ['security']);
      await code(7, 9, ['cohesion']);
      await code(10, 12, []);
      await code(13, 24, ['inclusion']);
      await code(37, 40, ['empowerment']);
      await openWordsAndFigures();

      expect(((await screen.findByLabelText('Codeur')) as HTMLSelectElement).selectedOptions[0]?.textContent).toBe(
        'Anna: 28 van 40 records gecodeerd',
      );
      // No consensus: the coder with the most coded records, and the view says why.
      expect(
        screen.getByText(
          'Geopend op Anna: er is nog geen consensus, en deze codeur heeft de meeste records gecodeerd.',
        ),
      ).toBeTruthy();
      expect((screen.getByLabelText('Gebied') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Noord');
      const figures = await screen.findByRole('img', { name: 'Profiel van Noord: vier condities' });
      const words = screen.getByRole('img', { name: 'Noord: aandeel records per conditie' });
      expect(figures.closest('section')?.querySelector('h4')?.textContent).toBe('Waar de cijfers wijzen');
      expect(words.closest('section')?.querySelector('h4')?.textContent).toBe('Waar de woorden wijzen');

      const table = screen.getByRole('table', { name: 'Noord: aandeel records per conditie' });
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((header) => header.textContent),
      ).toEqual(['Conditie', 'Noord (n = 12)', 'Alle gecodeerde records (n = 28)']);
      expect(rowOf(table, 'Sociaaleconomische zekerheid')).toEqual(['50,0%', '21,4%']);
      expect(rowOf(table, 'Sociale inclusie')).toEqual(['0,0%', '42,9%']);
      expect(rowOf(table, 'Sociale cohesie')).toEqual(['25,0%', '10,7%']);
      expect(rowOf(table, 'Sociale empowerment')).toEqual(['0,0%', '14,3%']);

      // 0–100% over the radius (Oost's 100% sets the outer ring), a ring every 20%, no index ring at 100
      // posing as a reference, and the area's shares under the axis labels.
      const radius = scaleLinear().domain([0, 100]).range([0, pairedRadar.radius]);
      const security = words.querySelector<SVGGElement>('[data-series="WK036301"] .radar-dot[data-axis="security"]')!;
      const [x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(security.getAttribute('transform')!)!.slice(1).map(Number);
      expect(Math.hypot(x!, y!)).toBeCloseTo(radius(50), 1);
      expect([...words.querySelectorAll('text:not(.radar-label)')].map((text) => text.textContent)).toEqual([
        '20%',
        '40%',
        '60%',
        '80%',
        '100%',
      ]);
      expect([...words.querySelectorAll('.radar-label')].map((label) => label.lastElementChild?.textContent)).toEqual([
        '50,0%',
        '0,0%',
        '25,0%',
        '0,0%',
      ]);
      const legend = within(words.closest('section')!).getByRole('list', { name: 'Legenda' });
      expect(
        within(legend)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(['Noord (n = 12)', 'Alle gecodeerde records (n = 28)']);
      expect(screen.getByRole('table', { name: 'Profiel van Noord: vier condities' })).toBeTruthy();
    },
    IMPORT_TIMEOUT,
  );

  it(
    'shows no figures of an area under the threshold to partners, says why, and offers no export of it',
    async () => {
      await code(1, 12, ['security']);
      await code(37, 40, ['empowerment']);
      const { user } = await openWordsAndFigures();
      await screen.findByRole('img', { name: 'Noord: aandeel records per conditie' });
      expect(screen.getByText(/Gebieden met minder dan 10 gecodeerde records \(3\)/)).toBeTruthy();

      await user.click(screen.getByRole('button', { name: 'Partner' }));
      await screen.findByText(/Partnerweergave: gebieden met minder dan 10 gecodeerde records tonen geen cijfers/);
      const area = screen.getByLabelText('Gebied') as HTMLSelectElement;
      await waitFor(() =>
        expect(
          within(area).getByRole('option', { name: 'De Kern (niet getoond: minder dan 10 gecodeerde records)' }),
        ).toBeTruthy(),
      );
      await user.selectOptions(area, 'WK036304');

      const placeholder = await screen.findByRole('img', { name: 'De Kern: aandeel records per conditie' });
      expect(placeholder.textContent).toBe('Niet getoondminder dan 10 gecodeerde records');
      expect(screen.queryByRole('table', { name: 'De Kern: aandeel records per conditie' })).toBeNull();
      const panel = placeholder.closest('section')!;
      expect(within(panel).getByRole('button', { name: 'SVG opslaan' }).hasAttribute('disabled')).toBe(true);
      expect(
        within(panel).getByText('Niet te exporteren: De Kern heeft minder dan 10 gecodeerde records.'),
      ).toBeTruthy();
      expect(screen.getByRole('img', { name: 'Profiel van De Kern: vier condities' }).textContent).toContain(
        'niet getoond',
      );
    },
    IMPORT_TIMEOUT,
  );

  it(
    'overlays figures and words only as an index over enough areas, saying what high means for each',
    async () => {
      await code(1, 12, ['security']);
      await code(13, 24, ['inclusion']);
      const { user } = await openWordsAndFigures();
      await screen.findByRole('img', { name: 'Noord: aandeel records per conditie' });
      await user.click(screen.getByRole('button', { name: 'Over elkaar (als index)' }));
      // Two areas with enough coded records: no honest spread, so the radars stay side by side.
      expect(screen.getByText(/Over elkaar kan pas met minstens 3 gebieden .* \(nu 2\)/)).toBeTruthy();
      expect(screen.getByRole('img', { name: 'Noord: aandeel records per conditie' })).toBeTruthy();

      await code(25, 36, ['security', 'cohesion']);
      await user.click(screen.getByRole('tab', { name: 'Profielen' }));
      await user.click(screen.getByRole('tab', { name: 'Woorden en cijfers' }));
      const overlay = await screen.findByRole('img', { name: 'Noord: cijfers en woorden als index' });
      expect(overlay.querySelectorAll('.radar-shape')).toHaveLength(2);
      const legend = within(overlay.closest('section')!).getByRole('list', { name: 'Legenda' });
      expect(
        within(legend)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(['Cijfers (hoger = gunstiger)', 'Woorden (hoger = vaker genoemd)', 'Referentiegemiddelde (100)']);
      // Security shares 1, 0, 1 over Noord, Oost, Zuid: mean 2/3, sd 0.577, so Noord's z is +0.58, index 105.8.
      // Cohesion: the figures' means 2, 4, 3, 3 over all four areas (De Kern too) give Noord −1.22 (index 87.8);
      // the words 0, 0, 1 over the three areas with enough coded records give Noord −0.58 (index 94.2).
      const table = screen.getByRole('table', { name: 'Noord: cijfers en woorden als index' });
      expect(rowOf(table, 'Sociaaleconomische zekerheid')).toEqual(['–geen waarde', '105,8']);
      expect(rowOf(table, 'Sociale cohesie')).toEqual(['87,8', '94,2']);
      expect(screen.getByText(/gestandaardiseerd over de 3 gebieden met minstens 10 gecodeerde records/)).toBeTruthy();
    },
    IMPORT_TIMEOUT,
  );
});

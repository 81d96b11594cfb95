// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../shared/contract/caller';
import type { Channel, RequestOf, ResponseOf } from '../../shared/contract/channels';
import { ComparisonView } from '../../renderer/src/comparison/ComparisonView';
import { WorkbenchProvider } from '../../renderer/src/stores/workbench-context';
import { createWorkbenchStore } from '../../renderer/src/stores/workbench-store';
import { DATASET, TEXT, code, writeSurvey } from '../unit/coding/coding-fixture';
import { enginePerTest } from './engine-per-test';
import { importThroughApi } from './in-process-api';

async function call<C extends Channel>(caller: Caller, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await caller(channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message.en}`);
  return result.data;
}

describe('comparison of coders', () => {
  const env = enginePerTest();
  /** The survey file, written once per test: both projects of a merge import the same one. */
  let survey: string | undefined;

  beforeEach(() => {
    survey = undefined;
  });

  /** A project with the open-answer survey of `rows` records imported; the engine is open on it. */
  async function surveyProject(name: string, rows: number) {
    env.engine.workbench.create(path.join(env.temp.folder, `${name}.skw`));
    survey ??= writeSurvey(env.temp.folder, rows);
    await importThroughApi(env.engine.call, {
      file: survey,
      name: DATASET,
      kind: 'survey',
      idColumn: 'respondent',
      areaColumn: 'wijkcode',
      columns: { antwoord: { type: 'text' } },
    });
  }

  const set = (coder: string, record: number, codes: string[]) =>
    call(env.engine.call, 'coding.set', { dataset: DATASET, coder, record, codes });

  async function codesOf(coder: string, record: number) {
    const page = await call(env.engine.call, 'coding.page', {
      dataset: DATASET,
      coder,
      textColumn: TEXT,
      offset: record - 1,
      limit: 1,
    });
    return page.rows[0]!;
  }

  async function renderComparison() {
    const user = userEvent.setup();
    const store = createWorkbenchStore(env.engine.api);
    await store.getState().start();
    render(
      <WorkbenchProvider store={store}>
        <ComparisonView dataset={DATASET} textColumn={TEXT} />
      </WorkbenchProvider>,
    );
    await screen.findByRole('table', { name: 'Overeenstemming tussen de codeurs per conditie' });
    return { user, store };
  }

  const cells = (row: HTMLElement) =>
    within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);

  it('shows Cohen’s kappa of the textbook table, 0,400, and a dash with the reason where a figure does not exist', async () => {
    await surveyProject('leerboek', 50);
    // 20 both security, 5 only A, 10 only B, 15 neither: κ = (0,70 − 0,50) / (1 − 0,50) = 0,400.
    for (let record = 1; record <= 50; record++) {
      const a = record <= 25 ? [code.security] : [];
      const b = record <= 20 || (record > 25 && record <= 35) ? [code.security] : [];
      await set('Anna', record, a);
      await set('Bram', record, b);
    }
    await call(env.engine.call, 'coding.autocode', { dataset: DATASET, textColumn: TEXT });
    const { user, store } = await renderComparison();

    const table = screen.getByRole('table', { name: 'Overeenstemming tussen de codeurs per conditie' });
    const security = within(table).getByRole('row', { name: /Sociaaleconomische zekerheid/ });
    expect(cells(security)).toEqual(['50', '70,0%', '0,400', '0,400', 'onvoldoende']);
    expect(
      screen.getByText('Vergeleken: Anna, Bram. Per record telt elke conditie als wel of niet gegeven.'),
    ).toBeTruthy();

    // Nobody gave cohesion: both coders judged alike everywhere, so kappa and alpha are 0/0.
    const cohesion = within(table).getByRole('row', { name: /Sociale cohesie/ });
    const [, percent, kappa, alpha] = within(cohesion).getAllByRole('cell');
    expect(percent!.textContent).toBe('100,0%');
    expect(kappa!.querySelector('[title]')?.getAttribute('title')).toMatch(
      /^Niet te berekenen: beide codeurs gaven overal hetzelfde oordeel/,
    );
    expect(within(kappa!).getByText('—')).toBeTruthy();
    expect(alpha!.querySelector('[title]')?.getAttribute('title')).toMatch(
      /^Niet te berekenen: in alle records werd hetzelfde oordeel gegeven/,
    );
    expect(screen.getByText('Vuistregel (Krippendorff 2004):')).toBeTruthy();

    // Numbers follow the UI language.
    await act(() => store.getState().setLanguage('en'));
    const english = screen.getByRole('table', { name: 'Agreement between the coders per condition' });
    expect(cells(within(english).getByRole('row', { name: /Socio-economic security/ }))).toEqual([
      '50',
      '70.0%',
      '0.400',
      '0.400',
      'insufficient',
    ]);
    await act(() => store.getState().setLanguage('nl'));

    // The auto-coder is compared like anyone once chosen: three coders, so no kappa, and the dash says why.
    await user.click(screen.getByRole('checkbox', { name: 'suggesties (automatisch) (50 van 50 records gecodeerd)' }));
    await screen.findByText(
      'Vergeleken: Anna, Bram, suggesties (automatisch). Per record telt elke conditie als wel of niet gegeven.',
    );
    const withSuggestions = screen.getByRole('table', { name: 'Overeenstemming tussen de codeurs per conditie' });
    const kappaCell = within(
      within(withSuggestions).getByRole('row', { name: /Sociaaleconomische zekerheid/ }),
    ).getAllByRole('cell')[2]!;
    expect(kappaCell.textContent).toContain('—');
    expect(kappaCell.querySelector('[title]')?.getAttribute('title')).toBe(
      'Cohens κ bestaat alleen voor precies twee codeurs; kijk bij meer codeurs naar Krippendorffs α.',
    );
  });

  it('builds the consensus of a disagreement by keyboard and saves it as the coder consensus', async () => {
    await surveyProject('consensus', 6);
    await set('Anna', 1, [code.security]);
    await set('Bram', 1, [code.security, code.inclusion]);
    await set('Anna', 2, [code.cohesion, code.trust]);
    await set('Bram', 2, [code.empowerment]);
    await set('Anna', 3, [code.cohesion]);
    await set('Bram', 3, [code.cohesion]);
    const { user } = await renderComparison();

    expect(screen.getByText('Consensus voor 0 van 2 records met een verschil')).toBeTruthy();
    const first = screen.getByRole('article', { name: 'Record r001' });
    expect(within(first).getByText('Meer betaalbare huurwoningen en hulp bij schulden.')).toBeTruthy();
    expect(within(first).getByText('nog geen consensus')).toBeTruthy();
    const headers = within(first)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual([
      'Codeur',
      '1 Sociaaleconomische zekerheid',
      '2 Sociale inclusieverschil',
      '3 Sociale cohesie',
      '4 Sociale empowerment',
      'Overnemen',
    ]);
    const bram = within(first).getByRole('row', { name: /^Bram/ });
    expect(within(bram).getByText('Sociale inclusie')).toBeTruthy();
    // The consensus starts from what both gave: security on, inclusion (the difference) off.
    expect(within(first).getByRole('button', { name: 'Sociaaleconomische zekerheid', pressed: true })).toBeTruthy();
    const inclusion = within(first).getByRole('button', { name: 'Sociale inclusie', pressed: false });

    // Keys 1–4 toggle the consensus's conditions wherever the focus is in the record; Ctrl+Enter saves.
    inclusion.focus();
    await user.keyboard('2');
    expect(within(first).getByRole('button', { name: 'Sociale inclusie', pressed: true })).toBeTruthy();
    await user.keyboard('{Control>}{Enter}{/Control}');

    await screen.findByText('Consensus voor record r001 opgeslagen.');
    expect(screen.getByText('Consensus voor 1 van 2 records met een verschil')).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'Record r001' })).getByText('consensus opgeslagen')).toBeTruthy();
    const saved = await codesOf('consensus', 1);
    expect(saved.coded).toBe(true);
    expect(saved.codes.sort()).toEqual([code.security, code.inclusion].sort());
    // The focus moved on to the next record.
    expect(document.activeElement).toBe(screen.getByRole('article', { name: 'Record r002' }));

    // "Neem Anna over" takes her codes, sub-code included; only unresolved records remain under the filter.
    const second = screen.getByRole('article', { name: 'Record r002' });
    await user.click(within(second).getByRole('button', { name: 'Neem Anna over' }));
    expect(within(second).getByRole('button', { name: /^Sociale cohesie/, pressed: true }).textContent).toContain(
      'vertrouwen',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Alleen records zonder consensus' }));
    await user.click(
      within(screen.getByRole('article', { name: 'Record r002' })).getByRole('button', { name: 'Consensus opslaan' }),
    );
    await screen.findByText('Alle verschillen hebben een consensus.');
    expect((await codesOf('consensus', 2)).codes.sort()).toEqual([code.cohesion, code.trust].sort());
  });

  it('takes the records all coders coded alike into the consensus and says how many', async () => {
    await surveyProject('overnemen', 6);
    await set('Anna', 1, [code.security]);
    await set('Bram', 1, [code.inclusion]);
    await set('Anna', 2, [code.cohesion]);
    await set('Bram', 2, [code.cohesion]);
    await set('Anna', 3, []);
    await set('Bram', 3, []);
    await set('Anna', 4, [code.empowerment]);
    await set('Anna', 5, [code.cohesion]);
    await set('Bram', 5, []);
    const { user } = await renderComparison();
    // Coded with none of the conditions is a coding of its own, not an empty row.
    expect(
      within(screen.getByRole('article', { name: 'Record r005' })).getByRole('row', { name: /^Bram/ }).textContent,
    ).toContain('geen van de condities');
    expect(screen.getByText('De consensus bevat 0 van 6 records.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Overeenstemmende records overnemen' }));
    await screen.findByText('2 overeenstemmende records overgenomen in de consensus.');
    expect(screen.getByText('De consensus bevat 2 van 6 records.')).toBeTruthy();
    expect((await codesOf('consensus', 2)).codes).toEqual([code.cohesion]);
    expect((await codesOf('consensus', 3)).coded).toBe(true);
    expect((await codesOf('consensus', 1)).coded).toBe(false);
  });

  it('previews another coder’s project, asks what to do with a code this codebook lacks, and merges', async () => {
    await surveyProject('carla', 6);
    const added = await call(env.engine.call, 'codebook.addCode', {
      parent: code.security,
      nl: 'Huurachterstand',
      en: 'Rent arrears',
    });
    await set('Carla', 1, [code.security, added.guid]);
    const other = path.join(env.temp.folder, 'carla.skw');
    await surveyProject('hier', 6);
    await set('Anna', 1, [code.security]);
    await set('Bram', 1, [code.inclusion]);
    const { user } = await renderComparison();

    const merge = screen.getByRole('region', { name: 'Samenvoegen met het project van een andere codeur' });
    const pathField = within(merge).getByLabelText('Pad van het projectbestand van de andere codeur (.skw)');
    await user.type(pathField, path.join(env.temp.folder, 'hier.skw'));
    await user.click(within(merge).getByRole('button', { name: 'Bekijken wat er binnenkomt' }));
    expect((await within(merge).findByRole('alert')).textContent).toBe(
      'hier.skw is het project dat nu open is; kies het projectbestand van een andere codeur.',
    );

    await user.clear(pathField);
    await user.type(pathField, other);
    await user.click(within(merge).getByRole('button', { name: 'Bekijken wat er binnenkomt' }));
    await within(merge).findByText('Dataset hier: Open antwoorden (herkend aan de inhoud van het bronbestand).');
    const carla = within(merge).getByRole('row', { name: /^Carla/ });
    expect(cells(carla)).toEqual(['1', '2', 'nieuw']);
    const choice = within(merge).getByRole('group', { name: /Huurachterstand/ });
    expect(choice.textContent).toContain('“Huurachterstand”, 1 coderingen (onder “Sociaaleconomische zekerheid”)');

    await user.click(within(merge).getByRole('button', { name: 'Samenvoegen' }));
    expect(
      within(merge).getByText('Kies voor elke code die dit codeboek niet heeft wat ermee moet gebeuren.'),
    ).toBeTruthy();
    expect(within(choice).getByText('Kies wat er met deze code moet gebeuren.')).toBeTruthy();

    await user.click(within(choice).getByRole('radio', { name: 'Toevoegen aan dit codeboek' }));
    await user.click(within(merge).getByRole('button', { name: 'Samenvoegen' }));
    await within(merge).findByText('1 records met 2 coderingen van Carla samengevoegd in Open antwoorden.');
    expect(within(merge).getByText('1 codes toegevoegd aan het codeboek.')).toBeTruthy();
    // Carla is a coder here now, compared with the others.
    await screen.findByRole('checkbox', { name: 'Carla (1 van 6 records gecodeerd)', checked: true });
    const codebook = await call(env.engine.call, 'codebook.get', {});
    const security = codebook.codes.find((c) => c.conditionId === 'security')!;
    expect(security.children.map((c) => c.label.nl)).toContain('Huurachterstand');
  });

  it('exports a coder’s codings as CSV and imports them again as another coder', async () => {
    await surveyProject('csv', 6);
    await set('Anna', 1, [code.security]);
    await set('Anna', 2, [code.cohesion, code.trust]);
    await set('Anna', 3, []);
    await set('Bram', 1, [code.security]);
    const { user } = await renderComparison();
    expect(screen.getByText(/1 \(gegeven\) of 0 \(niet gegeven\), gescheiden door ;/)).toBeTruthy();

    const csv = screen.getByRole('region', { name: 'Coderingen als CSV' });
    const exportForm = within(csv).getByRole('heading', { name: 'Exporteren' }).closest('form')!;
    await user.selectOptions(within(exportForm).getByLabelText('Codeur'), 'Anna');
    const file = path.join(env.temp.folder, 'anna-coderingen');
    const exportPath = within(exportForm).getByLabelText('Pad van het nieuwe CSV-bestand');
    await user.click(within(exportForm).getByRole('button', { name: 'Exporteren' }));
    expect(within(exportForm).getByText('Vul het pad van het bestand in.')).toBeTruthy();
    expect(document.activeElement).toBe(exportPath);
    await user.type(exportPath, file);
    expect(within(exportForm).queryByText('Vul het pad van het bestand in.')).toBeNull();
    await user.click(within(exportForm).getByRole('button', { name: 'Exporteren' }));
    await within(exportForm).findByText(`6 regels met 3 coderingen geschreven naar ${file}.csv.`);
    const lines = readFileSync(`${file}.csv`, 'utf8').split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFid;antwoord;security;security\.financiele_middelen/);

    const importForm = within(csv).getByRole('heading', { name: 'Importeren' }).closest('form')!;
    await user.click(within(importForm).getByRole('button', { name: 'Importeren' }));
    expect(within(importForm).getByText('Vul de naam van de codeur in.')).toBeTruthy();
    expect(within(importForm).getByText('Vul het pad van het bestand in.')).toBeTruthy();
    await user.type(within(importForm).getByLabelText('Codeur'), 'Dirk');
    await user.type(within(importForm).getByLabelText('Pad van het CSV-bestand'), `${file}.csv`);
    await user.click(within(importForm).getByRole('button', { name: 'Importeren' }));
    await within(importForm).findByText('3 records met 3 coderingen ingelezen als Dirk.');
    for (const record of [1, 2, 3]) {
      const [anna, dirk] = [await codesOf('Anna', record), await codesOf('Dirk', record)];
      expect({ coded: dirk.coded, codes: [...dirk.codes].sort() }).toEqual({
        coded: anna.coded,
        codes: [...anna.codes].sort(),
      });
    }
    await screen.findByRole('checkbox', { name: 'Dirk (3 van 6 records gecodeerd)' });
  });
});

// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeywordDictionary } from '../../shared/coding/coding-types';
import { createInProcessHost, type InProcessHost } from '../helpers/in-process-host';
import { importThroughApi } from './in-process-api';
import { makeTempFolder, renderApp } from './render-app';

/** An import starts two worker threads and builds their code once per process: give it time. */
const IMPORT_TIMEOUT = 20_000;
/** The domain "werk" of security in the default codebook. */
const WORK = '3c2c29e7-5728-446c-a167-7e62f1d7e4d7';

describe('keyword dictionary in the codebook', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  let engine: InProcessHost;

  beforeEach(() => {
    temp = makeTempFolder();
    engine = createInProcessHost({ settingsFolder: temp.folder });
    engine.workbench.create(path.join(temp.folder, 'trefwoorden.skw'));
  });

  afterEach(() => {
    cleanup();
    engine.workbench.close();
    temp.remove();
  });

  async function stored(): Promise<KeywordDictionary> {
    const result = await engine.call('keywords.get', {});
    if (!result.ok) throw new Error(result.error.message.en);
    return result.data;
  }

  async function openWork() {
    const rendered = await renderApp(engine.api);
    await rendered.user.click(screen.getByRole('tab', { name: 'Codeboek' }));
    await rendered.user.click(await screen.findByRole('treeitem', { name: 'werk' }));
    const details = screen.getByRole('region', { name: 'Gekozen code' });
    const keywords = await within(details).findByRole('region', { name: 'Trefwoorden' });
    return { ...rendered, keywords };
  }

  const chips = (keywords: HTMLElement) =>
    within(within(keywords).getByRole('list', { name: 'Trefwoorden van werk' }))
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.keyword-chip__pattern')?.textContent);

  it('adds and removes a code’s keywords, says which pattern is refused and why, and restores the built-in list', async () => {
    const { user, keywords } = await openWork();
    expect(chips(keywords)).toEqual(['werk', 'werklo*', 'baan', 'sollicit*']);
    expect(within(keywords).getByText(/Uit de standaardwoordenlijst/)).toBeTruthy();

    await user.type(within(keywords).getByLabelText('Trefwoord toevoegen'), 'Vacature*{Enter}');
    await waitFor(() => expect(chips(keywords)).toContain('vacature*'));
    expect(within(keywords).getByText('De eigen woordenlijst van dit project.')).toBeTruthy();
    expect((await stored()).entries.find((entry) => entry.code === WORK)?.patterns).toContain('vacature*');

    await user.type(within(keywords).getByLabelText('Trefwoord toevoegen'), 'w*{Enter}');
    expect(await within(keywords).findByText(/"w\*" is geen geldig trefwoord/)).toBeTruthy();
    expect(within(keywords).getByLabelText('Trefwoord toevoegen').getAttribute('aria-invalid')).toBe('true');
    expect((await stored()).entries.find((entry) => entry.code === WORK)?.patterns).not.toContain('w*');

    await user.click(within(keywords).getByRole('button', { name: 'Trefwoord baan verwijderen' }));
    await waitFor(() => expect(chips(keywords)).not.toContain('baan'));
    expect((await stored()).entries.find((entry) => entry.code === WORK)?.patterns).not.toContain('baan');

    const tools = screen.getByRole('region', { name: 'Trefwoorden testen en automatisch coderen' });
    await user.click(within(tools).getByRole('button', { name: 'Standaardwoordenlijst herstellen' }));
    await user.click(within(tools).getByRole('button', { name: 'Ja, herstellen' }));
    await within(tools).findByText('De standaardwoordenlijst geldt weer.');
    expect(chips(keywords)).toEqual(['werk', 'werklo*', 'baan', 'sollicit*']);
    expect((await stored()).customised).toBe(false);
  });

  it('shows which words of a typed sentence hit which code, and the conditions they suggest', async () => {
    const { user } = await openWork();
    const tools = screen.getByRole('region', { name: 'Trefwoorden testen en automatisch coderen' });
    await user.type(within(tools).getByLabelText('Typ een zin'), 'Ik zoek wérk en voel me Eenzaam.');
    expect(
      within(tools).getByText('Voorgestelde condities: Sociaaleconomische zekerheid, Sociale cohesie'),
    ).toBeTruthy();
    expect([...tools.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['wérk', 'Eenzaam']);
    const rows = within(within(tools).getByRole('table', { name: 'Woorden die een trefwoord raken' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['wérk', 'werk', 'werk', 'Sociaaleconomische zekerheid'],
      ['Eenzaam', '*eenzaam*', 'sociale netwerken', 'Sociale cohesie'],
    ]);
  });

  it(
    'auto-codes a text column as the coder suggesties and says what it did',
    async () => {
      const file = path.join(temp.folder, 'enquete.csv');
      writeFileSync(
        file,
        [
          'respondent;wijkcode;antwoord',
          '1;WK036301;Ik zoek werk',
          '2;WK036301;Niets',
          '3;WK036302;Meer contact met de buren',
          '4;WK036302;',
        ].join('\r\n'),
      );
      await importThroughApi(engine.call, {
        file,
        name: 'Enquête',
        kind: 'survey',
        idColumn: 'respondent',
        areaColumn: 'wijkcode',
        columns: { antwoord: { type: 'text' } },
      });
      const { user } = await openWork();
      const tools = screen.getByRole('region', { name: 'Trefwoorden testen en automatisch coderen' });
      const autocode = within(tools).getByRole('region', { name: 'Automatisch coderen' });
      expect(within(autocode).getByText(/zijn overeenstemming met mensen wordt net zo gemeten/)).toBeTruthy();
      expect(((await within(autocode).findByLabelText('Tekstkolom')) as HTMLSelectElement).value).toBe('antwoord');
      await user.click(within(autocode).getByRole('button', { name: 'Automatisch coderen' }));
      await within(autocode).findByText(
        '3 records gelezen: 2 kregen een suggestie, samen 4 codes, opgeslagen onder de codeur ‘suggesties’. Eén record zonder tekst bleef ongecodeerd.',
      );
      const progress = await engine.call('coding.progress', { dataset: 'Enquête' });
      expect(progress.ok && progress.data.find((coder) => coder.coder === 'suggesties')?.coded).toBe(3);
    },
    IMPORT_TIMEOUT,
  );
});

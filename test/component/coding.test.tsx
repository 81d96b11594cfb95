// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WerkbankApi } from '../../shared/contract/api';
import type { Caller } from '../../shared/contract/caller';
import type { Channel, RequestOf, ResponseOf } from '../../shared/contract/channels';
import type { CodebookCode } from '../../shared/codebook/codebook-types';
import { createCodingStore } from '../../renderer/src/coding/coding-store';
import { createInProcessHost, type InProcessHost } from '../helpers/in-process-host';
import { importThroughApi } from './in-process-api';
import { makeTempFolder, renderApp } from './render-app';

/** An import starts two worker threads and builds their code once per process: give it time. */
const IMPORT_TIMEOUT = 30_000;
const DATASET = 'Buurtpeiling';

/** Five written answers (one empty, one with an emoji), then generated ones: three pages of 100 records. */
const ANSWERS = [
  'Ik zoek werk en heb schulden.',
  'Meer contact 😊 met de buren zou fijn zijn.',
  '',
  'Betere voorzieningen in de wijk.',
  'Niets bijzonders.',
];
const RECORDS = 250;

function surveyCsv(): string {
  const lines = ['respondent;wijkcode;leeftijd;antwoord'];
  for (let i = 1; i <= RECORDS; i++) {
    lines.push(
      `R${String(i).padStart(3, '0')};WK02680${(i % 3) + 1};${20 + (i % 50)};${ANSWERS[i - 1] ?? `Antwoord ${i} over de straat`}`,
    );
  }
  return lines.join('\r\n');
}

async function call<C extends Channel>(caller: Caller, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await caller(channel, request);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.data;
}

function findCode(codes: CodebookCode[], label: string, under?: string): string {
  const parent = under
    ? codes.find((code) => code.label.nl === under)!.children
    : codes.flatMap((code) => [code, ...code.children]);
  const found = parent.find((code) => code.label.nl === label);
  if (!found) throw new Error(`no code ${label}`);
  return found.guid;
}

const grid = () => screen.getByRole('grid', { name: 'Records om te coderen' });

/** The grid row of a record by its id, once its page is there. */
async function row(id: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = within(grid())
      .getAllByRole('row')
      .find((candidate) => candidate.querySelector('.coding-grid__id')?.textContent === id);
    if (!found) throw new Error(`no row ${id}`);
    return found;
  });
}

/** Which of the four condition chips of a row are on, e.g. `1..4`. */
function chips(element: HTMLElement): string {
  return within(element)
    .getAllByRole('button')
    .map((chip) => (chip.getAttribute('aria-pressed') === 'true' ? chip.textContent : '.'))
    .join('');
}

const progressText = () => screen.getByRole('progressbar').getAttribute('aria-valuetext');

describe('coding', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  let engine: InProcessHost;
  let code: Record<'security' | 'inclusion' | 'cohesion' | 'financial' | 'work' | 'networks' | 'trust', string>;

  beforeEach(async () => {
    temp = makeTempFolder();
    engine = createInProcessHost({ settingsFolder: temp.folder });
    engine.workbench.create(path.join(temp.folder, 'buurtpeiling.skw'));
    const file = path.join(temp.folder, 'peiling.csv');
    writeFileSync(file, surveyCsv());
    await importThroughApi(engine.call, {
      file,
      name: DATASET,
      kind: 'survey',
      idColumn: 'respondent',
      areaColumn: 'wijkcode',
      columns: { antwoord: { type: 'text' } },
    });
    const { codes } = await call(engine.call, 'codebook.get', {});
    code = {
      security: findCode(codes, 'Sociaaleconomische zekerheid'),
      inclusion: findCode(codes, 'Sociale inclusie'),
      cohesion: findCode(codes, 'Sociale cohesie'),
      financial: findCode(codes, 'financiële middelen', 'Sociaaleconomische zekerheid'),
      work: findCode(codes, 'werk', 'Sociaaleconomische zekerheid'),
      networks: findCode(codes, 'sociale netwerken', 'Sociale cohesie'),
      trust: findCode(codes, 'vertrouwen', 'Sociale cohesie'),
    };
  }, IMPORT_TIMEOUT);

  afterEach(() => {
    cleanup();
    engine.workbench.close();
    temp.remove();
  });

  /** The coding of record `record` (its row number) by `coder`, as stored. */
  async function stored(record: number, coder = 'Anna') {
    const page = await call(engine.call, 'coding.page', {
      dataset: DATASET,
      coder,
      textColumn: 'antwoord',
      offset: record - 1,
      limit: 1,
    });
    return page.rows[0]!;
  }

  /** Opens Coderen as coder `name`, typed into the coder form, and waits for the grid's first rows. */
  async function startCoding(api: WerkbankApi = engine.api, name = 'Anna') {
    const rendered = await renderApp(api);
    await rendered.user.click(screen.getByRole('tab', { name: 'Coderen' }));
    await rendered.user.type(await screen.findByLabelText('Jouw naam'), `${name}{Enter}`);
    await row('R001');
    return rendered;
  }

  /** Waits until every coding sent has been answered. */
  async function saved() {
    await waitFor(() =>
      expect(
        screen.getByText(/gecodeerd$/, { selector: '.coding-progress__text strong' }).nextElementSibling?.textContent,
      ).toBe(''),
    );
  }

  it('asks who codes, and shows only that coder’s codings (blind)', async () => {
    await call(engine.call, 'coding.set', { dataset: DATASET, coder: 'Bert', record: 1, codes: [code.security] });
    const { user } = await startCoding();
    expect(screen.getByText('Anna', { selector: 'strong' })).toBeTruthy();
    expect(chips(await row('R001'))).toBe('....');
    expect(within(await row('R001')).getByText('niet gecodeerd')).toBeTruthy();
    expect(progressText()).toBe('0 van 250 gecodeerd');

    await user.click(screen.getByRole('button', { name: 'Andere codeur' }));
    await user.click(screen.getByRole('button', { name: 'Verder als Bert' }));
    await waitFor(async () => expect(chips(await row('R001'))).toBe('1...'));
    expect(progressText()).toBe('1 van 250 gecodeerd');
    expect((await call(engine.call, 'coders.list', {})).current).toBe('Bert');
  });

  it('opens straight on the grid when the project has a coder already, and again on coming back', async () => {
    await call(engine.call, 'coders.setCurrent', { name: 'Anna' });
    await call(engine.call, 'coding.set', { dataset: DATASET, coder: 'Anna', record: 1, codes: [code.inclusion] });
    const { user } = await renderApp(engine.api);
    await user.click(screen.getByRole('tab', { name: 'Coderen' }));
    expect(chips(await row('R001'))).toBe('.2..');
    await user.click(screen.getByRole('tab', { name: 'Data' }));
    await user.click(screen.getByRole('tab', { name: 'Coderen' }));
    expect(chips(await row('R001'))).toBe('.2..');
    expect(progressText()).toBe('1 van 250 gecodeerd');
  });

  it('fetches the rows once the section has opened, also when the grid asked for them while it was opening', async () => {
    await call(engine.call, 'coders.setCurrent', { name: 'Anna' });
    const store = createCodingStore(engine.api);
    // What the grid does: it shows up once the coders are known, and asks for the rows in view whenever what it shows changes.
    store.subscribe((state, previous) => {
      if (state.coders !== previous.coders || state.cache !== previous.cache || state.matching !== previous.matching)
        state.ensureRows(0, 20);
    });
    await store
      .getState()
      .open((await call(engine.call, 'project.current', {}))!.path, await call(engine.call, 'datasets.list', {}));
    await waitFor(() => expect(store.getState().cache.pages.get(0)?.[0]?.id).toBe('R001'));
  });

  it(
    'saves a coding still on its way when the coder turns to another dataset',
    async () => {
      const file = path.join(temp.folder, 'cijfers.csv');
      writeFileSync(file, 'wijkcode;score\r\nWK026801;1\r\n');
      await importThroughApi(engine.call, { file, name: 'Wijkcijfers', kind: 'area', areaColumn: 'wijkcode' });
      await call(engine.call, 'coders.setCurrent', { name: 'Anna' });
      const store = createCodingStore(engine.api);
      await store
        .getState()
        .open((await call(engine.call, 'project.current', {}))!.path, await call(engine.call, 'datasets.list', {}));
      store.getState().ensureRows(0, 0);
      await waitFor(() => expect(store.getState().cache.pages.get(0)).toBeDefined());
      store.getState().codeWith(code.security);
      store.getState().selectDataset('Wijkcijfers');
      await waitFor(() => expect(store.getState().saving).toBe(0));
      expect(await stored(1)).toMatchObject({ coded: true, codes: [code.security] });
    },
    IMPORT_TIMEOUT,
  );

  it('codes by keyboard: 1–4 toggle conditions, a letter a sub-code with its condition, Enter marks coded and moves on', async () => {
    const { user } = await startCoding();
    expect(document.activeElement).toBe(grid());
    expect(grid().getAttribute('aria-rowcount')).toBe(String(RECORDS + 1));
    expect((await row('R001')).getAttribute('aria-selected')).toBe('true');

    await user.keyboard('13');
    expect(chips(await row('R001'))).toBe('1.3.');
    await user.keyboard('3');
    expect(chips(await row('R001'))).toBe('1...');
    // b is the first domain of security (financiële middelen); e is werk.
    await user.keyboard('be');
    await saved();
    expect(await stored(1)).toMatchObject({ coded: true, codes: [code.security, code.financial, code.work] });
    expect(within(await row('R001')).getByText(/financiële middelen/)).toBeTruthy();
    // Turning security off takes its sub-codes with it.
    await user.keyboard('1');
    await saved();
    expect(await stored(1)).toMatchObject({ coded: true, codes: [] });

    await user.keyboard('{ArrowDown}{Enter}');
    await saved();
    expect(await stored(2)).toMatchObject({ coded: true, codes: [] });
    expect(within(await row('R002')).getByText('gecodeerd')).toBeTruthy();
    expect((await row('R003')).getAttribute('aria-selected')).toBe('true');
    expect(grid().getAttribute('aria-activedescendant')).toBe((await row('R003')).id);
    expect(progressText()).toBe('2 van 250 gecodeerd');
    expect((await stored(3)).coded).toBe(false);
  });

  it('undoes and redoes every coding action, segments included', async () => {
    const { user } = await startCoding();
    await user.keyboard('{ArrowDown}2');
    await selectInRecordText('buren');
    await user.keyboard('3');
    await saved();
    const segment = (await stored(2)).segments[0]!;
    expect(segment).toMatchObject({ code: code.cohesion, text: 'buren' });
    await user.click(screen.getByRole('button', { name: 'Segment Sociale cohesie verwijderen: “buren”' }));
    await saved();
    expect((await stored(2)).segments).toEqual([]);

    await user.keyboard('{Control>}z{/Control}');
    await saved();
    expect((await stored(2)).segments).toMatchObject([{ code: code.cohesion, start: segment.start, end: segment.end }]);
    await user.keyboard('{Control>}z{/Control}');
    await saved();
    expect((await stored(2)).segments).toEqual([]);
    expect(await stored(2)).toMatchObject({ coded: true, codes: [code.inclusion] });
    await user.keyboard('{Control>}z{/Control}');
    await saved();
    expect(await stored(2)).toMatchObject({ coded: false, codes: [] });
    expect(chips(await row('R002'))).toBe('....');
    expect(progressText()).toBe('0 van 250 gecodeerd');

    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await saved();
    expect(chips(await row('R002'))).toBe('.2..');
    await user.keyboard('{Control>}y{/Control}');
    await saved();
    expect((await stored(2)).segments).toMatchObject([{ code: code.cohesion, text: 'buren' }]);
    expect(progressText()).toBe('1 van 250 gecodeerd');
  });

  it('codes a selected span as a segment, counted in code points after an emoji', async () => {
    const { user } = await startCoding();
    await user.keyboard('{ArrowDown}');
    await selectInRecordText('buren');
    expect(screen.getByRole('heading', { name: 'Code voor de selectie' })).toBeTruthy();
    const picker = screen.getByRole('region', { name: 'Code voor de selectie' });
    const cohesion = within(picker).getByRole('list', { name: 'Sociale cohesie' });
    await user.click(within(cohesion).getByRole('button', { name: /^sociale netwerken/ }));
    await saved();
    const text = ANSWERS[1]!;
    const start = Array.from(text.slice(0, text.indexOf('buren'))).length;
    expect((await stored(2)).segments).toMatchObject([
      { code: code.networks, variable: 'antwoord', start, end: start + 5, text: 'buren' },
    ]);
    expect(start).toBe(text.indexOf('buren') - 1);
    const segments = screen.getByRole('heading', { name: 'Segmenten' }).parentElement!;
    expect(within(segments).getByText('buren', { selector: 'q' })).toBeTruthy();
    expect(screen.getByLabelText('Tekst van het record').querySelector('.record-text__segment')?.textContent).toBe(
      'buren',
    );
    // A segment is not a whole-record code.
    expect(chips(await row('R002'))).toBe('....');
  });

  it('suggests conditions with the words that triggered them; A accepts them', async () => {
    const { user } = await startCoding();
    const suggestions = screen.getByRole('heading', { name: 'Suggesties' }).closest('.suggestions') as HTMLElement;
    expect(within(suggestions).getByText('Sociaaleconomische zekerheid')).toBeTruthy();
    expect(within(suggestions).getByText('door ‘schulden’')).toBeTruthy();
    expect(within(suggestions).getByText('door ‘werk’')).toBeTruthy();
    expect(
      [...screen.getByLabelText('Tekst van het record').querySelectorAll('.record-text__hit')].map(
        (hit) => hit.textContent,
      ),
    ).toEqual(['werk', 'schulden']);

    await user.keyboard('a');
    await saved();
    expect(await stored(1)).toMatchObject({ codes: [code.security, code.financial, code.work] });
    expect(chips(await row('R001'))).toBe('1...');
    expect(within(suggestions).getAllByText('(gegeven)')).toHaveLength(2);
  });

  it('filters on status, on a code with its sub-codes, and on words in the text', async () => {
    await call(engine.call, 'coding.set', {
      dataset: DATASET,
      coder: 'Anna',
      record: 2,
      codes: [code.cohesion, code.trust],
    });
    await call(engine.call, 'coding.set', { dataset: DATASET, coder: 'Anna', record: 4, codes: [] });
    const { user } = await startCoding();
    const count = () => screen.getByText(/ records?$/, { selector: '.coding-filters__count' }).textContent;

    await user.selectOptions(screen.getByLabelText('Toon'), 'coded');
    await waitFor(() => expect(count()).toBe('2 records'));
    await user.selectOptions(screen.getByLabelText('Toon'), 'uncoded');
    await waitFor(() => expect(count()).toBe('248 records'));
    await user.selectOptions(screen.getByLabelText('Toon'), 'all');
    await user.selectOptions(screen.getByLabelText('Met code'), code.cohesion);
    await waitFor(() => expect(count()).toBe('1 record'));
    await row('R002');
    await user.selectOptions(screen.getByLabelText('Met code'), '');
    await user.type(screen.getByLabelText('Zoeken in de tekst'), 'BUREN');
    await waitFor(() => expect(count()).toBe('1 record'));
    expect(within(grid()).getAllByRole('row')).toHaveLength(2);
  });

  it('offers the records in disagreement only once the coder has compared', async () => {
    await call(engine.call, 'coding.set', { dataset: DATASET, coder: 'Anna', record: 1, codes: [code.security] });
    await call(engine.call, 'coding.set', { dataset: DATASET, coder: 'Bert', record: 1, codes: [code.inclusion] });
    await call(engine.call, 'coding.set', { dataset: DATASET, coder: 'Anna', record: 2, codes: [] });
    await call(engine.call, 'coding.set', { dataset: DATASET, coder: 'Bert', record: 2, codes: [] });
    const { user } = await startCoding();
    const options = () =>
      within(screen.getByLabelText('Toon'))
        .getAllByRole('option')
        .map((option) => option.textContent);
    expect(options()).not.toContain('In onenigheid met andere codeurs');

    await user.click(screen.getByRole('tab', { name: 'Vergelijken met andere codeurs' }));
    await user.click(screen.getByRole('tab', { name: 'Coderen (blind)' }));
    await user.selectOptions(screen.getByLabelText('Toon'), 'disagreement');
    await waitFor(() =>
      expect(screen.getByText(/ records?$/, { selector: '.coding-filters__count' }).textContent).toBe('1 record'),
    );
    await row('R001');
  });

  it('keeps its keys out of the search field', async () => {
    const { user } = await startCoding();
    await user.type(screen.getByLabelText('Zoeken in de tekst'), '1');
    expect(chips(await row('R001'))).toBe('....');
    expect((await stored(1)).coded).toBe(false);
  });

  it('keeps the rows of the filter in place while they are coded, and fetches the next page from the right place', async () => {
    const { user } = await startCoding();
    await user.selectOptions(screen.getByLabelText('Toon'), 'uncoded');
    await row('R001');
    grid().focus();
    for (let i = 0; i < 100; i++) await user.keyboard('{Enter}');
    await saved();
    // The coded rows stay; the 101st row is the 101st record, though the engine's list of uncoded records now starts there.
    expect(within(await row('R100')).getByText('gecodeerd')).toBeTruthy();
    expect((await row('R101')).getAttribute('aria-selected')).toBe('true');
    expect((await row('R101')).getAttribute('aria-rowindex')).toBe('102');
    expect(progressText()).toBe('100 van 250 gecodeerd');
  });

  it('renders only the rows in view and fetches pages as the coder moves', async () => {
    const { user } = await startCoding();
    expect(within(grid()).getAllByRole('row').length).toBeLessThan(30);
    await user.keyboard('{End}');
    const last = await row('R250');
    expect(last.getAttribute('aria-rowindex')).toBe(String(RECORDS + 1));
    expect(
      within(grid())
        .queryAllByRole('row')
        .some((candidate) => candidate.querySelector('.coding-grid__id')?.textContent === 'R001'),
    ).toBe(false);
    expect(within(grid()).getAllByRole('row').length).toBeLessThan(30);
    expect(screen.getByText('250 van 250 · niet gecodeerd')).toBeTruthy();
  });

  it('shows a refused coding clearly and sets the grid back', async () => {
    let refuse = false;
    const api: WerkbankApi = {
      ...engine.api,
      invoke: (channel, request) =>
        refuse && channel === 'coding.set'
          ? Promise.resolve({
              ok: false,
              error: { code: 'internal', message: { nl: 'De schijf is vol.', en: 'The disk is full.' } },
            })
          : engine.call(channel, request),
    };
    const { user } = await startCoding(api);
    refuse = true;
    await user.keyboard('1');
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Niet opgeslagen, de codering is teruggezet. De schijf is vol.',
    );
    await waitFor(async () => expect(chips(await row('R001'))).toBe('....'));
    expect((await stored(1)).coded).toBe(false);
  });

  it('says so for a dataset without a text column', async () => {
    const file = path.join(temp.folder, 'cijfers.csv');
    writeFileSync(file, 'wijkcode;score\r\nWK026801;1\r\nWK026802;2\r\n');
    await importThroughApi(engine.call, { file, name: 'Wijkcijfers', kind: 'area', areaColumn: 'wijkcode' });
    const { user } = await startCoding();
    await user.selectOptions(screen.getByLabelText('Dataset'), 'Wijkcijfers');
    expect(
      await screen.findByText(
        '‘Wijkcijfers’ heeft geen tekstkolom om te coderen. Kies een andere dataset, of geef bij het importeren een kolom met open antwoorden het type Tekst.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('grid')).toBeNull();
  });
});

/** Selects the first occurrence of `words` in the focus view's text, as a mouse drag would. */
async function selectInRecordText(words: string): Promise<void> {
  const element = await screen.findByLabelText('Tekst van het record');
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    act(() => {
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    return;
  }
  throw new Error(`“${words}” is not in the text`);
}

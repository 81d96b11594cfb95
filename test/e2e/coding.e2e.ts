import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SURVEY } from '../helpers/example-project';
import { runCli } from '../helpers/run-cli';
import { horizontalOverflow, screenshot, useBrowserHost } from './browser-host';

const e2e = useBrowserHost();

const RECORDS = 200;
/**
 * The keys for record i: i % 4 picks the pattern. `k` is the cohesion domain “vertrouwen” (the letters
 * follow the codebook: b–f security, g–j inclusion, k–n cohesion), so it brings cohesion with it.
 */
const PATTERNS = [['1'], ['2', '3'], [], ['4', 'k']];
/** What each pattern stores, as the export's 0/1 columns that are 1. */
const CODED = [['security'], ['inclusion', 'cohesion'], [], ['cohesion', 'cohesion.vertrouwen', 'empowerment']];

/** The coder's codings as the engine holds them, through `werkbank codings export`: id → the columns that are 1, null when uncoded. */
function exportedCodings(project: string, folder: string): Map<string, string[] | null> {
  const out = path.join(folder, 'anna.csv');
  const run = runCli(
    ['codings', 'export', project, '--dataset', EXAMPLE_SURVEY, '--coder', 'Anna', '--out', out, '--overwrite'],
    folder,
  );
  expect(run.status, run.stderr).toBe(0);
  const parsed = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    delimiter: ';',
    skipEmptyLines: true,
  });
  const codes = parsed.meta.fields!.filter((field) => /^(security|inclusion|cohesion|empowerment)/.test(field));
  return new Map(
    parsed.data.map((row) => [row.id!, row.security === '' ? null : codes.filter((code) => row[code] === '1')]),
  );
}

/**
 * The ids of the first records in the grid's order, read off the page a grid's page at a time (Page Down),
 * every rendered row at once: one round trip per row made this test slow on a busy machine.
 */
async function gridIds(page: Page, count: number): Promise<string[]> {
  await page.keyboard.press('Home');
  const ids: string[] = [];
  while (ids.length < count) {
    // The first row not yet read is rendered once the grid has scrolled to it.
    await page.waitForFunction(
      (index) => document.querySelector(`[role=grid] [aria-rowindex="${index}"] .coding-grid__id`),
      ids.length + 2,
    );
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('[role=grid] [role=row]:has(.coding-grid__id)')].map((row) => ({
        index: Number(row.getAttribute('aria-rowindex')) - 2,
        id: row.querySelector('.coding-grid__id')!.textContent ?? '',
      })),
    );
    for (const { index, id } of shown.sort((a, b) => a.index - b.index)) {
      if (index === ids.length && index < count) ids.push(id);
    }
    await page.keyboard.press('PageDown');
  }
  await page.keyboard.press('Home');
  return ids;
}

const progress = (page: Page) => page.getByRole('progressbar', { name: 'Voortgang van Anna' });

describe('coding in the browser', () => {
  it('codes 200 records by keyboard alone, undoes and redoes, and keeps every coding after a reload', async () => {
    const { page, folder } = await e2e.openExample();
    const project = path.join(folder, 'Voorbeeldproject.skw');
    await page.getByRole('tab', { name: 'Coderen' }).click();
    await page.getByLabel('Jouw naam').fill('Anna');
    await page.keyboard.press('Enter');
    const grid = page.getByRole('grid', { name: 'Records om te coderen' });
    await grid.locator('[aria-rowindex="2"] .coding-grid__id').waitFor();
    expect(await grid.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await grid.getAttribute('aria-rowcount')).toBe('1801');
    const ids = await gridIds(page, RECORDS);

    for (let i = 0; i < RECORDS; i++) {
      for (const key of PATTERNS[i % 4]!) await page.keyboard.press(key);
      await page.keyboard.press('Enter');
    }
    await page.getByText('200 van 1.800 gecodeerd').waitFor();
    expect(await progress(page).getAttribute('aria-valuenow')).toBe('200');
    const row200 = grid.locator('[aria-rowindex="201"]');
    const chips = (row: typeof row200) => row.locator('.condition-chip[aria-pressed="true"]').allTextContents();
    expect(await chips(row200)).toEqual(['3', '4']);

    // Record 200 got 4, then k (with cohesion); Enter on a coded record changes nothing. Undo takes off
    // k, then 4 (the record is uncoded again); redo puts 4 back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => chips(row200)).toEqual(['4']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => chips(row200)).toEqual([]);
    await page.getByText('199 van 1.800 gecodeerd').waitFor();
    expect(await row200.locator('.coding-grid__status').textContent()).toBe('niet gecodeerd');
    expect(await row200.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => chips(row200)).toEqual(['4']);
    await page.getByText('200 van 1.800 gecodeerd').waitFor();

    const expected = (i: number) => (i === RECORDS - 1 ? ['empowerment'] : CODED[i % 4]);
    await expect.poll(() => exportedCodings(project, folder).get(ids[RECORDS - 1]!)).toEqual(['empowerment']);

    await page.reload();
    await page.getByRole('tab', { name: 'Coderen' }).click();
    await page
      .getByText('200 van 1.800 gecodeerd')
      .waitFor({ timeout: 10000 })
      .catch(async (error) => {
        await page.screenshot({ path: '/tmp/shots/debug.png' });
        throw error;
      });
    expect(await page.getByText('Anna', { exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByText('200 of 1,800 coded').waitFor();
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    const stored = exportedCodings(project, folder);
    expect([...stored.values()].filter((codes) => codes !== null)).toHaveLength(RECORDS);
    ids.forEach((id, i) => expect(stored.get(id), `record ${id}`).toEqual(expected(i)));
    for (let i = 0; i < 8; i++) {
      const conditions = expected(i)!.filter((code) => !code.includes('.'));
      const keys = conditions.map((code) =>
        String(['security', 'inclusion', 'cohesion', 'empowerment'].indexOf(code) + 1),
      );
      expect(await chips(grid.locator(`[aria-rowindex="${i + 2}"]`))).toEqual(keys);
    }

    // A selection in one record's text does not carry over to the next record's.
    await grid.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    const text = page.getByLabel('Tekst van het record');
    await text.evaluate((element) => document.getSelection()?.selectAllChildren(element));
    await page.getByRole('heading', { name: 'Code voor de selectie' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('heading', { name: 'Codes van dit record' }).waitFor();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('');
    await page.keyboard.press('ArrowUp');

    // A segment for the screenshot: a word of the record in focus, coded with the key of its domain.
    await text.getByText('discriminatie').evaluate((mark) => {
      const range = document.createRange();
      range.selectNodeContents(mark);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });
    await page.getByRole('heading', { name: 'Code voor de selectie' }).waitFor();
    await page.keyboard.press('g');
    await page.getByRole('button', { name: 'Segment burgerschapsrechten verwijderen: “discriminatie”' }).waitFor();
    await grid.focus();

    expect(await horizontalOverflow(page)).toBe(false);
    // The toolbar, the grid, the record in focus and the codes in one view, from the top of the window.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'coding');
    await page.locator('.record-text').screenshot({ path: '/tmp/shots/text.png' });
    await page.close();
  });

  it('keeps 100,000 records smooth: a bounded number of rows in the DOM, pages fetched as the coder moves', async () => {
    const folder = e2e.tempFolder();
    const project = path.join(folder, 'groot.skw');
    const file = path.join(folder, 'groot.csv');
    const words = ['werk', 'buren', 'geld', 'park', 'school', 'contact', 'zorg', 'huur', 'samen', 'invloed'];
    const lines = ['respondent;wijkcode;antwoord'];
    for (let i = 1; i <= 100_000; i++)
      lines.push(
        `R${i};WK0268${String((i % 9) + 1).padStart(2, '0')};Antwoord ${i} over ${words[i % 10]} en ${words[(i * 7) % 10]}`,
      );
    writeFileSync(file, lines.join('\r\n'));
    const imported = runCli(
      ['import', project, file, '--name', 'Groot', '--id-column', 'respondent', '--area-column', 'wijkcode'],
      folder,
    );
    expect(imported.status, imported.stderr).toBe(0);
    const host = await e2e.serve(project, folder);
    const page = await e2e.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(host.url);
    await page.getByRole('tab', { name: 'Coderen' }).click();
    await page.getByLabel('Jouw naam').fill('Bo');
    await page.keyboard.press('Enter');
    const grid = page.getByRole('grid', { name: 'Records om te coderen' });
    await grid.locator('[aria-rowindex="2"] .coding-grid__id').waitFor();
    expect(await grid.getAttribute('aria-rowcount')).toBe('100001');
    const renderedRows = () => grid.locator('.coding-grid__body [role="row"]').count();
    expect(await renderedRows()).toBeLessThan(40);

    await page.keyboard.press('End');
    await expect.poll(() => grid.locator('[aria-selected="true"] .coding-grid__id').textContent()).toBe('R100000');
    expect(await renderedRows()).toBeLessThan(40);
    await page.keyboard.press('1');
    await page.getByText('1 van 100.000 gecodeerd').waitFor();

    // Half-way with the scroll wheel: the rows there come in, the DOM stays small.
    await grid.evaluate((element) => (element.scrollTop = element.scrollHeight / 2));
    await expect
      .poll(async () =>
        (await grid.locator('.coding-grid__body [role="row"] .coding-grid__id').allTextContents()).some((id) =>
          /^R5\d{4}$/.test(id),
        ),
      )
      .toBe(true);
    expect(await renderedRows()).toBeLessThan(40);

    await page.getByLabel('Zoeken in de tekst').fill('Antwoord 99999 ');
    await page.getByText('1 record', { exact: true }).waitFor();
    expect(await grid.locator('[aria-rowindex="2"] .coding-grid__id').textContent()).toBe('R99999');
    await page.close();
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { DATASET, writeSurvey } from '../unit/coding/coding-fixture';
import { horizontalOverflow, screenshot, useBrowserHost } from './browser-host';

const e2e = useBrowserHost();

const conditions = ['security', 'inclusion', 'cohesion', 'empowerment'] as const;
type Condition = (typeof conditions)[number];

/** What the survey's six repeating answers are about: Anna codes them so. */
const answerConditions: Condition[][] = [['security'], ['cohesion'], ['inclusion'], ['empowerment'], ['cohesion'], []];
/** Where Bram differs from Anna, by record number. */
const bramDiffers: Record<number, Condition[]> = {
  2: ['cohesion', 'empowerment'],
  5: [],
  9: ['inclusion', 'cohesion'],
  16: [],
};

/** A coder's codings as the CSV `werkbank codings import` reads: id and a 0/1 column per condition. */
function codingsFile(folder: string, coder: string, codes: (record: number) => Condition[]): string {
  const lines = [`id;${conditions.join(';')}`];
  for (let record = 1; record <= 30; record++) {
    const given = codes(record);
    lines.push(
      `r${String(record).padStart(3, '0')};${conditions.map((condition) => (given.includes(condition) ? 1 : 0)).join(';')}`,
    );
  }
  const file = path.join(folder, `${coder}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function openComparison(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Coderen' }).click();
  await page.getByRole('button', { name: 'Verder als Anna' }).click();
  await page.getByRole('tab', { name: 'Vergelijken met andere codeurs' }).click();
}

describe('comparison in the browser', () => {
  it('shows the agreement of two coders per condition and resolves a disagreement into the consensus', async () => {
    const folder = e2e.tempFolder();
    const project = path.join(folder, 'Open antwoorden Oost.skw');
    const survey = writeSurvey(folder, 30);
    const run = (...args: string[]) => {
      const result = runCli(args, folder);
      expect(result.stderr).not.toMatch(/fout|error/i);
      expect(result.status).toBe(0);
      return result.stdout;
    };
    run(
      'import',
      project,
      survey,
      '--name',
      DATASET,
      '--kind',
      'survey',
      '--id-column',
      'respondent',
      '--area-column',
      'wijkcode',
    );
    const anna = (record: number) => answerConditions[(record - 1) % 6]!;
    run('codings', 'import', project, '--dataset', DATASET, '--coder', 'Anna', codingsFile(folder, 'anna', anna));
    run(
      'codings',
      'import',
      project,
      '--dataset',
      DATASET,
      '--coder',
      'Bram',
      codingsFile(folder, 'bram', (record) => bramDiffers[record] ?? anna(record)),
    );
    const expected = JSON.parse(run('agreement', project, '--dataset', DATASET, '--json')) as {
      conditions: Record<Condition, { cohenKappa: number; krippendorffAlpha: number }>;
    };
    const decimals = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 3, maximumFractionDigits: 3 });

    const host = await e2e.serve(project, folder);
    const page = await e2e.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(host.url);
    await openComparison(page);

    const table = page.getByRole('table', { name: 'Overeenstemming tussen de codeurs per conditie' });
    await table.waitFor();
    const cohesion = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Sociale cohesie' }) });
    const figures = await cohesion.getByRole('cell').allTextContents();
    expect(figures.slice(0, 4)).toEqual([
      '30',
      expect.stringMatching(/^\d+,\d%$/),
      decimals.format(expected.conditions.cohesion.cohenKappa),
      decimals.format(expected.conditions.cohesion.krippendorffAlpha),
    ]);
    await page.getByText('Consensus voor 0 van 4 records met een verschil').waitFor();

    // Record r002: Bram also gave empowerment; the session agrees with Anna.
    const record = page.getByRole('article', { name: 'Record r002' });
    await record.getByRole('columnheader', { name: /Sociale empowerment.*verschil/ }).waitFor();
    await record.getByRole('button', { name: 'Neem Anna over' }).click();
    expect(
      await record.getByRole('button', { name: 'Sociale empowerment', exact: true }).getAttribute('aria-pressed'),
    ).toBe('false');
    await record.getByRole('button', { name: 'Consensus opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Consensus voor record r002 opgeslagen.' }).waitFor();
    await page.getByText('Consensus voor 1 van 4 records met een verschil').waitFor();
    expect(await horizontalOverflow(page)).toBe(false);

    const exported = path.join(folder, 'consensus.csv');
    run('codings', 'export', project, '--dataset', DATASET, '--coder', 'consensus', '--out', exported);
    const [header, ...rows] = readFileSync(exported, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const columns = header!.split(';');
    const r002 = rows.find((line) => line.startsWith('r002;'))!.split(';');
    expect(conditions.map((condition) => r002[columns.indexOf(condition)])).toEqual(['0', '0', '1', '0']);

    await screenshot(page, 'comparison', { top: page.getByRole('heading', { name: 'Overeenstemming per conditie' }) });
    await screenshot(page, 'comparison-consensus', { top: page.getByRole('article', { name: 'Record r002' }) });
    await page.close();
  });
});

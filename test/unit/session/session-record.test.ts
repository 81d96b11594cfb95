import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordFileName } from '../../../shared/session/record-file-name';
import { EXAMPLE_SURVEY } from '../../helpers/example-project';
import { NOORD, ZUID, useExampleSessionHost } from './example-session-host';
import { pdfText } from '../../helpers/pdf-text';
import { useTempFolder } from '../../helpers/temp-folder';

const example = useExampleSessionHost();
const { call } = example;
const tempFolder = useTempFolder();

/** A session of the example as a werkplaats would have it: Zuid and Noord in focus, every kind of step. */
async function heldSession() {
  const { id } = await call('session.create', {
    title: 'Eenzaamheid & armoede',
    date: '2026-12-08',
    question: 'Hoe bereiken we wie alleen is?',
    areas: [NOORD, ZUID],
    figuresDataset: EXAMPLE_SURVEY,
    wordsDataset: EXAMPLE_SURVEY,
  });
  const { organisations } = await call('session.setOrganisations', {
    session: id,
    organisations: [
      { name: 'Gemeente Nijmegen', role: 'gemeente' },
      { name: 'Sterker', role: 'welzijn' },
      { name: 'Bewonersraad Zuid', role: 'bewoners' },
    ],
  });
  const whys = ['Schuldhulp loopt vast', 'Veel vrijwilligers', 'Weinig ontmoetingsplekken'];
  for (const [i, organisation] of organisations.entries()) {
    await call('session.setEstimate', {
      session: id,
      organisation: organisation.id,
      area: ZUID,
      condition: 'cohesion',
      estimate: 3 + i,
      why: whys[i]!,
    });
    await call('session.setEstimate', {
      session: id,
      organisation: organisation.id,
      area: NOORD,
      condition: 'cohesion',
      estimate: 9,
      why: 'Noord apart',
    });
  }
  for (const [name, condition] of [
    ['Financieel café Zuid', 'security'],
    ['Maatjes Zuid', 'inclusion'],
    ['Koffie in de Klokkentoren', 'cohesion'],
  ] as const)
    await call('provisions.save', {
      area: ZUID,
      name,
      organiser: 'Sterker',
      collective: true,
      preventive: true,
      conditions: [condition],
    });
  await call('provisions.save', {
    area: NOORD,
    name: 'Noordkoor',
    collective: true,
    preventive: true,
    conditions: ['cohesion'],
  });
  const [quote] = await call('session.quoteCandidates', { session: id, area: ZUID, condition: 'security' });
  await call('session.setQuote', {
    session: id,
    dataset: quote!.dataset,
    record: quote!.record,
    condition: 'security',
    approved: true,
  });

  await call('session.addStep', {
    session: id,
    kind: 'text',
    title: 'Welkom',
    text: 'Welkom bij de werkplaats.\n\nWe kijken samen naar Zuid.',
  });
  for (const kind of ['profile', 'words', 'partners', 'basis', 'blindspot'] as const)
    await call('session.addStep', { session: id, kind, area: ZUID });
  await call('session.addStep', { session: id, kind: 'profile', area: NOORD });
  const { agenda } = await call('session.addStep', {
    session: id,
    kind: 'crosstab',
    title: 'Rondkomen per wijk',
    crosstab: { dataset: EXAMPLE_SURVEY, rows: { variable: 'wijkcode' }, cols: { variable: 'zek_rondkomen' } },
  });
  await call('session.updateStep', {
    session: id,
    step: agenda[3]!.id,
    notes: 'De partners schatten de cohesie lager dan de cijfers.',
    actions: [{ what: 'Ontmoetingsplek zoeken', who: 'Sterker', when: 'voor 1 maart' }],
  });
  return { id, quote: quote!, agenda };
}

describe('the session record', () => {
  it('holds every step, the estimates, the provisions, the notes and actions, and nothing of Nijmegen-Noord', async () => {
    const { id, quote } = await heldSession();
    const file = path.join(tempFolder(), 'verslag.html');
    const { path: written } = await call('session.export', { session: id, path: file });
    expect(written).toBe(file);
    const html = readFileSync(file, 'utf8');
    for (const expected of [
      'Eenzaamheid &amp; armoede',
      'Hoe bereiken we wie alleen is?',
      'Welkom bij de werkplaats.',
      'Profiel – Nijmegen-Zuid',
      'Cijfers en woorden – Nijmegen-Zuid',
      'Ronde van de partners – Nijmegen-Zuid',
      'Sociale basis – Nijmegen-Zuid',
      'Blinde vlek – Nijmegen-Zuid',
      'Rondkomen per wijk',
      'Stap 8 van 8',
      'Schuldhulp loopt vast',
      'Weinig ontmoetingsplekken',
      'Bewonersraad Zuid',
      'Financieel café Zuid',
      'Koffie in de Klokkentoren',
      'De partners schatten de cohesie lager dan de cijfers.',
      'Ontmoetingsplek zoeken',
      'voor 1 maart',
      'Welke conditie zien we over het hoofd?',
      '1 gebied valt onder de publicatiedrempel en is weggelaten.',
      'Het gebied van deze stap valt onder de publicatiedrempel en wordt niet getoond.',
      quote.text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;'),
      '@page { size: A4;',
      '<svg',
    ])
      expect(html).toContain(expected);
    expect(html).not.toContain('Nijmegen-Noord');
    expect(html).not.toContain(NOORD);
    expect(html).not.toContain('Noordkoor');
    expect(html).not.toContain('Noord apart');
    // Self-contained: no scripts and nothing fetched from elsewhere.
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
    expect((await call('session.get', { session: id })).canUndo).toBe(true);
  });

  it('prints to a PDF (headless Chromium) whose text has the record and not Nijmegen-Noord', async () => {
    const { id } = await heldSession();
    const folder = tempFolder();
    const html = path.join(folder, 'verslag.html');
    await call('session.export', { session: id, path: html });
    const pdf = path.join(folder, 'verslag.pdf');
    execFileSync(
      '/usr/bin/chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        `--user-data-dir=${path.join(folder, 'chromium')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdf}`,
        `file://${html}`,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    expect(existsSync(pdf)).toBe(true);
    // Without any white space: Chromium places some glyphs one by one, and a name spread out must not slip by.
    const squash = (text: string) => text.replace(/\s+/g, '');
    const text = squash(pdfText(pdf));
    for (const expected of [
      'Nijmegen-Zuid',
      'Financieel café Zuid',
      'Welke conditie zien we over het hoofd?',
      'Ontmoetingsplek zoeken',
    ])
      expect(text).toContain(squash(expected));
    expect(text).not.toContain('Nijmegen-Noord');
    expect(text).not.toContain(NOORD);
  }, 180_000);

  it('refuses to overwrite a file unless asked, and proposes a name with the date and an area partners may see', async () => {
    const { id } = await heldSession();
    const file = path.join(tempFolder(), 'verslag.html');
    await call('session.export', { session: id, path: file });
    const again = await example.host().call('session.export', { session: id, path: file });
    expect(again.ok ? null : again.error.code).toBe('file_exists');
    expect((await call('session.export', { session: id, path: file, overwrite: true })).path).toBe(file);
    const overview = await call('session.overview', { session: id });
    expect(recordFileName('2026-12-08', overview.areas)).toBe('sessie-2026-12-08-nijmegen-zuid.html');
    expect(recordFileName('2026-12-08', overview.areas.slice(0, 1))).toBe('sessie-2026-12-08.html');
  });
});

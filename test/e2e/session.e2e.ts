import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clippedButtons, horizontalOverflow, screenshot, useBrowserHost } from './browser-host';

const e2e = useBrowserHost();

const survey = 'Bewonersenquête Nijmegen (gegenereerd)';
const organisations = [
  { name: 'Gemeente Nijmegen', role: 'gemeente' },
  { name: 'Swon', role: 'welzijn' },
  { name: 'Bewonersraad Dukenburg', role: 'bewonersorganisatie' },
];
/** Per organisation its estimates for security, inclusion, cohesion and empowerment. */
const estimates = [
  [4, 5, 3, 6],
  [5, 6, 2, 6],
  [3, 4, 4, 7],
];
const conditionLabels = ['Sociaaleconomische zekerheid', 'Sociale inclusie', 'Sociale cohesie', 'Sociale empowerment'];
/** None serves cohesion: with every condition in need in Dukenburg, cohesion has the fewest provisions. */
const provisions = [
  { name: 'Financieel café', organiser: 'Bibliotheek', conditions: ['Sociaaleconomische zekerheid'] },
  { name: 'Grip & Glans-cursus', organiser: 'Swon', conditions: ['Sociale empowerment'] },
];
/** The third, from a CSV as a welfare organisation keeps it (no area column: the area is the step's). */
const provisionsCsv =
  'naam;organisator;collectief;preventief;condities;bereik\nBezoekdienst weduwen;Zonnebloem;nee;ja;inclusie, empowerment;25 weduwen\n';
/** A CSV with a condition that does not exist on its second line: refused as a whole. */
const badCsv =
  'naam;organisator;collectief;preventief;condities;bereik\nBuurtkamer;Swon;ja;ja;cohesie;open\nKoffieochtend;Kerk;ja;ja;gezelligheid;20\n';

const side = (page: Page) => page.getByRole('complementary', { name: 'Sessies' });

async function commit(field: Locator, value: string) {
  await field.fill(value);
  await field.press('Tab');
}

async function addStep(page: Page, kind: string) {
  await page.getByLabel('Soort stap').selectOption({ label: kind });
  const before = await page.locator('.session-agenda__step').count();
  await page.getByRole('button', { name: 'Stap toevoegen' }).click();
  await expect.poll(() => page.locator('.session-agenda__step').count()).toBe(before + 1);
}

/** An area in focus: saved at once, so the box is ticked once the engine has it. */
async function chooseArea(page: Page, name: string) {
  const box = side(page).getByRole('checkbox', { name });
  await box.click();
  await expect.poll(() => box.isChecked()).toBe(true);
}

const agendaNames = (page: Page) => page.locator('.session-agenda__name').allTextContents();

async function chooseStep(page: Page, title: string) {
  await page.locator('.session-agenda__button', { hasText: title }).click();
  await page.getByRole('heading', { level: 3, name: new RegExp(`^Stap \\d: ${title}`) }).waitFor();
}

describe('a werkplaats session on the facilitator’s screen', () => {
  it('builds a session of five steps, takes three organisations’ estimates and three provisions (one from a CSV), marks the blind spot, presents and exports the record', async () => {
    const { page } = await e2e.openExample();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('tab', { name: 'Sessie', exact: true }).click();
    await page.getByRole('heading', { name: 'Nog geen sessie gekozen' }).waitFor();
    await page.getByRole('button', { name: 'Nieuwe sessie' }).click();
    await page.getByRole('button', { name: /Nieuwe sessie\s+\d{4}-\d{2}-\d{2} · 0 stappen/ }).waitFor();

    const settings = side(page);
    await commit(settings.getByLabel('Titel', { exact: true }), 'Eenzaamheid in Dukenburg');
    await settings.getByLabel('Datum').fill('2026-03-12');
    await commit(settings.getByLabel('Sociale vraag'), 'Hoe gaan we eenzaamheid onder ouderen tegen?');
    await settings.getByLabel('Cijfers (dataset)').selectOption(survey);
    await settings.getByLabel('Woorden (dataset)').selectOption(survey);
    // The survey's areas, Nijmegen-Noord (8 respondents) marked as under the threshold.
    await expect.poll(() => settings.locator('.session-areas__item').count()).toBe(9);
    expect(await settings.locator('.session-areas__item', { hasText: 'Nijmegen-Noord' }).textContent()).toContain(
      'onder de drempel',
    );
    await chooseArea(page, 'Dukenburg');
    // Nijmegen-Noord is in focus too, for the researcher; it must reach neither the projector nor the record.
    await chooseArea(page, 'Nijmegen-Noord');
    for (const organisation of organisations) {
      await settings.getByLabel('Nieuwe organisatie').fill(organisation.name);
      await settings.getByLabel('Rol', { exact: true }).last().fill(organisation.role);
      await settings.getByRole('button', { name: 'Organisatie toevoegen' }).click();
      await settings.getByRole('button', { name: `${organisation.name} verwijderen` }).waitFor();
    }
    await page.getByRole('button', { name: /Eenzaamheid in Dukenburg\s+2026-03-12 · 0 stappen/ }).waitFor();

    // Five steps, added in an order that the drag and the keyboard then put right.
    await addStep(page, 'Tekst');
    await commit(page.getByLabel('Titel van de stap'), 'Welkom');
    await commit(page.getByLabel('Tekst', { exact: true }), 'Vandaag kijken we samen naar Dukenburg.');
    await addStep(page, 'Profiel van het gebied');
    await page.getByLabel('Gebied', { exact: true }).selectOption({ label: 'Nijmegen-Noord (onder de drempel)' });
    await page.getByText('Dit gebied valt onder de publicatiedrempel: het komt niet op de projector.').waitFor();
    expect(await page.getByRole('button', { name: 'Toon op projector' }).isDisabled()).toBe(true);
    await addStep(page, 'Sociale basis');
    await addStep(page, 'Ronde van de partners');
    await addStep(page, 'Blinde vlek');
    expect(await agendaNames(page)).toEqual([
      'Welkom',
      'Profiel van het gebied',
      'Sociale basis',
      'Ronde van de partners',
      'Blinde vlek',
    ]);
    // The partners' round goes before the sociale basis: dragged onto its place.
    await page
      .locator('.session-agenda__step', { hasText: 'Ronde van de partners' })
      .dragTo(page.locator('.session-agenda__step', { hasText: 'Sociale basis' }));
    await expect
      .poll(() => agendaNames(page))
      .toEqual(['Welkom', 'Profiel van het gebied', 'Ronde van de partners', 'Sociale basis', 'Blinde vlek']);
    // And by keyboard: the welcome down one place and back, each move said aloud.
    const welcome = page.locator('.session-agenda__button', { hasText: 'Welkom' });
    await welcome.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(() => agendaNames(page))
      .toEqual(['Profiel van het gebied', 'Welkom', 'Ronde van de partners', 'Sociale basis', 'Blinde vlek']);
    await expect
      .poll(() => page.locator('[aria-live="polite"]', { hasText: 'Welkom staat nu op plaats 2 van 5.' }).count())
      .toBe(1);
    expect(await welcome.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(() => agendaNames(page))
      .toEqual(['Welkom', 'Profiel van het gebied', 'Ronde van de partners', 'Sociale basis', 'Blinde vlek']);

    // The partners' round: three organisations, four conditions, an estimate and a why each.
    await chooseStep(page, 'Ronde van de partners');
    for (const [o, organisation] of organisations.entries()) {
      for (const [c, condition] of conditionLabels.entries()) {
        await page
          .getByLabel(`Schatting van ${organisation.name} voor ${condition} (0–10)`)
          .fill(String(estimates[o]![c]));
        const why = page.getByLabel(`Waarom, volgens ${organisation.name}, voor ${condition}`);
        await why.fill(`${organisation.name} ziet dit zo voor ${condition.toLowerCase()}.`);
        await why.press('Enter');
      }
    }
    // Cohesion: 3, 2 and 4, so a mean of 3,00 from 2 to 4.
    const cohesion = page.locator('.session-partners__condition', { hasText: 'Sociale cohesie' });
    await expect
      .poll(() => cohesion.locator('.session-partners__spread').textContent())
      .toBe('gemiddeld 3,00 · van 2 tot 4 · 3 org.');
    await commit(
      page.getByRole('textbox', { name: 'Notities', exact: true }),
      'Partners zien cohesie als zwakste punt.',
    );
    await page.getByLabel('Nieuwe afspraak: wat').fill('Buurtkamer verkennen');
    await page.getByLabel('Wie', { exact: true }).last().fill('Swon');
    await page.getByLabel('Wanneer', { exact: true }).last().fill('april 2026');
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await page.getByRole('button', { name: 'Afspraak Buurtkamer verkennen verwijderen' }).waitFor();

    // The sociale basis: three provisions, counted per condition.
    await chooseStep(page, 'Sociale basis');
    for (const provision of provisions) {
      const form = page.locator('.session-basis__form');
      await form.getByLabel('Naam').fill(provision.name);
      await form.getByLabel('Organisator').fill(provision.organiser);
      for (const condition of provision.conditions) await form.getByRole('checkbox', { name: condition }).check();
      await form.getByRole('button', { name: 'Voorziening toevoegen' }).click();
      await page.getByRole('rowheader', { name: provision.name }).waitFor();
      await expect.poll(() => form.getByLabel('Naam').inputValue()).toBe('');
    }
    const folder = e2e.tempFolder();
    const importFile = async (name: string, text: string) => {
      writeFileSync(path.join(folder, name), text);
      await page.locator('.session-basis__import input[type=file]').setInputFiles(path.join(folder, name));
      await page.locator('.session-basis__import').getByText(`${name} staat in de map van het project`).waitFor();
      await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    };
    await importFile('voorzieningen-fout.csv', badCsv);
    const refusal = await page.getByRole('alert').first().textContent();
    expect(refusal).toContain('voorzieningen-fout.csv');
    expect(refusal).toContain('regel 3, kolom "condities"');
    expect(refusal).toContain('"gezelligheid" is geen conditie');
    expect(await page.getByRole('rowheader', { name: 'Buurtkamer' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Melding sluiten' }).click();
    await importFile('voorzieningen.csv', provisionsCsv);
    await page.getByRole('status').filter({ hasText: '1 voorziening geïmporteerd.' }).waitFor();
    await page.getByRole('rowheader', { name: 'Bezoekdienst weduwen' }).waitFor();
    const overview = page.getByRole('table', { name: 'Dukenburg door de vier condities' });
    await expect
      .poll(() => overview.locator('tbody tr td:nth-child(5)').allTextContents())
      .toEqual(['1', '1', '0', '2']);

    // The blind spot: every condition is in need in Dukenburg, and cohesion has the fewest provisions.
    await chooseStep(page, 'Blinde vlek');
    const blindTable = page.getByRole('table', { name: 'Dukenburg door de vier condities' });
    const figures = (await blindTable.locator('tbody tr td:nth-child(2)').allTextContents()).map(Number);
    expect(
      figures.every((index) => index < 100),
      `Dukenburg's indices ${figures.join(', ')}`,
    ).toBe(true);
    const marked = blindTable.locator('tr.session-overview__blind');
    expect(await marked.count()).toBe(1);
    expect(await marked.locator('th').textContent()).toBe('Sociale cohesie (blinde vlek)');
    expect(await page.locator('.session-blindspot__verdict').textContent()).toMatch(
      /^De blinde vlek: Sociale cohesie\./,
    );
    await page.getByText('Welke conditie zien we over het hoofd?').waitFor();
    await page.getByText(/^Een conditie heeft aandacht nodig als de index van de cijfers onder 100 ligt/).waitFor();
    await screenshot(page, 'session-facilitator', { top: page.locator('.session') });

    // Undo: a title changed, then Ctrl+Z outside a text field takes it back.
    await commit(side(page).getByLabel('Titel', { exact: true }), 'Verkeerde titel');
    await page.getByRole('button', { name: /Verkeerde titel\s+2026-03-12/ }).waitFor();
    await page.locator('.session-agenda__button', { hasText: 'Welkom' }).focus();
    await page.keyboard.press('Control+z');
    await page.getByRole('button', { name: /Eenzaamheid in Dukenburg\s+2026-03-12 · 5 stappen/ }).waitFor();
    expect(await side(page).getByLabel('Titel', { exact: true }).inputValue()).toBe('Eenzaamheid in Dukenburg');

    // Presenting: the projector's link, the step shown, the next one.
    await page.getByRole('button', { name: 'Presenteren' }).click();
    await page.getByRole('heading', { name: 'Op de projector: stap 1 van 5, Welkom' }).waitFor();
    const link = await page.locator('.session-projector__url').inputValue();
    // The projector speaks the facilitator's language.
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?presentation=[\w-]+&lang=nl$/);
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('heading', { name: 'Op de projector: stap 2 van 5, Profiel van het gebied' }).waitFor();
    expect(await page.locator('.session-presenting__next').textContent()).toContain('Ronde van de partners');
    // The step on Nijmegen-Noord shows no area on the projector; the partners' round shows the estimates.
    const preview = page.getByRole('figure', { name: 'Wat de projector toont' });
    await preview.getByText('Dit gebied wordt niet getoond', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('heading', { name: 'Op de projector: stap 3 van 5, Ronde van de partners' }).waitFor();
    await expect.poll(() => preview.textContent()).toContain('Bewonersraad Dukenburg');
    expect(await page.locator('.session-presenting__current').textContent()).toContain(
      'Partners zien cohesie als zwakste punt.',
    );
    expect(await page.locator('.session-presenting__next').textContent()).toContain('Sociale basis');
    await screenshot(page, 'session-presenting', { top: page.locator('.session') });
    await page.getByRole('button', { name: 'Stoppen met presenteren' }).click();
    await page.getByRole('heading', { name: 'Agenda' }).waitFor();

    // The record, downloaded: every step, the estimates, the provisions, notes and agreements; never Nijmegen-Noord.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Verslag downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sessie-2026-03-12-dukenburg.html');
    const record = readFileSync((await download.path())!, 'utf8');
    for (const text of [
      'Eenzaamheid in Dukenburg',
      'Hoe gaan we eenzaamheid onder ouderen tegen?',
      'Welkom',
      'Vandaag kijken we samen naar Dukenburg.',
      'Dukenburg',
      'Bewonersraad Dukenburg',
      'Swon ziet dit zo voor sociale cohesie.',
      'Financieel café',
      'Grip &amp; Glans-cursus',
      'Bezoekdienst weduwen',
      'Partners zien cohesie als zwakste punt.',
      'Buurtkamer verkennen',
      'Welke conditie zien we over het hoofd?',
    ]) {
      expect(record, text).toContain(text);
    }
    expect(record).not.toContain('Nijmegen-Noord');
    expect(record).not.toContain('WK026809');
    expect(record).not.toMatch(/<script/i);
    await page
      .getByRole('status')
      .filter({ hasText: 'Verslag gedownload als sessie-2026-03-12-dukenburg.html.' })
      .waitFor();

    // Duplicate, then delete the copy after confirming.
    await side(page).getByRole('button', { name: 'Dupliceren' }).click();
    await expect.poll(() => side(page).locator('.session-list__item').count()).toBe(2);
    await side(page).getByRole('button', { name: 'Verwijderen', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Sessie verwijderen?' });
    await dialog.getByRole('button', { name: 'Sessie verwijderen' }).click();
    await expect.poll(() => side(page).locator('.session-list__item').count()).toBe(1);
  });

  it('keeps the facilitator’s screen inside the window, the agenda in its upper half, at 1366×768 and 1920×1080', async () => {
    const { page } = await e2e.openExample();
    await page.getByRole('tab', { name: 'Sessie', exact: true }).click();
    await page.getByRole('button', { name: 'Nieuwe sessie' }).click();
    await side(page).getByLabel('Cijfers (dataset)').selectOption(survey);
    await chooseArea(page, 'Dukenburg');
    await side(page).getByLabel('Nieuwe organisatie').fill('Gemeente Nijmegen');
    await side(page).getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await side(page).getByRole('button', { name: 'Gemeente Nijmegen verwijderen' }).waitFor();
    for (const kind of ['Ronde van de partners', 'Sociale basis', 'Blinde vlek']) await addStep(page, kind);
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      for (const step of ['Ronde van de partners', 'Sociale basis', 'Blinde vlek']) {
        await chooseStep(page, step);
        const at = `${size.width}×${size.height} ${step}`;
        expect(await horizontalOverflow(page), `${at}: wider than the window`).toBe(false);
        expect(await clippedButtons(page), `${at}: buttons cut off`).toEqual([]);
        const top = await page
          .locator('[data-main-content]')
          .evaluate((desk) => desk.getBoundingClientRect().top + scrollY);
        expect(top, `${at}: agenda below the upper half`).toBeLessThan(size.height / 2);
      }
      await page.getByRole('button', { name: 'Presenteren' }).click();
      await page.getByRole('heading', { name: /^Op de projector: stap 1 van 3/ }).waitFor();
      expect(await horizontalOverflow(page), `${size.width}×${size.height} presenting: wider than the window`).toBe(
        false,
      );
      const desk = await page
        .locator('[data-main-content]')
        .evaluate((element) => element.getBoundingClientRect().top + scrollY);
      expect(desk, `${size.width}×${size.height} presenting: the desk below the upper half`).toBeLessThan(
        size.height / 2,
      );
      await page.getByRole('button', { name: 'Stoppen met presenteren' }).click();
      await page.getByRole('heading', { name: 'Agenda' }).waitFor();
    }
  });

  it('shows on the projector only the open answers the researcher approved for the session', async () => {
    const { page } = await e2e.openExample();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('tab', { name: 'Sessie', exact: true }).click();
    await page.getByRole('button', { name: 'Nieuwe sessie' }).click();
    await side(page).getByLabel('Cijfers (dataset)').selectOption(survey);
    await side(page).getByLabel('Woorden (dataset)').selectOption(survey);
    await chooseArea(page, 'Dukenburg');
    await addStep(page, 'Woorden en cijfers');
    const answers = page.getByRole('region', { name: 'Citaten voor deze sessie: Dukenburg' });
    await answers.locator('tbody tr').first().waitFor();
    const [approved, other] = await answers.locator('.session-quotes__text').allTextContents();
    expect(other).not.toBe(approved);
    await answers.getByRole('checkbox').first().click();
    await expect.poll(() => answers.getByRole('checkbox').first().isChecked()).toBe(true);
    await page.getByText('1 citaat goedgekeurd voor dit gebied.', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Presenteren' }).click();
    const preview = page.getByRole('figure', { name: 'Wat de projector toont' });
    await preview.getByText(approved!, { exact: false }).waitFor();
    expect(await preview.textContent()).not.toContain(other);
  });
});

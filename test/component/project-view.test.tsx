// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { enginePerTest } from './engine-per-test';
import type { InProcessHost } from '../helpers/in-process-host';
import { renderApp } from './render-app';

/** A project file with two datasets, written the way an import would leave them. */
function createProjectWithDatasets(engine: InProcessHost, file: string): void {
  engine.workbench.create(file);
  engine.workbench.close();
  const db = new Database(file);
  try {
    const now = new Date().toISOString();
    const addDataset = db.prepare(
      'INSERT INTO dataset (name, kind, table_name, row_count, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    const addVariable = db.prepare(
      'INSERT INTO variable (dataset_id, position, name, column_name, type, role) VALUES (?, ?, ?, ?, ?, ?)',
    );
    db.transaction(() => {
      const survey = Number(addDataset.run('Buurtenquête 2024', 'survey', 'ds_survey', 1234, now).lastInsertRowid);
      addVariable.run(survey, 1, 'respondent', 'c1', 'text', 'id');
      addVariable.run(survey, 2, 'buurtcode', 'c2', 'category', 'area_code');
      addVariable.run(survey, 3, 'eenzaam', 'c3', 'number', null);
      const area = Number(addDataset.run('Wijkmonitor', 'area', 'ds_area', 12, now).lastInsertRowid);
      addVariable.run(area, 1, 'gebiedscode', 'c1', 'category', 'area_code');
      addVariable.run(area, 2, 'pct_eenzaam', 'c2', 'number', null);
    })();
  } finally {
    db.close();
  }
}

describe('project view', () => {
  const env = enginePerTest();

  async function openThroughDialog(file: string) {
    const rendered = await renderApp(env.engine.api);
    await rendered.user.click(screen.getByRole('button', { name: 'Project openen…' }));
    await rendered.user.type(screen.getByLabelText('Pad van het projectbestand (.skw)'), file);
    await rendered.user.click(screen.getByRole('button', { name: 'Openen' }));
    await screen.findByRole('heading', { level: 1, name: path.basename(file, '.skw') });
    return rendered;
  }

  it('lists the datasets with numbers in Dutch, and in English after switching', async () => {
    const file = path.join(env.temp.folder, 'monitor.skw');
    createProjectWithDatasets(env.engine, file);
    const { user } = await openThroughDialog(file);

    const table = await screen.findByRole('table', { name: 'Datasets' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(['Naam', 'Soort', 'Rijen', 'Kolommen']);
    const survey = within(table).getByRole('row', { name: /Buurtenquête 2024/ });
    expect(
      within(survey)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Enquête', '1.234', '3']);
    const area = within(table).getByRole('row', { name: /Wijkmonitor/ });
    expect(
      within(area)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Gebieden', '12', '2']);

    await user.click(screen.getByRole('button', { name: 'EN' }));

    const surveyInEnglish = within(screen.getByRole('table', { name: 'Datasets' })).getByRole('row', {
      name: /Buurtenquête 2024/,
    });
    expect(await within(surveyInEnglish).findByText('1,234')).toBeTruthy();
    expect(within(surveyInEnglish).getByText('Survey')).toBeTruthy();
  });

  it('moves between the sections with the arrow keys, Home and End', async () => {
    env.engine.workbench.create(path.join(env.temp.folder, 'tabs.skw'));
    const { user } = await renderApp(env.engine.api);
    const tab = (name: string) => screen.getByRole('tab', { name });

    expect(screen.getByRole('tablist', { name: 'Onderdelen van het project' })).toBeTruthy();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Data',
      'Codeboek',
      'Coderen',
      'Analyse',
      'Sessie',
    ]);
    tab('Data').focus();

    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tab('Codeboek'));
    expect(tab('Codeboek').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Codeboek' }).textContent).toContain('Sociale cohesie');

    await user.keyboard('{End}');
    expect(document.activeElement).toBe(tab('Sessie'));
    expect(screen.getByRole('tabpanel', { name: 'Sessie' })).toBeTruthy();

    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tab('Data'));

    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(tab('Sessie'));

    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(tab('Data'));
    expect(tab('Data').getAttribute('aria-selected')).toBe('true');
    expect(tab('Sessie').getAttribute('tabindex')).toBe('-1');
  });

  it('closes the project and returns to the start screen with it in the recent list', async () => {
    env.engine.workbench.create(path.join(env.temp.folder, 'afsluiten.skw'));
    const { user } = await renderApp(env.engine.api);

    await user.click(screen.getByRole('button', { name: 'Project sluiten' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Werkbank Sociale Kwaliteit' })).toBeTruthy();
    const recent = screen.getByRole('list', { name: 'Recente projecten' });
    expect(within(recent).getByRole('button', { name: 'afsluiten' })).toBeTruthy();
  });
});

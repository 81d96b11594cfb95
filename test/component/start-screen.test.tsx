// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { enginePerTest } from './engine-per-test';
import { createInProcessHost } from '../helpers/in-process-host';
import { renderApp } from './render-app';

describe('start screen', () => {
  const env = enginePerTest();

  it('greets in Dutch by default', async () => {
    await renderApp(env.engine.api);

    expect(screen.getByRole('heading', { level: 1, name: 'Werkbank Sociale Kwaliteit' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nieuw project' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Project openen…' })).toBeTruthy();
    expect(screen.getByText(/Nog geen recente projecten/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar de inhoud' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
  });

  it('switches to English, and the engine remembers it for the next start', async () => {
    const { user } = await renderApp(env.engine.api);

    await user.click(screen.getByRole('button', { name: 'EN' }));

    expect(await screen.findByRole('button', { name: 'New project' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open project…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'EN' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(env.engine.workbench.appState.language()).toBe('en');

    cleanup();
    const restarted = createInProcessHost({ settingsFolder: env.temp.folder });
    await renderApp(restarted.api);
    expect(screen.getByRole('button', { name: 'New project' })).toBeTruthy();
  });

  it('lists recent projects with the date they were last opened, and reopens one', async () => {
    const file = path.join(env.temp.folder, 'buurtonderzoek.skw');
    env.engine.workbench.create(file);
    env.engine.workbench.close();
    const { user } = await renderApp(env.engine.api);

    const recent = screen.getByRole('list', { name: 'Recente projecten' });
    expect(within(recent).getByText(file)).toBeTruthy();
    expect(within(recent).getByText(/Laatst geopend op \d{1,2} [a-z]{3} \d{4}/)).toBeTruthy();

    await user.click(within(recent).getByRole('button', { name: 'buurtonderzoek' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'buurtonderzoek' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Data' }).getAttribute('aria-selected')).toBe('true');
  });

  it('marks a recent project whose file is gone, and removes it from the list', async () => {
    const file = path.join(env.temp.folder, 'verdwenen.skw');
    env.engine.workbench.create(file);
    env.engine.workbench.close();
    rmSync(file);
    const { user } = await renderApp(env.engine.api);

    const recent = screen.getByRole('list', { name: 'Recente projecten' });
    expect(within(recent).getByText('Bestand niet gevonden')).toBeTruthy();

    await user.click(within(recent).getByRole('button', { name: 'Uit lijst verwijderen' }));

    expect(await screen.findByText(/Nog geen recente projecten/)).toBeTruthy();
    expect(env.engine.workbench.appState.recentProjects()).toEqual([]);
  });

  it('shows why a recent project cannot be opened, and keeps the focus in the page when the message is dismissed', async () => {
    const file = path.join(env.temp.folder, 'verplaatst.skw');
    env.engine.workbench.create(file);
    env.engine.workbench.close();
    rmSync(file);
    const { user } = await renderApp(env.engine.api);

    await user.click(
      within(screen.getByRole('list', { name: 'Recente projecten' })).getByRole('button', { name: 'verplaatst' }),
    );

    expect((await screen.findByRole('alert')).textContent).toBe(`Bestand niet gevonden: ${file}`);
    await user.click(screen.getByRole('button', { name: 'Melding sluiten' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('goes straight to the project the host already opened', async () => {
    env.engine.workbench.create(path.join(env.temp.folder, 'al-open.skw'));

    await renderApp(env.engine.api);

    expect(screen.getByRole('heading', { level: 1, name: 'al-open' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Data' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByText('Dit project bevat nog geen datasets.')).toBeTruthy();
  });
});

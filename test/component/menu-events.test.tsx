// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WerkbankApi } from '../../shared/contract/api';
import type { MenuEvent } from '../../shared/contract/channels';
import { installation } from '../../cli/installation';
import { enginePerTest } from './engine-per-test';
import { renderApp } from './render-app';

/** The desktop host's menu, played by the test: the engine stays real, only the pushed events are ours. */
function withMenu(api: WerkbankApi) {
  const listeners = new Set<(event: MenuEvent) => void>();
  const withEvents: WerkbankApi = {
    invoke: api.invoke,
    on: (event, listener) => {
      if (event !== 'menu') return () => {};
      const forward = listener as (event: MenuEvent) => void;
      listeners.add(forward);
      return () => listeners.delete(forward);
    },
  };
  const choose = (event: MenuEvent) =>
    act(async () => {
      for (const listener of listeners) listener(event);
    });
  return { api: withEvents, choose };
}

describe('menu events from the desktop host', () => {
  const env = enginePerTest();

  it('switches the language from the View menu', async () => {
    const menu = withMenu(env.engine.api);
    await renderApp(menu.api);

    await menu.choose({ command: 'view.language.en' });

    expect(await screen.findByRole('button', { name: 'New project' })).toBeTruthy();
    expect(env.engine.workbench.appState.language()).toBe('en');
  });

  it('opens a recent project and closes it again', async () => {
    const file = path.join(env.temp.folder, 'uit-het-menu.skw');
    env.engine.workbench.create(file);
    env.engine.workbench.close();
    const menu = withMenu(env.engine.api);
    await renderApp(menu.api);

    await menu.choose({ command: 'project.openRecent', path: file });
    expect(await screen.findByRole('heading', { level: 1, name: 'uit-het-menu' })).toBeTruthy();

    await menu.choose({ command: 'project.close' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Werkbank Sociale Kwaliteit' })).toBeTruthy();
  });

  it('shows the About dialog with the version', async () => {
    const menu = withMenu(env.engine.api);
    const { user } = await renderApp(menu.api);

    await menu.choose({ command: 'help.about' });

    const about = screen.getByRole('dialog', { name: 'Over de Werkbank Sociale Kwaliteit' });
    expect(within(about).getByText(installation.appVersion)).toBeTruthy();
    await user.click(within(about).getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks for a path in the app when the host has no file dialogs', async () => {
    const menu = withMenu(env.engine.api);
    await renderApp(menu.api);

    await menu.choose({ command: 'project.new' });

    expect(screen.getByRole('dialog', { name: 'Nieuw project maken' })).toBeTruthy();
  });
});

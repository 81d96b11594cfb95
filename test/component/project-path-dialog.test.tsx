// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { enginePerTest } from './engine-per-test';
import { renderApp } from './render-app';

describe('project path dialog (browser, no native dialogs)', () => {
  const env = enginePerTest();

  it('creates a project, adding .skw, and opens it on the Data section', async () => {
    const { user } = await renderApp(env.engine.api);

    await user.click(screen.getByRole('button', { name: 'Nieuw project' }));
    const dialog = screen.getByRole('dialog', { name: 'Nieuw project maken' });
    await user.type(
      within(dialog).getByLabelText('Pad van het projectbestand (.skw)'),
      path.join(env.temp.folder, 'wijkscan'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Aanmaken' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'wijkscan' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(existsSync(path.join(env.temp.folder, 'wijkscan.skw'))).toBe(true);
    expect(screen.getByRole('tab', { name: 'Data' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByText('Dit project bevat nog geen datasets.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'wijkscan' }));
  });

  it('shows the engine error for a file that is not a project, inside the dialog', async () => {
    const notes = path.join(env.temp.folder, 'notities.skw');
    writeFileSync(notes, 'Dit is een tekstbestand, geen project.\n');
    const { user } = await renderApp(env.engine.api);

    await user.click(screen.getByRole('button', { name: 'Project openen…' }));
    const dialog = screen.getByRole('dialog', { name: 'Project openen' });
    await user.type(within(dialog).getByLabelText('Pad van het projectbestand (.skw)'), notes);
    await user.click(within(dialog).getByRole('button', { name: 'Openen' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('is geen project van de Werkbank Sociale Kwaliteit');
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks for a path instead of sending an empty one', async () => {
    const { user } = await renderApp(env.engine.api);

    await user.click(screen.getByRole('button', { name: 'Project openen…' }));
    await user.click(screen.getByRole('button', { name: 'Openen' }));

    const field = screen.getByLabelText('Pad van het projectbestand (.skw)');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Vul het pad van het projectbestand in.')).toBeTruthy();
    expect(document.activeElement).toBe(field);
  });

  it('keeps focus inside, closes on Escape and returns focus to the button that opened it', async () => {
    const { user } = await renderApp(env.engine.api);
    const opener = screen.getByRole('button', { name: 'Project openen…' });

    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Project openen' });
    const field = within(dialog).getByLabelText('Pad van het projectbestand (.skw)');
    expect(document.activeElement).toBe(field);

    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Openen' }));
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annuleren' }));
    await user.tab();
    expect(document.activeElement).toBe(field);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annuleren' }));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../shared/contract/serve-contract';
import type { DialogChannel } from '../../engine/index';
import { createInProcessHost, type InProcessHost } from '../helpers/in-process-host';
import { makeTempFolder, renderApp } from './render-app';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'codebooks');

/** The desktop's dialogs as the tests answer them: each records what it was asked. */
function desktopDialogs(answers: { open?: string; save?: string; data?: string }) {
  return {
    'dialog.chooseProjectToOpen': vi.fn(() => ({ path: null })),
    'dialog.chooseNewProjectPath': vi.fn(() => ({ path: null })),
    'dialog.chooseDataFile': vi.fn(() => ({ path: answers.data ?? null })),
    'dialog.chooseFileToOpen': vi.fn(() => ({ path: answers.open ?? null })),
    'dialog.chooseSavePath': vi.fn(() => ({ path: answers.save ?? null })),
    'dialog.saveRecordAsPdf': vi.fn(() => ({ path: null })),
  } satisfies Pick<Handlers, DialogChannel>;
}

describe('file fields in the desktop app', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  let engine: InProcessHost | undefined;

  beforeEach(() => {
    temp = makeTempFolder();
  });

  afterEach(() => {
    cleanup();
    engine?.workbench.close();
    temp.remove();
  });

  function desktop(dialogs: ReturnType<typeof desktopDialogs>) {
    engine = createInProcessHost({ settingsFolder: temp.folder, host: 'electron', dialogs });
    engine.workbench.create(path.join(temp.folder, 'buurtonderzoek.skw'));
    return engine;
  }

  it("fills the codebook's import path from the open dialog for .qdc files, and imports it", async () => {
    const chosen = path.join(fixtures, 'maxqda-style.qdc');
    const dialogs = desktopDialogs({ open: chosen });
    const { user } = await renderApp(desktop(dialogs).api);
    await user.click(screen.getByRole('tab', { name: 'Codeboek' }));
    const importForm = (await screen.findByLabelText('Pad van het .qdc-bestand')).closest('form') as HTMLElement;

    await user.click(within(importForm).getByRole('button', { name: 'Bestand kiezen…' }));
    expect(dialogs['dialog.chooseFileToOpen']).toHaveBeenCalledWith({ kind: 'qdc' });
    expect((within(importForm).getByLabelText('Pad van het .qdc-bestand') as HTMLInputElement).value).toBe(chosen);
    await user.click(within(importForm).getByRole('button', { name: 'Importeren' }));
    expect(await within(importForm).findByText(`Geïmporteerd uit ${chosen}`)).toBeTruthy();
    expect(within(importForm).getByText('6 codes toegevoegd, 0 bijgewerkt, 0 ongewijzigd.')).toBeTruthy();
  });

  it('fills the export path from the save dialog, proposing codeboek.qdc, and writes there', async () => {
    const target = path.join(temp.folder, 'gekozen.qdc');
    const dialogs = desktopDialogs({ save: target });
    const { user } = await renderApp(desktop(dialogs).api);
    await user.click(screen.getByRole('tab', { name: 'Codeboek' }));
    const exportForm = (await screen.findByLabelText('Pad van het nieuwe .qdc-bestand')).closest('form') as HTMLElement;

    await user.click(within(exportForm).getByRole('button', { name: 'Opslaan als…' }));
    expect(dialogs['dialog.chooseSavePath']).toHaveBeenCalledWith({ kind: 'qdc', name: 'codeboek.qdc' });
    await user.click(within(exportForm).getByRole('button', { name: 'Exporteren' }));
    await within(exportForm).findByText(/geëxporteerd naar/);
    expect(existsSync(target)).toBe(true);
    // The desktop saves to a path; the browser's download is not offered.
    expect(within(exportForm).queryByRole('button', { name: 'Downloaden' })).toBeNull();
  });

  it('reads a data file chosen in the dialog at once in the import wizard', async () => {
    const file = path.join(temp.folder, 'enquete.csv');
    writeFileSync(file, 'respondent;buurtcode;leeftijd\n1;BU02680001;34\n2;BU02680002;51\n');
    const dialogs = desktopDialogs({ data: file });
    const { user } = await renderApp(desktop(dialogs).api);
    await user.click(await screen.findByRole('button', { name: 'Gegevens importeren…' }));
    await user.click(screen.getByRole('button', { name: 'Bestand kiezen…' }));
    expect(dialogs['dialog.chooseDataFile']).toHaveBeenCalled();
    expect(await screen.findByRole('heading', { name: 'Voorbeeld', level: 3 })).toBeTruthy();
    expect(screen.getByText(file)).toBeTruthy();
  });

  /** Drops `file` on the Data section as Chromium does for a file dragged from the desktop. */
  function dropOnData(file: File) {
    const zone = document.querySelector('.drop-zone');
    if (!zone) throw new Error('no drop zone on Data');
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    fireEvent.dragEnter(zone, { dataTransfer });
    fireEvent.dragOver(zone, { dataTransfer });
    fireEvent.drop(zone, { dataTransfer });
  }

  it("starts the import wizard with a file dropped on Data, read at its own path (the preload's pathOfFile), not copied", async () => {
    const file = path.join(temp.folder, 'peiling 2025.csv');
    writeFileSync(file, 'respondent;buurtcode;leeftijd\n1;BU02680001;34\n2;BU02680002;51\n');
    const dropped = new File([readFileSync(file)], 'peiling 2025.csv', { type: 'text/csv' });
    const host = desktop(desktopDialogs({}));
    await renderApp({ ...host.api, pathOfFile: (given) => (given === dropped ? file : null) });
    await screen.findByRole('button', { name: 'Gegevens importeren…' });
    dropOnData(dropped);
    expect(await screen.findByRole('heading', { name: 'Voorbeeld', level: 3 })).toBeTruthy();
    expect(screen.getByText(file)).toBeTruthy();
    expect(existsSync(path.join(temp.folder, 'buurtonderzoek.bestanden'))).toBe(false);
  });

  it('says so when a dropped file is not a file on this computer, and reads nothing', async () => {
    const host = desktop(desktopDialogs({}));
    await renderApp({ ...host.api, pathOfFile: () => null });
    await screen.findByRole('button', { name: 'Gegevens importeren…' });
    dropOnData(new File(['a;b\n1;2\n'], 'uit de browser.csv'));
    expect(
      await screen.findByText(
        'uit de browser.csv staat niet als bestand op deze computer. Sla het eerst op en kies of sleep het dan.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Voorbeeld', level: 3 })).toBeNull();
  });
});

describe('file fields without dialogs or file transfer', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  let engine: InProcessHost;

  beforeEach(() => {
    temp = makeTempFolder();
    engine = createInProcessHost({ settingsFolder: temp.folder });
    engine.workbench.create(path.join(temp.folder, 'buurtonderzoek.skw'));
  });

  afterEach(() => {
    cleanup();
    engine.workbench.close();
    temp.remove();
  });

  it('offers the typed path only, with no button that could not work', async () => {
    const { user } = await renderApp(engine.api);
    await user.click(screen.getByRole('tab', { name: 'Codeboek' }));
    await screen.findByLabelText('Pad van het .qdc-bestand');
    expect(screen.queryByRole('button', { name: 'Bestand kiezen…' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Opslaan als…' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Downloaden' })).toBeNull();
  });
});

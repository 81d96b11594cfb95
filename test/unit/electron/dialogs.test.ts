import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../shared/contract/channels';
import { contractError } from '../../../shared/contract/errors';
import {
  createDialogHandlers,
  showOpenFailure,
  withProjectExtension,
  type DialogContext,
} from '../../../electron/main/dialogs';
import { dialog, FakeBrowserWindow, resetFakeElectron } from './fake-electron';

import { useTempFolder } from '../../helpers/temp-folder';

vi.mock('electron', () => import('./fake-electron'));

type Dialog = DialogContext['dialog'];
type BrowserWindow = NonNullable<ReturnType<DialogContext['parent']>>;

function handlers(
  language: Language = 'nl',
  parent: FakeBrowserWindow | null = null,
  printing: Pick<DialogContext, 'writeRecord' | 'printToPdf'> = {
    writeRecord: () => Promise.reject(new Error('no record in this test')),
    printToPdf: () => Promise.reject(new Error('no printing in this test')),
  },
) {
  return createDialogHandlers({
    dialog: dialog as unknown as Dialog,
    parent: () => parent as unknown as BrowserWindow | null,
    language: () => language,
    documentsFolder: '/home/onderzoeker/Documenten',
    ...printing,
  });
}

describe('open project dialog', () => {
  beforeEach(resetFakeElectron);

  it('returns the chosen file', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/data/Wijkscan.skw'] });
    await expect(handlers()['dialog.chooseProjectToOpen']({})).resolves.toEqual({ path: '/data/Wijkscan.skw' });
  });

  it('returns no path when cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(handlers()['dialog.chooseProjectToOpen']({})).resolves.toEqual({ path: null });
  });

  it('asks in Dutch for a Werkbank-project file, on top of the main window', async () => {
    const window = new FakeBrowserWindow({});
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await handlers('nl', window)['dialog.chooseProjectToOpen']({});
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    expect(options).toMatchObject({
      title: 'Project openen',
      filters: [{ name: 'Werkbank-project', extensions: ['skw'] }],
      properties: ['openFile'],
    });
  });

  it('asks in English when the user chose English', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await handlers('en')['dialog.chooseProjectToOpen']({});
    expect(dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({ title: 'Open project' });
  });
});

describe('data file dialog', () => {
  beforeEach(resetFakeElectron);

  it('offers CSV and Excel files and returns the chosen one', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/data/enquete.csv'] });
    await expect(handlers('nl')['dialog.chooseDataFile']({})).resolves.toEqual({ path: '/data/enquete.csv' });
    expect(dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({
      title: 'Gegevens importeren',
      filters: [{ extensions: ['csv', 'txt', 'tsv', 'xlsx'] }],
    });
  });
});

describe('new project dialog', () => {
  beforeEach(resetFakeElectron);

  it('appends .skw when the chosen name lacks it', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/data/Wijkscan Zuid' });
    await expect(handlers()['dialog.chooseNewProjectPath']({})).resolves.toEqual({ path: '/data/Wijkscan Zuid.skw' });
  });

  it('keeps a name that already ends in .skw', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/data/Wijkscan.SKW' });
    await expect(handlers()['dialog.chooseNewProjectPath']({})).resolves.toEqual({ path: '/data/Wijkscan.SKW' });
  });

  it('returns no path when cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(handlers()['dialog.chooseNewProjectPath']({})).resolves.toEqual({ path: null });
  });

  it('suggests a new project in the documents folder, in the user language', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await handlers('en')['dialog.chooseNewProjectPath']({});
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      title: 'Save new project as',
      defaultPath: path.join('/home/onderzoeker/Documenten', 'New project.skw'),
      filters: [{ name: 'Werkbank project', extensions: ['skw'] }],
    });
  });

  it('adds the extension to names with another extension', () => {
    expect(withProjectExtension('/data/wijk.2025')).toBe('/data/wijk.2025.skw');
  });
});

describe('dialogs for the other files the app reads', () => {
  beforeEach(resetFakeElectron);

  it('offers .qdc files for a codebook, in Dutch, on top of the main window', async () => {
    const window = new FakeBrowserWindow({});
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/data/codeboek.qdc'] });
    await expect(handlers('nl', window)['dialog.chooseFileToOpen']({ kind: 'qdc' })).resolves.toEqual({
      path: '/data/codeboek.qdc',
    });
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    expect(options).toMatchObject({
      title: 'Codeboek importeren',
      defaultPath: '/home/onderzoeker/Documenten',
      filters: [{ name: 'REFI-QDA-codeboek', extensions: ['qdc'] }],
      properties: ['openFile'],
    });
  });

  it("offers CSV files for codings and Werkbank projects for another coder's project", async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(handlers('en')['dialog.chooseFileToOpen']({ kind: 'codingsCsv' })).resolves.toEqual({ path: null });
    await handlers('nl')['dialog.chooseFileToOpen']({ kind: 'coderProject' });
    expect(dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({
      title: 'Import codings',
      filters: [{ name: 'CSV files', extensions: ['csv', 'txt'] }],
    });
    expect(dialog.showOpenDialog.mock.calls[1]?.[0]).toMatchObject({
      title: 'Project van een andere codeur kiezen',
      filters: [{ name: 'Werkbank-project', extensions: ['skw'] }],
    });
  });
});

describe('save dialogs for exports', () => {
  beforeEach(resetFakeElectron);

  it('proposes the name in the documents folder and offers the kind of file', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/data/kruistabel.xlsx' });
    await expect(
      handlers('nl')['dialog.chooseSavePath']({ kind: 'crosstabXlsx', name: 'kruistabel.xlsx' }),
    ).resolves.toEqual({ path: '/data/kruistabel.xlsx' });
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      title: 'Kruistabel exporteren',
      defaultPath: path.join('/home/onderzoeker/Documenten', 'kruistabel.xlsx'),
      filters: [{ name: 'Excel-werkmap', extensions: ['xlsx'] }],
    });
  });

  it('adds the extension when the chosen name lacks it, and keeps it when present', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/data/codeboek wijk' });
    await expect(handlers()['dialog.chooseSavePath']({ kind: 'qdc', name: 'codeboek.qdc' })).resolves.toEqual({
      path: '/data/codeboek wijk.qdc',
    });
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/data/coderingen.CSV' });
    await expect(handlers()['dialog.chooseSavePath']({ kind: 'codingsCsv', name: 'coderingen.csv' })).resolves.toEqual({
      path: '/data/coderingen.CSV',
    });
  });

  it('returns no path when cancelled, and asks in English when the user chose English', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(
      handlers('en')['dialog.chooseSavePath']({ kind: 'crosstabCsv', name: 'crosstab.csv' }),
    ).resolves.toEqual({ path: null });
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      title: 'Export cross-table',
      filters: [{ name: 'CSV files', extensions: ['csv'] }],
    });
  });

  it('keeps a proposed name inside the documents folder', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await handlers()['dialog.chooseSavePath']({ kind: 'qdc', name: '../../etc/codeboek.qdc' });
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: path.join('/home/onderzoeker/Documenten', 'codeboek.qdc'),
    });
  });
});

describe('session record as PDF', () => {
  beforeEach(resetFakeElectron);
  const tempFolder = useTempFolder();

  /** The engine's part writes the HTML it was asked for; the printer's part turns the file it gets into bytes. */
  function printing() {
    const written: { session: number; file: string }[] = [];
    const printed: string[] = [];
    return {
      written,
      printed,
      writeRecord: async (session: number, file: string) => {
        written.push({ session, file });
        await writeFile(file, `<!doctype html><title>Verslag ${session}</title>`);
      },
      printToPdf: async (file: string) => {
        printed.push(file);
        return new TextEncoder().encode(`%PDF-1.4 ${await readFile(file, 'utf8')}`);
      },
    };
  }

  it("asks where to save it, prints the session's record there with .pdf added, and leaves no HTML behind", async () => {
    const folder = tempFolder();
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(folder, 'verslag dukenburg') });
    const steps = printing();
    const answer = await handlers('nl', null, steps)['dialog.saveRecordAsPdf']({
      session: 7,
      name: 'sessie-2026-03-12-dukenburg.pdf',
    });
    expect(answer).toEqual({ path: path.join(folder, 'verslag dukenburg.pdf') });
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      title: 'Verslag van de sessie opslaan als PDF',
      defaultPath: path.join('/home/onderzoeker/Documenten', 'sessie-2026-03-12-dukenburg.pdf'),
      filters: [{ name: 'PDF-document', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    expect(steps.written.map((w) => w.session)).toEqual([7]);
    expect(steps.printed).toEqual([steps.written[0]!.file]);
    await expect(readFile(answer.path!, 'utf8')).resolves.toBe('%PDF-1.4 <!doctype html><title>Verslag 7</title>');
    // The HTML was written to a folder of its own, removed once printed.
    expect(existsSync(path.dirname(steps.written[0]!.file))).toBe(false);
  });

  it('writes and prints nothing when the dialog is cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const steps = printing();
    await expect(
      handlers('en', null, steps)['dialog.saveRecordAsPdf']({ session: 7, name: 'session.pdf' }),
    ).resolves.toEqual({ path: null });
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ title: 'Save the session record as PDF' });
    expect(steps.written).toEqual([]);
    expect(steps.printed).toEqual([]);
  });

  it('removes the HTML and writes no PDF when printing fails', async () => {
    const folder = tempFolder();
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(folder, 'verslag.pdf') });
    const steps = printing();
    const failing = { ...steps, printToPdf: () => Promise.reject(new Error('printer gone')) };
    await expect(
      handlers('nl', null, failing)['dialog.saveRecordAsPdf']({ session: 7, name: 'verslag.pdf' }),
    ).rejects.toThrow('printer gone');
    expect(existsSync(path.join(folder, 'verslag.pdf'))).toBe(false);
    expect(existsSync(path.dirname(steps.written[0]!.file))).toBe(false);
  });
});

describe('open failure box', () => {
  beforeEach(resetFakeElectron);

  it("shows the engine's message in the user's language", () => {
    showOpenFailure(
      { dialog: dialog as unknown as Dialog, language: () => 'en' },
      contractError('file_not_found', { file: '/data/weg.skw' }),
    );
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Could not open the project', 'File not found: /data/weg.skw');
  });
});

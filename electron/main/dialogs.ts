import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Language } from '../../shared/contract/channels';
import type { ContractError } from '../../shared/contract/result';
import type { Handlers } from '../../shared/contract/serve-contract';
import type { OpenFileKind, SaveFileKind } from '../../shared/contract/dialog-channels';
import { PROJECT_EXTENSION, type DialogChannel } from '../../engine/index';
import { defineMessages, translate } from '../../shared/i18n/messages';

export interface DialogContext {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showErrorBox'>;
  /** The window the dialogs belong to, so they open as sheets on top of it. */
  parent: () => BrowserWindow | null;
  language: () => Language;
  documentsFolder: string;
  /** Writes the session record's HTML (the engine's `session.export`) to a file. */
  writeRecord: (session: number, file: string) => Promise<void>;
  /** Prints an HTML file to a PDF on A4 (Electron: a hidden window's `printToPDF`). */
  printToPdf: (htmlFile: string) => Promise<Uint8Array>;
}

const texts = defineMessages({
  nl: {
    openTitle: 'Project openen',
    newTitle: 'Nieuw project opslaan als',
    newName: 'Nieuw project',
    filter: 'Werkbank-project',
    openFailed: 'Project openen mislukt',
    dataTitle: 'Gegevens importeren',
    dataFilter: 'CSV- en Excel-bestanden',
    qdcOpenTitle: 'Codeboek importeren',
    qdcSaveTitle: 'Codeboek exporteren',
    qdcFilter: 'REFI-QDA-codeboek',
    codingsOpenTitle: 'Coderingen importeren',
    codingsSaveTitle: 'Coderingen exporteren',
    csvFilter: 'CSV-bestanden',
    coderProjectTitle: 'Project van een andere codeur kiezen',
    crosstabSaveTitle: 'Kruistabel exporteren',
    xlsxFilter: 'Excel-werkmap',
    provisionsOpenTitle: 'Voorzieningen van de sociale basis importeren',
    recordSaveTitle: 'Verslag van de sessie opslaan',
    htmlFilter: 'Webpagina (HTML)',
    pdfSaveTitle: 'Verslag van de sessie opslaan als PDF',
    pdfFilter: 'PDF-document',
  },
  en: {
    openTitle: 'Open project',
    newTitle: 'Save new project as',
    newName: 'New project',
    filter: 'Werkbank project',
    openFailed: 'Could not open the project',
    dataTitle: 'Import data',
    dataFilter: 'CSV and Excel files',
    qdcOpenTitle: 'Import codebook',
    qdcSaveTitle: 'Export codebook',
    qdcFilter: 'REFI-QDA codebook',
    codingsOpenTitle: 'Import codings',
    codingsSaveTitle: 'Export codings',
    csvFilter: 'CSV files',
    coderProjectTitle: "Choose another coder's project",
    crosstabSaveTitle: 'Export cross-table',
    xlsxFilter: 'Excel workbook',
    provisionsOpenTitle: 'Import the provisions of the social basis',
    recordSaveTitle: 'Save the session record',
    htmlFilter: 'Web page (HTML)',
    pdfSaveTitle: 'Save the session record as PDF',
    pdfFilter: 'PDF document',
  },
});

type TextKey = keyof (typeof texts)['nl'];

interface FileKind {
  title: TextKey;
  filter: TextKey;
  extensions: string[];
}

/** The other files the app reads: what each dialog is called and which files it offers. */
const openKinds: Record<OpenFileKind, FileKind> = {
  qdc: { title: 'qdcOpenTitle', filter: 'qdcFilter', extensions: ['qdc'] },
  codingsCsv: { title: 'codingsOpenTitle', filter: 'csvFilter', extensions: ['csv', 'txt'] },
  coderProject: { title: 'coderProjectTitle', filter: 'filter', extensions: [PROJECT_EXTENSION.slice(1)] },
  provisionsCsv: { title: 'provisionsOpenTitle', filter: 'csvFilter', extensions: ['csv', 'txt'] },
};

/** The files the app writes. */
const saveKinds: Record<SaveFileKind, FileKind> = {
  qdc: { title: 'qdcSaveTitle', filter: 'qdcFilter', extensions: ['qdc'] },
  codingsCsv: { title: 'codingsSaveTitle', filter: 'csvFilter', extensions: ['csv'] },
  crosstabCsv: { title: 'crosstabSaveTitle', filter: 'csvFilter', extensions: ['csv'] },
  crosstabXlsx: { title: 'crosstabSaveTitle', filter: 'xlsxFilter', extensions: ['xlsx'] },
  sessionRecord: { title: 'recordSaveTitle', filter: 'htmlFilter', extensions: ['html'] },
};

/** Linux file choosers do not add the extension the filter asks for. */
export function withExtension(file: string, extension: string): string {
  return path.extname(file).toLowerCase() === `.${extension}` ? file : `${file}.${extension}`;
}

const extension = PROJECT_EXTENSION.slice(1);

/** The engine only opens `.skw` as a project. */
export function withProjectExtension(file: string): string {
  return withExtension(file, extension);
}

/** The contract channels only the desktop host can serve: the operating system's file dialogs. */
export function createDialogHandlers(context: DialogContext): Pick<Handlers, DialogChannel> {
  const { dialog } = context;
  return {
    'dialog.chooseProjectToOpen': async () => {
      const text = (key: keyof typeof texts.nl) => translate(context.language(), texts, key);
      const options: OpenDialogOptions = {
        title: text('openTitle'),
        defaultPath: context.documentsFolder,
        filters: [{ name: text('filter'), extensions: [extension] }],
        properties: ['openFile'],
      };
      const parent = context.parent();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      const [file] = result.filePaths;
      return { path: result.canceled || !file ? null : file };
    },
    'dialog.chooseDataFile': async () => {
      const text = (key: keyof typeof texts.nl) => translate(context.language(), texts, key);
      const options: OpenDialogOptions = {
        title: text('dataTitle'),
        defaultPath: context.documentsFolder,
        filters: [{ name: text('dataFilter'), extensions: ['csv', 'txt', 'tsv', 'xlsx'] }],
        properties: ['openFile'],
      };
      const parent = context.parent();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      const [file] = result.filePaths;
      return { path: result.canceled || !file ? null : file };
    },
    'dialog.chooseFileToOpen': async ({ kind }) => {
      const text = texts[context.language()];
      const { title, filter, extensions } = openKinds[kind];
      const options: OpenDialogOptions = {
        title: text[title],
        defaultPath: context.documentsFolder,
        filters: [{ name: text[filter], extensions }],
        properties: ['openFile'],
      };
      const parent = context.parent();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      const [file] = result.filePaths;
      return { path: result.canceled || !file ? null : file };
    },
    'dialog.chooseSavePath': async ({ kind, name }) => {
      const text = texts[context.language()];
      const { title, filter, extensions } = saveKinds[kind];
      const [wanted = ''] = extensions;
      const options: SaveDialogOptions = {
        title: text[title],
        defaultPath: path.join(context.documentsFolder, path.basename(name)),
        filters: [{ name: text[filter], extensions }],
        // No overwrite confirmation: the chosen path fills the export's path field, and the export replaces
        // an existing file only when the user ticks its overwrite box.
        properties: ['createDirectory'],
      };
      const parent = context.parent();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return { path: result.canceled || !result.filePath ? null : withExtension(result.filePath, wanted) };
    },
    'dialog.saveRecordAsPdf': async ({ session, name }) => {
      const text = texts[context.language()];
      const options: SaveDialogOptions = {
        title: text.pdfSaveTitle,
        defaultPath: path.join(context.documentsFolder, path.basename(name)),
        filters: [{ name: text.pdfFilter, extensions: ['pdf'] }],
        // The PDF is written at once, so the dialog asks before it replaces a file (Linux asks only when told to).
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = context.parent();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { path: null };
      const pdfFile = withExtension(result.filePath, 'pdf');
      // The record is printed from the same HTML the browser prints: one layout for paper in both hosts.
      const folder = await mkdtemp(path.join(os.tmpdir(), 'werkbank-verslag-'));
      try {
        const htmlFile = path.join(folder, 'verslag.html');
        await context.writeRecord(session, htmlFile);
        await writeFile(pdfFile, await context.printToPdf(htmlFile));
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
      return { path: pdfFile };
    },
    'dialog.chooseNewProjectPath': async () => {
      const text = (key: keyof typeof texts.nl) => translate(context.language(), texts, key);
      const options: SaveDialogOptions = {
        title: text('newTitle'),
        defaultPath: path.join(context.documentsFolder, `${text('newName')}${PROJECT_EXTENSION}`),
        filters: [{ name: text('filter'), extensions: [extension] }],
        // No overwrite confirmation: the engine never replaces an existing file and says so.
        properties: ['createDirectory'],
      };
      const parent = context.parent();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return { path: result.canceled || !result.filePath ? null : withProjectExtension(result.filePath) };
    },
  };
}

/** A project given on the command line is opened before the window exists, so its failure needs a box of its own. */
export function showOpenFailure(context: Pick<DialogContext, 'dialog' | 'language'>, error: ContractError): void {
  const language = context.language();
  context.dialog.showErrorBox(translate(language, texts, 'openFailed'), error.message[language]);
}

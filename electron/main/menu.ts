import { Menu, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import type { Language, MenuEvent, RecentProject } from '../../shared/contract/channels';
import { defineMessages, translate } from '../../shared/i18n/messages';

export interface MenuOptions {
  language: Language;
  recent: RecentProject[];
  platform: NodeJS.Platform;
  /** Development builds get reload and the developer tools. */
  development: boolean;
  send: (event: MenuEvent) => void;
}

const labels = defineMessages({
  nl: {
    file: 'Bestand',
    newProject: 'Nieuw project',
    open: 'Openen…',
    recent: 'Recente projecten',
    noRecent: 'Geen recente projecten',
    close: 'Sluiten',
    quit: 'Afsluiten',
    edit: 'Bewerken',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
    view: 'Beeld',
    language: 'Taal',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    resetZoom: 'Ware grootte',
    fullScreen: 'Volledig scherm',
    reload: 'Opnieuw laden',
    devTools: 'Ontwikkelhulpmiddelen',
    help: 'Help',
    about: 'Over de Werkbank',
  },
  en: {
    file: 'File',
    newProject: 'New project',
    open: 'Open…',
    recent: 'Recent projects',
    noRecent: 'No recent projects',
    close: 'Close',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    language: 'Language',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullScreen: 'Full screen',
    reload: 'Reload',
    devTools: 'Developer tools',
    help: 'Help',
    about: 'About the Werkbank',
  },
});

// On Windows and Linux a single '&' in a label marks an access key; a project called "Zorg & Welzijn" must show as is.
function menuText(text: string): string {
  return text.replaceAll('&', '&&');
}

function recentItems(options: MenuOptions): MenuItemConstructorOptions[] {
  const text = (key: keyof typeof labels.nl) => translate(options.language, labels, key);
  if (options.recent.length === 0) return [{ label: text('noRecent'), enabled: false }];
  const sameName = (name: string) => options.recent.filter((r) => r.name === name).length > 1;
  return options.recent.map((project) => ({
    // Two projects with the same name are told apart by their folder.
    label: menuText(sameName(project.name) ? `${project.name} — ${path.dirname(project.path)}` : project.name),
    enabled: project.exists,
    click: () => options.send({ command: 'project.openRecent', path: project.path }),
  }));
}

export function applicationMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const text = (key: keyof typeof labels.nl) => translate(options.language, labels, key);
  const { send } = options;
  const mac = options.platform === 'darwin';

  const file: MenuItemConstructorOptions = {
    label: text('file'),
    submenu: [
      { label: text('newProject'), accelerator: 'CmdOrCtrl+N', click: () => send({ command: 'project.new' }) },
      { label: text('open'), accelerator: 'CmdOrCtrl+O', click: () => send({ command: 'project.open' }) },
      { label: text('recent'), submenu: recentItems(options) },
      { type: 'separator' },
      { label: text('close'), click: () => send({ command: 'project.close' }) },
      // On macOS quitting lives in the application menu.
      ...(mac ? [] : [{ type: 'separator' } as const, { label: text('quit'), role: 'quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: text('edit'),
    submenu: [
      { label: text('undo'), role: 'undo' },
      { label: text('redo'), role: 'redo' },
      { type: 'separator' },
      { label: text('cut'), role: 'cut' },
      { label: text('copy'), role: 'copy' },
      { label: text('paste'), role: 'paste' },
      { label: text('selectAll'), role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: text('view'),
    submenu: [
      {
        label: text('language'),
        submenu: [
          {
            label: 'Nederlands',
            type: 'radio',
            checked: options.language === 'nl',
            click: () => send({ command: 'view.language.nl' }),
          },
          {
            label: 'English',
            type: 'radio',
            checked: options.language === 'en',
            click: () => send({ command: 'view.language.en' }),
          },
        ],
      },
      { type: 'separator' },
      { label: text('zoomIn'), role: 'zoomIn' },
      { label: text('zoomOut'), role: 'zoomOut' },
      { label: text('resetZoom'), role: 'resetZoom' },
      { type: 'separator' },
      { label: text('fullScreen'), role: 'togglefullscreen' },
      ...(options.development
        ? [
            { type: 'separator' } as const,
            { label: text('reload'), role: 'reload' } as const,
            { label: text('devTools'), role: 'toggleDevTools' } as const,
          ]
        : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: text('help'),
    role: 'help',
    submenu: [{ label: text('about'), click: () => send({ command: 'help.about' }) }],
  };

  return [...(mac ? [{ role: 'appMenu' } as const] : []), file, edit, view, help];
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(options)));
}

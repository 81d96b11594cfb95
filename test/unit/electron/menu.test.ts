import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecentProject } from '../../../shared/contract/channels';
import { applicationMenuTemplate, installApplicationMenu, type MenuOptions } from '../../../electron/main/menu';
import { Menu, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type MenuItemConstructorOptions = ReturnType<typeof applicationMenuTemplate>[number];

const recent: RecentProject[] = [
  { path: '/data/Wijkscan Noord.skw', name: 'Wijkscan Noord', openedAt: '2025-03-01T10:00:00Z', exists: true },
  {
    path: '/data/Armoede & eenzaamheid.skw',
    name: 'Armoede & eenzaamheid',
    openedAt: '2025-02-01T10:00:00Z',
    exists: false,
  },
];

function template(overrides: Partial<MenuOptions> = {}) {
  const send = vi.fn();
  const items = applicationMenuTemplate({
    language: 'nl',
    recent,
    platform: 'linux',
    development: false,
    send,
    ...overrides,
  });
  return { items, send };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  if (!item || !Array.isArray(item.submenu)) throw new Error(`${item?.label ?? 'item'} has no submenu`);
  return item.submenu;
}

function labels(items: MenuItemConstructorOptions[]): (string | undefined)[] {
  return items.filter((item) => item.type !== 'separator').map((item) => item.label);
}

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = items.find((candidate) => candidate.label === label);
  if (!item) throw new Error(`no menu item ${label}`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('application menu', () => {
  beforeEach(resetFakeElectron);

  it('has the Dutch menus and File items', () => {
    const { items } = template();
    expect(labels(items)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(labels(submenu(items[0]))).toEqual([
      'Nieuw project',
      'Openen…',
      'Recente projecten',
      'Sluiten',
      'Afsluiten',
    ]);
    expect(labels(submenu(items[1]))).toEqual([
      'Ongedaan maken',
      'Opnieuw',
      'Knippen',
      'Kopiëren',
      'Plakken',
      'Alles selecteren',
    ]);
    expect(labels(submenu(items[3]))).toEqual(['Over de Werkbank']);
  });

  it('has the English menus and File items', () => {
    const { items } = template({ language: 'en' });
    expect(labels(items)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(submenu(items[0]))).toEqual(['New project', 'Open…', 'Recent projects', 'Close', 'Quit']);
    expect(labels(submenu(items[3]))).toEqual(['About the Werkbank']);
  });

  it('gives New project and Open their shortcuts and sends their commands', () => {
    const { items, send } = template();
    const file = submenu(items[0]);
    expect(find(file, 'Nieuw project').accelerator).toBe('CmdOrCtrl+N');
    expect(find(file, 'Openen…').accelerator).toBe('CmdOrCtrl+O');
    click(find(file, 'Nieuw project'));
    click(find(file, 'Openen…'));
    click(find(file, 'Sluiten'));
    expect(send.mock.calls).toEqual([
      [{ command: 'project.new' }],
      [{ command: 'project.open' }],
      [{ command: 'project.close' }],
    ]);
    expect(find(file, 'Afsluiten').role).toBe('quit');
  });

  it('lists recent projects, and opening one sends its path', () => {
    const { items, send } = template();
    const recentMenu = submenu(find(submenu(items[0]), 'Recente projecten'));
    expect(labels(recentMenu)).toEqual(['Wijkscan Noord', 'Armoede && eenzaamheid']);
    expect(recentMenu.map((item) => item.enabled)).toEqual([true, false]);
    click(recentMenu[0] as MenuItemConstructorOptions);
    expect(send).toHaveBeenCalledWith({ command: 'project.openRecent', path: '/data/Wijkscan Noord.skw' });
  });

  it('tells apart recent projects with the same name by their folder', () => {
    const { items } = template({
      recent: [
        { path: '/a/Wijkscan.skw', name: 'Wijkscan', openedAt: '', exists: true },
        { path: '/b/Wijkscan.skw', name: 'Wijkscan', openedAt: '', exists: true },
      ],
    });
    expect(labels(submenu(find(submenu(items[0]), 'Recente projecten')))).toEqual(['Wijkscan — /a', 'Wijkscan — /b']);
  });

  it('says so when there are no recent projects', () => {
    const { items } = template({ recent: [], language: 'en' });
    const recentMenu = submenu(find(submenu(items[0]), 'Recent projects'));
    expect(recentMenu).toEqual([{ label: 'No recent projects', enabled: false }]);
  });

  it('offers the languages as radio items with the current one checked, and sends the choice', () => {
    const { items, send } = template({ language: 'en' });
    const languageMenu = submenu(find(submenu(items[2]), 'Language'));
    expect(languageMenu.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['Nederlands', 'radio', false],
      ['English', 'radio', true],
    ]);
    click(languageMenu[0] as MenuItemConstructorOptions);
    expect(send).toHaveBeenCalledWith({ command: 'view.language.nl' });
  });

  it('uses the standard roles for editing and zoom', () => {
    const { items } = template();
    expect(
      submenu(items[1])
        .filter((item) => item.role)
        .map((item) => item.role),
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(submenu(items[2]).map((item) => item.role)).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']),
    );
  });

  it('offers reload only in development', () => {
    const roles = (development: boolean) => submenu(template({ development }).items[2]).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
  });

  it('sends About from the Help menu', () => {
    const { items, send } = template();
    click(find(submenu(items[3]), 'Over de Werkbank'));
    expect(send).toHaveBeenCalledWith({ command: 'help.about' });
  });

  it('puts Quit in the application menu on macOS', () => {
    const { items } = template({ platform: 'darwin' });
    expect(items[0]?.role).toBe('appMenu');
    expect(labels(submenu(items[1]))).not.toContain('Afsluiten');
  });

  it('installs the built menu as the application menu', () => {
    installApplicationMenu({ language: 'nl', recent, platform: 'linux', development: false, send: vi.fn() });
    const built = Menu.buildFromTemplate.mock.results[0]?.value;
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(built);
    expect(labels(Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[])).toEqual([
      'Bestand',
      'Bewerken',
      'Beeld',
      'Help',
    ]);
  });
});

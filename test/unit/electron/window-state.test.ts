import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SIZE,
  rememberWindowPlacement,
  restoreWindowPlacement,
  saveWindowPlacement,
  WINDOW_STATE_FILE,
} from '../../../electron/main/window-state';
import { useTempFolder } from '../../helpers/temp-folder';
import { FakeBrowserWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type BrowserWindow = Parameters<typeof rememberWindowPlacement>[0];

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const monitorOnTheRight = { x: 1440, y: 0, width: 1920, height: 1040 };

function saved(folder: string, state: unknown): void {
  writeFileSync(path.join(folder, WINDOW_STATE_FILE), JSON.stringify(state));
}

describe('window placement', () => {
  const tempFolder = useTempFolder();
  beforeEach(resetFakeElectron);

  it('starts at the default size the first time', () => {
    expect(restoreWindowPlacement(tempFolder(), [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('restores size, position and maximised state on a screen that is still there', () => {
    const folder = tempFolder();
    saved(folder, { x: 1600, y: 100, width: 1200, height: 800, maximized: true });
    expect(restoreWindowPlacement(folder, [laptop, monitorOnTheRight])).toEqual({
      x: 1600,
      y: 100,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });

  it('drops the position when that screen is gone, and keeps the size', () => {
    const folder = tempFolder();
    saved(folder, { x: 1600, y: 100, width: 1200, height: 800, maximized: false });
    expect(restoreWindowPlacement(folder, [laptop])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('drops a position whose title bar would be above the screen', () => {
    const folder = tempFolder();
    saved(folder, { x: 100, y: -300, width: 1000, height: 700, maximized: false });
    expect(restoreWindowPlacement(folder, [laptop])).not.toHaveProperty('y');
  });

  it('ignores a damaged state file', () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, WINDOW_STATE_FILE), '{"x": "links"');
    expect(restoreWindowPlacement(folder, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('saves the bounds of a normal window', () => {
    const folder = tempFolder();
    const window = new FakeBrowserWindow({});
    window.getBounds.mockReturnValue({ x: 50, y: 60, width: 1100, height: 720 });
    saveWindowPlacement(folder, window as unknown as BrowserWindow);
    expect(JSON.parse(readFileSync(path.join(folder, WINDOW_STATE_FILE), 'utf8'))).toEqual({
      x: 50,
      y: 60,
      width: 1100,
      height: 720,
      maximized: false,
    });
  });

  it('saves the size a maximised window returns to', () => {
    const folder = tempFolder();
    const window = new FakeBrowserWindow({});
    window.isMaximized.mockReturnValue(true);
    window.getBounds.mockReturnValue({ x: 0, y: 0, width: 1440, height: 860 });
    window.getNormalBounds.mockReturnValue({ x: 80, y: 40, width: 1000, height: 700 });
    saveWindowPlacement(folder, window as unknown as BrowserWindow);
    expect(restoreWindowPlacement(folder, [laptop])).toEqual({
      x: 80,
      y: 40,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it('saves when the window closes', () => {
    const folder = tempFolder();
    const window = new FakeBrowserWindow({});
    window.getBounds.mockReturnValue({ x: 30, y: 30, width: 900, height: 650 });
    rememberWindowPlacement(window as unknown as BrowserWindow, folder);
    window.emit('close', {});
    expect(restoreWindowPlacement(folder, [laptop])).toEqual({
      x: 30,
      y: 30,
      width: 900,
      height: 650,
      maximized: false,
    });
  });
});

import type { BrowserWindow, Rectangle } from 'electron';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1280, height: 800 };
/** How much of a window's top edge must lie on a screen for the user to grab it and move it. */
const GRIP = { width: 100, height: 40 };

const SavedStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
type SavedState = z.infer<typeof SavedStateSchema>;

export interface WindowPlacement {
  width: number;
  height: number;
  /** Absent when the saved position is off every screen: the window system then centres the window. */
  x?: number;
  y?: number;
  maximized: boolean;
}

function readSaved(folder: string): SavedState | null {
  try {
    return SavedStateSchema.parse(JSON.parse(readFileSync(path.join(folder, WINDOW_STATE_FILE), 'utf8')));
  } catch {
    // A missing or damaged file only costs the user the remembered size.
    return null;
  }
}

function titleBarOnScreen(bounds: Rectangle, workArea: Rectangle): boolean {
  const overlap = Math.min(bounds.x + bounds.width, workArea.x + workArea.width) - Math.max(bounds.x, workArea.x);
  return (
    overlap >= Math.min(GRIP.width, bounds.width) &&
    bounds.y >= workArea.y &&
    bounds.y + GRIP.height <= workArea.y + workArea.height
  );
}

/**
 * The placement from last time. The position is used only if the window would still be reachable on one
 * of today's screens (a monitor may have been unplugged since).
 */
export function restoreWindowPlacement(folder: string, workAreas: Rectangle[]): WindowPlacement {
  const saved = readSaved(folder);
  if (!saved) return { ...DEFAULT_SIZE, maximized: false };
  const { maximized, ...bounds } = saved;
  if (workAreas.some((area) => titleBarOnScreen(bounds, area))) return { ...bounds, maximized };
  return { width: bounds.width, height: bounds.height, maximized };
}

export function saveWindowPlacement(
  folder: string,
  window: Pick<BrowserWindow, 'getBounds' | 'getNormalBounds' | 'isMaximized'>,
): void {
  const maximized = window.isMaximized();
  // A maximised window remembers the size it returns to, not the size of the screen.
  const bounds = maximized ? window.getNormalBounds() : window.getBounds();
  const state: SavedState = { ...bounds, maximized };
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, WINDOW_STATE_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state, null, 2));
  renameSync(temporary, file);
}

export function rememberWindowPlacement(window: BrowserWindow, folder: string): void {
  window.on('close', () => saveWindowPlacement(folder, window));
}

/**
 * The sizes of a project's resizable panels, kept in the renderer's localStorage keyed by project path and
 * panel, so each project opens with the panels as its user left them. A missing or broken entry is no size.
 */
const prefix = 'werkbank.pane';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readPaneSize(project: string, pane: string): number | null {
  const raw = storage()?.getItem(`${prefix}:${project}:${pane}`);
  const size = raw === null || raw === undefined ? NaN : Number(raw);
  return Number.isFinite(size) && size > 0 ? size : null;
}

export function writePaneSize(project: string, pane: string, size: number): void {
  try {
    storage()?.setItem(`${prefix}:${project}:${pane}`, String(Math.round(size)));
  } catch {
    // A full or refused storage only loses the remembered size.
  }
}

export function readPaneCollapsed(project: string, pane: string): boolean {
  return storage()?.getItem(`${prefix}:${project}:${pane}:collapsed`) === '1';
}

export function writePaneCollapsed(project: string, pane: string, collapsed: boolean): void {
  try {
    storage()?.setItem(`${prefix}:${project}:${pane}:collapsed`, collapsed ? '1' : '0');
  } catch {
    // As above.
  }
}

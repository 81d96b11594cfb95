import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_EXTENSION } from '../../engine/index';

/**
 * The project file the operating system asked the app to open: Windows and Linux pass it on the command
 * line (Linux desktop files may pass it as a file:// URL), mixed with the executable, the app folder in
 * development, and Chromium switches. The last `.skw` argument wins.
 */
export function projectPathFromArgv(argv: readonly string[], cwd: string): string | null {
  const candidates = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-'))
    .map((arg) => (arg.startsWith('file://') ? fileURLToPath(arg) : arg))
    .filter((arg) => path.extname(arg).toLowerCase() === PROJECT_EXTENSION);
  const last = candidates.at(-1);
  return last === undefined ? null : path.resolve(cwd, last);
}

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { cliPath } from '../helpers/run-cli';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Debian's Chromium quiet on a machine without network (DESIGN.md §3). */
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

export interface ServedProject {
  url: string;
  process: ChildProcessWithoutNullStreams;
  stderr: () => string;
  stop: () => Promise<number | null>;
}

/** Starts `werkbank serve PROJECT --port 0` and waits for the URL on its first stdout line. */
export function serveProject(project: string, home: string): Promise<ServedProject> {
  const child = spawn(process.execPath, [cliPath, 'serve', project, '--port', '0'], {
    env: { ...process.env, WERKBANK_HOME: home, WERKBANK_LANG: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not print its URL; stderr: ${stderr}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}; stderr: ${stderr}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      resolve({
        url: stdout.slice(0, newline),
        process: child,
        stderr: () => stderr,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGINT');
          return exited;
        },
      });
    });
  });
}

/** Saves a screenshot for the README when `WERKBANK_SCREENSHOTS` names a folder (`npm run screenshots`). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.WERKBANK_SCREENSHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: path.join(folder, `${name}.png`), fullPage: false });
}

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { cliEnv, cliPath, runCli } from '../helpers/run-cli';
import { useTempFolder } from '../helpers/temp-folder';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Debian's Chromium quiet on a machine without network (docs/ARCHITECTURE.md §5). */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

export interface ServedProject {
  url: string;
  /** The projector's link with the presentation token: the second line. */
  presentationUrl: string;
  process: ChildProcessWithoutNullStreams;
  stderr: () => string;
  stop: () => Promise<number | null>;
}

/** Starts `werkbank serve PROJECT --port 0` and waits for its two URLs: the app's, then the projector's. */
export function serveProject(project: string, home: string): Promise<ServedProject> {
  const child = spawn(process.execPath, [cliPath, 'serve', project, '--port', '0'], {
    env: cliEnv(home),
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
      const lines = stdout.split('\n');
      if (lines.length < 3) return;
      clearTimeout(timer);
      resolve({
        url: lines[0]!,
        presentationUrl: lines[1]!,
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

/** The README's window sizes: a laptop's and a projector's. */
export const screenshotSizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

export interface ScreenshotOptions {
  /** Put at the window's top at each size (`scrollToTop`); the page's scroll as it is when left out. */
  top?: Locator;
  /** An exported file shown on a page of its own: one image, `NAME.png`, at the page's own size. */
  exported?: boolean;
}

/**
 * Saves screenshots for the README when `WERKBANK_SCREENSHOTS` names a folder (`npm run screenshots`): the
 * app at both README sizes (`NAME-1366x768.png`, `NAME-1920x1080.png`), after which the page is back at
 * the test's own size.
 */
export async function screenshot(page: Page, name: string, options: ScreenshotOptions = {}): Promise<void> {
  const folder = process.env.WERKBANK_SCREENSHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  if (options.exported) {
    await page.screenshot({ path: path.join(folder, `${name}.png`) });
    return;
  }
  const own = page.viewportSize();
  for (const size of screenshotSizes) {
    await page.setViewportSize(size);
    if (options.top) await scrollToTop(options.top);
    // Charts and grids measure their box once the window has its new size.
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(folder, `${name}-${size.width}x${size.height}.png`) });
  }
  if (own) await page.setViewportSize(own);
}

export interface BrowserHost {
  tempFolder: () => string;
  browser: () => Browser;
  /** Serves a project for the current test; it is stopped when the test ends, before its folder goes. */
  serve: (project: string, home: string) => Promise<ServedProject>;
  /** Serves a fresh project, closes it and opens the example project from the start screen. */
  openExample: () => Promise<{ page: Page; folder: string }>;
}

/**
 * An e2e file's Chromium and browser hosts. The server-stopping hook is registered after the temp-folder
 * hook, so it runs first: a server never writes into a folder that is being removed.
 */
export function useBrowserHost(): BrowserHost {
  const tempFolder = useTempFolder();
  let browser: Browser | undefined;
  const served: ServedProject[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(served.splice(0).map((host) => host.stop()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  const host: BrowserHost = {
    tempFolder,
    browser: () => browser ?? raiseNoBrowser(),
    async serve(project, home) {
      const started = await serveProject(project, home);
      served.push(started);
      return started;
    },
    async openExample() {
      const folder = tempFolder();
      const project = path.join(folder, 'leeg.skw');
      expect(runCli(['init', project], folder).status).toBe(0);
      const started = await host.serve(project, folder);
      const page = await host.browser().newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      await page.goto(started.url);
      await page.getByRole('button', { name: 'Project sluiten' }).click();
      await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Voorbeeldproject' }).waitFor({ timeout: 60_000 });
      return { page, folder };
    },
  };
  return host;
}

function raiseNoBrowser(): never {
  throw new Error('Chromium is not running: use the browser inside a test');
}

/** Puts the element at the top of the viewport, so a screenshot shows what follows it. */
export async function scrollToTop(locator: Locator): Promise<void> {
  await locator.evaluate((element) => {
    element.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -24);
  });
}

/** Whether anything sticks out to the right, so the page would scroll sideways (a table too wide for its box). */
export function horizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/**
 * The visible buttons whose label is cut ("Verwijdere"): wider than the button's own box, or cut on the left
 * or right by a box that clips what it holds (a table wider than its scroll box). A button scrolled wholly
 * out of its box is not cut. Each is named by its text and the cause.
 */
export function clippedButtons(page: Page): Promise<string[]> {
  return clippedElements(page, 'button, [role=button]');
}

/** The visible elements matching `selector` whose text is cut, as `clippedButtons` tells it for buttons. */
export function clippedElements(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll<HTMLElement>(selector)].flatMap((element) => {
        const box = element.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1 || getComputedStyle(element).visibility === 'hidden') return [];
        const name = (element.textContent ?? '').trim() || (element.getAttribute('aria-label') ?? '');
        if (element.scrollWidth > element.clientWidth) {
          return [`"${name}": its text is ${element.scrollWidth} px, its box ${element.clientWidth} px`];
        }
        let left = box.left;
        let right = box.right;
        for (let holder = element.parentElement; holder; holder = holder.parentElement) {
          if (getComputedStyle(holder).overflowX === 'visible') continue;
          const inside = holder.getBoundingClientRect().left + holder.clientLeft;
          left = Math.max(left, inside);
          right = Math.min(right, inside + holder.clientWidth);
        }
        if (right <= left) return [];
        const shown = right - left;
        return shown < box.width - 0.5
          ? [`"${name}": ${Math.round(shown)} of its ${Math.round(box.width)} px shown`]
          : [];
      }),
    selector,
  );
}

/**
 * The visible selects matching `selector` whose chosen option is cut ("Sociaaleconomische zekerhei"): narrower
 * than the same select holding only that option at its own width, as the browser draws it.
 */
export function cutSelects(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll<HTMLSelectElement>(selector)].flatMap((select) => {
        const chosen = select.selectedOptions[0];
        if (!chosen || select.offsetWidth === 0) return [];
        const alone = select.cloneNode(false) as HTMLSelectElement;
        alone.append(chosen.cloneNode(true));
        alone.style.width = 'auto';
        alone.style.minWidth = '0';
        alone.style.maxWidth = 'none';
        select.parentElement!.append(alone);
        const needed = alone.offsetWidth;
        alone.remove();
        return select.offsetWidth < needed
          ? [`"${chosen.text}": ${select.offsetWidth} px of the ${needed} px it needs`]
          : [];
      }),
    selector,
  );
}

import { app, dialog, ipcMain, protocol, screen, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { events, type MenuEvent } from '../../shared/contract/channels';
import { createDispatch } from '../../shared/contract/serve-contract';
import { Workbench } from '../../engine/index';
import packageJson from '../../package.json';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { createDialogHandlers, showOpenFailure, type DialogContext } from './dialogs';
import { desktopSenderCheck, mainWindowSenderCheck, registerIpc } from './ipc';
import { installApplicationMenu } from './menu';
import { projectPathFromArgv } from './project-argument';
import { hardenSession, hardenWebContents } from './security';
import { createPresentationWindow, projectorDisplay } from './presentation-window';
import { printHtmlToPdf } from './print-to-pdf';
import { notifyStateChanges } from './state-changes';
import { createMainWindow, windowTitle } from './window';
import { rememberWindowPlacement, restoreWindowPlacement } from './window-state';

export interface LaunchContext {
  argv: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

// Resolved from the bundled main file (out/main/index.js), beside which electron-vite puts preload and renderer.
const mainFolder = path.dirname(fileURLToPath(import.meta.url));
const PRELOAD_FILE = path.join(mainFolder, '..', 'preload', 'index.cjs');
const RENDERER_FOLDER = path.join(mainFolder, '..', 'renderer');
// Built beside the main file as entries of their own (see electron.vite.config.ts).
const IMPORT_WORKERS = {
  parse: new URL('./parse-worker.js', import.meta.url),
  insert: new URL('./insert-worker.js', import.meta.url),
};

interface Desktop {
  openAtStart(file: string): Promise<void>;
  showWindow(): Promise<void>;
  focus(): void;
  openWhileRunning(file: string): void;
}

function createDesktop(env: NodeJS.ProcessEnv): Desktop {
  const userData = app.getPath('userData');
  const workbench = new Workbench({
    host: 'electron',
    appName: packageJson.productName,
    appVersion: packageJson.version,
    nativeDialogs: true,
    settingsFolder: userData,
    // A packaged app carries better-sqlite3 rebuilt for Electron; `npm start` builds one beside the Node build the tests use.
    nativeBinding: app.isPackaged ? undefined : env.WERKBANK_NATIVE_BINDING,
    workers: IMPORT_WORKERS,
    // The example data travels as an extra resource in a packaged app; in development it is the repository's.
    datasetsFolder: app.isPackaged
      ? path.join(process.resourcesPath, 'datasets')
      : path.join(mainFolder, '..', '..', 'datasets'),
  });
  hardenSession(session.defaultSession);
  serveRenderer(protocol, RENDERER_FOLDER);

  let window: BrowserWindow | null = null;
  const send = (event: MenuEvent) => window?.webContents.send(events.menu, event);
  const language = () => workbench.appState.language();
  const engine = workbench.handlers();
  const dialogContext: DialogContext = {
    dialog,
    parent: () => window,
    language,
    documentsFolder: app.getPath('documents'),
    writeRecord: async (session, file) => {
      await engine['session.export']({ session, path: file, overwrite: true });
    },
    printToPdf: printHtmlToPdf,
  };
  const dispatch = createDispatch({ ...engine, ...createDialogHandlers(dialogContext) }, (error) =>
    console.error(error),
  );

  const refresh = async () => {
    installApplicationMenu({
      language: language(),
      recent: workbench.appState.recentProjects(),
      platform: process.platform,
      development: !app.isPackaged,
      send,
    });
    window?.setTitle(windowTitle(await engine['project.current']({})));
  };
  // The projector's window opens on the second display when a step is presented, and closes when presenting stops.
  let projector: BrowserWindow | null = null;
  workbench.onSlideChange((slide) => {
    window?.webContents.send(events.slide, slide);
    if (slide === null) {
      projector?.close();
      return;
    }
    if (projector) {
      projector.webContents.send(events.slide, slide);
      return;
    }
    const display = projectorDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay());
    if (!display) return;
    projector = createPresentationWindow({ preload: PRELOAD_FILE, display, language: language() });
    projector.on('closed', () => {
      projector = null;
    });
  });
  registerIpc(
    ipcMain,
    notifyStateChanges(dispatch, refresh),
    desktopSenderCheck(
      mainWindowSenderCheck(() => window),
      mainWindowSenderCheck(() => projector),
    ),
  );
  // Closing the project file cleanly folds its write-ahead log back into the .skw.
  app.on('will-quit', () => workbench.close());

  return {
    async openAtStart(file) {
      const result = await dispatch('project.open', { path: file });
      if (!result.ok) showOpenFailure(dialogContext, result.error);
    },
    async showWindow() {
      const placement = restoreWindowPlacement(
        userData,
        screen.getAllDisplays().map((display) => display.workArea),
      );
      const created = createMainWindow({ preload: PRELOAD_FILE, placement });
      rememberWindowPlacement(created, userData);
      created.on('closed', () => {
        window = null;
        projector?.close();
      });
      window = created;
      await refresh();
    },
    focus() {
      if (!window) return;
      if (window.isMinimized()) window.restore();
      window.focus();
    },
    // While the UI runs it opens the project itself, so a refusal appears where the user works.
    openWhileRunning(file) {
      send({ command: 'project.openRecent', path: file });
    },
  };
}

export function startDesktopApp(launch: LaunchContext): void {
  // A second start (say, double-clicking a .skw while the app runs) hands its arguments to the first and stops.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme(protocol);
  app.enableSandbox();

  let requestedProject = projectPathFromArgv(launch.argv, launch.cwd);
  let desktop: Desktop | null = null;
  const openRequested = (file: string) => {
    if (desktop) desktop.openWhileRunning(file);
    else requestedProject = file;
  };

  // macOS hands over files with this event, also before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openRequested(file);
  });
  app.on('second-instance', (_event, argv, cwd) => {
    desktop?.focus();
    const file = projectPathFromArgv(argv, cwd);
    if (file) openRequested(file);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // One window holds the one open project: closing it ends the app on every platform.
  app.on('window-all-closed', () => app.quit());

  app
    .whenReady()
    .then(async () => {
      const started = createDesktop(launch.env);
      // Opened before the window exists, so the UI finds it open when it asks at start.
      if (requestedProject) await started.openAtStart(requestedProject);
      await started.showWindow();
      desktop = started;
    })
    .catch((error: unknown) => {
      console.error(error);
      dialog.showErrorBox('Werkbank Sociale Kwaliteit', error instanceof Error ? error.message : String(error));
      app.quit();
    });
}

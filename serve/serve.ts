import type { Language } from '../shared/contract/channels';
import type { Dispatch } from '../shared/contract/serve-contract';
import type { Workbench } from '../engine/index';
import { createHttpBridge } from './http-bridge';
import { builtRendererFolder } from './built-renderer';
import { importFolderOf } from './file-transfer';
import { defineMessages, translate } from '../shared/i18n/messages';

const texts = defineMessages({
  nl: {
    stopped: 'Gestopt.\n',
    openLink:
      'Open de eerste link hierboven in je browser. De tweede is voor de projector: die toont alleen de presentatie. Stop met Ctrl-C.\n',
  },
  en: {
    stopped: 'Stopped.\n',
    openLink:
      'Open the first link above in your browser. The second is for the projector: it shows the presentation only. Stop with Ctrl-C.\n',
  },
});

export interface ServeOptions {
  workbench: Workbench;
  dispatch: Dispatch;
  port: number;
  language: Language;
  /** The built renderer; found by builtRendererFolder() when not given. */
  rendererFolder?: string;
  io: { stdout: (text: string) => void; stderr: (text: string) => void };
}

/**
 * `werkbank serve`: the browser host. The URL with its access token is the first line on stdout, the
 * projector's URL with its presentation token the second (`shared/contract/presentation.ts`); Ctrl-C (or SIGTERM) closes the server and the project, then resolves with exit status 0.
 */
export async function serve({
  workbench,
  dispatch,
  port,
  language,
  io,
  rendererFolder,
}: ServeOptions): Promise<number> {
  const bridge = createHttpBridge({
    dispatch,
    rendererFolder: rendererFolder ?? builtRendererFolder(),
    importFolder: () => {
      const project = workbench.currentOrNull();
      return project ? importFolderOf(project.path) : null;
    },
    onSlideChange: (listener) => workbench.onSlideChange(listener),
  });
  const { server, token } = bridge;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;

  // The signal handlers are in place before the URL is printed: whoever reads the URL may stop us at once.
  const stopped = new Promise<number>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.closeAllConnections();
      server.close(() => {
        bridge.close();
        workbench.close();
        io.stderr(translate(language, texts, 'stopped'));
        resolve(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  const origin = `http://127.0.0.1:${actualPort}`;
  io.stdout(`${origin}/?token=${token}\n${bridge.presentationUrl(origin)}\n`);
  io.stderr(translate(language, texts, 'openLink'));
  return stopped;
}

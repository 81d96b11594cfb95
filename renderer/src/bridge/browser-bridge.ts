import type { WerkbankApi } from '../../../shared/contract/api';
import type { Channel, EventPayloads, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import { contractError } from '../../../shared/contract/errors';
import type { ContractError, Result } from '../../../shared/contract/result';
import {
  FILE_DOWNLOAD_PATH,
  FILE_EXPORT_PATH,
  FILE_UPLOAD_PATH,
  MAX_UPLOAD_BYTES,
  formatBytes,
  type ExportTarget,
  type FileTransfer,
  type UploadedFile,
} from '../../../shared/contract/file-transfer';
import { PRESENTATION_LINK_PATH, PRESENTATION_PARAM } from '../../../shared/contract/presentation';
import { inBothLanguages } from '../../../shared/i18n/messages';
import { bridgeTexts } from './bridge-texts';
import { followSlides } from './slide-stream';

const TOKEN_KEY = 'werkbank.accessToken';
const PRESENTATION_TOKEN_KEY = 'werkbank.presentationToken';

/** The parts of `window` the browser bridge uses; tests pass their own. */
export interface BrowserEnvironment {
  location: Pick<Location, 'href'>;
  history: Pick<History, 'replaceState' | 'state'>;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
  fetch: typeof fetch;
  /** Hands a file to the browser as a download; without it the bridge offers no file transfer. */
  saveDownload?: (blob: Blob, name: string) => void;
}

const unauthorized = contractError('unauthorized');
const unreachable = contractError('host_unreachable');

function unexpectedResponse(status: number): ContractError {
  return {
    code: 'internal',
    message: inBothLanguages(bridgeTexts, 'unexpectedResponse', { status }),
  };
}

/** Whether this page is the projector's (`/?presentation=<token>`, `shared/contract/presentation.ts`). */
export function isPresentationPage(location: Pick<Location, 'href'>): boolean {
  return new URL(location.href).searchParams.has(PRESENTATION_PARAM);
}

/**
 * The browser host puts the access token in the link it prints. It is kept for this tab only and taken
 * out of the address bar, so it does not end up in the history, bookmarks or a screenshot. The projector's
 * link keeps its parameter, emptied (`?presentation=`), so a reload still mounts the projector's page.
 */
export function takeAccessToken(
  env: Pick<BrowserEnvironment, 'location' | 'history' | 'sessionStorage'>,
): string | null {
  const url = new URL(env.location.href);
  const presentation = url.searchParams.has(PRESENTATION_PARAM);
  const [param, key] = presentation ? [PRESENTATION_PARAM, PRESENTATION_TOKEN_KEY] : ['token', TOKEN_KEY];
  const fromUrl = url.searchParams.get(param);
  if (fromUrl) {
    env.sessionStorage.setItem(key, fromUrl);
    if (presentation) url.searchParams.set(param, '');
    else url.searchParams.delete(param);
    env.history.replaceState(env.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return env.sessionStorage.getItem(key);
}

/** The contract over HTTP, served by `werkbank serve` on 127.0.0.1. */
export function createBrowserBridge(env: BrowserEnvironment): WerkbankApi {
  const token = takeAccessToken(env) ?? '';
  return {
    async invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
      let response: Response;
      try {
        response = await env.fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(request),
        });
      } catch {
        return { ok: false, error: unreachable };
      }
      if (response.status === 401) return { ok: false, error: unauthorized };
      try {
        return (await response.json()) as Result<ResponseOf<C>>;
      } catch {
        return { ok: false, error: unexpectedResponse(response.status) };
      }
    },
    // The browser host has no menus; what the projector shows it pushes as server-sent events.
    on(event, listener) {
      if (event !== 'slide') return () => {};
      return followSlides(env.fetch, token, listener as (slide: EventPayloads['slide']) => void);
    },
    presentation: {
      link: () =>
        answer<string>(
          env.fetch(PRESENTATION_LINK_PATH, { method: 'POST', headers: { Authorization: `Bearer ${token}` } }),
        ),
    },
    ...(env.saveDownload ? { files: fileTransfer(env.fetch, token, env.saveDownload) } : {}),
  };
}

/** A JSON Result from the server, or the refusal or failure to reach it as one. */
async function answer<T>(request: Promise<Response>): Promise<Result<T>> {
  let response: Response;
  try {
    response = await request;
  } catch {
    return { ok: false, error: unreachable };
  }
  if (response.status === 401) return { ok: false, error: unauthorized };
  try {
    return (await response.json()) as Result<T>;
  } catch {
    return { ok: false, error: unexpectedResponse(response.status) };
  }
}

/** Files to and from `werkbank serve` (`shared/contract/file-transfer.ts`). */
function fileTransfer(fetch: typeof globalThis.fetch, token: string, save: (blob: Blob, name: string) => void) {
  const authorization = { Authorization: `Bearer ${token}` };
  const transfer: FileTransfer = {
    async upload(file, options = {}) {
      // Refused here at once rather than after the server has read the first 2 GB.
      if (file.size > MAX_UPLOAD_BYTES)
        return {
          ok: false,
          error: contractError('upload_too_large', { file: file.name, limit: formatBytes(MAX_UPLOAD_BYTES) }),
        };
      return answer<UploadedFile>(
        fetch(`${FILE_UPLOAD_PATH}?name=${encodeURIComponent(file.name)}`, {
          method: 'POST',
          headers: { ...authorization, 'Content-Type': 'application/octet-stream' },
          body: file,
          signal: options.signal,
        }),
      );
    },
    async download(name, write) {
      const target = await answer<ExportTarget>(
        fetch(`${FILE_EXPORT_PATH}?name=${encodeURIComponent(name)}`, { method: 'POST', headers: authorization }),
      );
      if (!target.ok) return target;
      if (!(await write(target.data.path))) return { ok: true, data: false };
      let response: Response;
      try {
        response = await fetch(`${FILE_DOWNLOAD_PATH}${target.data.id}`, { headers: authorization });
      } catch {
        return { ok: false, error: unreachable };
      }
      if (!response.ok) return answer<boolean>(Promise.resolve(response));
      save(await response.blob(), name);
      return { ok: true, data: true };
    },
  };
  return transfer;
}

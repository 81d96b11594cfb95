import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Channel } from '../shared/contract/channels';
import type { Result } from '../shared/contract/result';
import { registerContract, type Dispatch } from '../shared/contract/serve-contract';
import { contractError } from '../shared/contract/errors';
import {
  FILE_DOWNLOAD_PATH,
  FILE_EXPORT_PATH,
  FILE_UPLOAD_PATH,
  MAX_UPLOAD_BYTES,
} from '../shared/contract/file-transfer';
import { PRESENTATION_CHANNEL, PRESENTATION_LINK_PATH, SLIDE_EVENTS_PATH } from '../shared/contract/presentation';
import { fail, ok } from '../shared/contract/result';
import { Exports, Uploads } from './file-transfer';
import { SlideEvents, type SlideChanges } from './slide-events';

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MAX_BODY_BYTES = 16 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface HttpBridgeOptions {
  dispatch: Dispatch;
  /** The built renderer (index.html and its assets). */
  rendererFolder: string;
  /** Where an uploaded file goes: the open project's import folder, or null without a project. */
  importFolder?: () => string | null;
  /** Uploads above this size are refused (default MAX_UPLOAD_BYTES, 2 GB). */
  maxUploadBytes?: number;
  token?: string;
  presentationToken?: string;
  /** Changes of what the projector shows (the workbench's `onSlideChange`), pushed as server-sent events. */
  onSlideChange?: SlideChanges;
}

export interface HttpBridge {
  server: http.Server;
  token: string;
  /** Reads only what the projector shows (`shared/contract/presentation.ts`). */
  presentationToken: string;
  /** The projector's link on this server, with the presentation token. */
  presentationUrl: (origin: string) => string;
  /** Ends the slide streams and removes the exports the browser has not downloaded; call when the server stops. */
  close: () => void;
}

export function newAccessToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * The browser host's server: the built renderer as static files, and the contract under
 * `POST /api/<channel>`, only with `Authorization: Bearer <token>`. Requests for another host name
 * than the loopback address are refused, so a web page cannot reach it by DNS rebinding. Files go in
 * and out under `/files/` (`shared/contract/file-transfer.ts`), with the same token. The presentation token
 * reads what the projector shows and nothing else: 403 everywhere but `session.slide` and the slide's events.
 */
export function createHttpBridge(options: HttpBridgeOptions): HttpBridge {
  const token = options.token ?? newAccessToken();
  const presentationToken = options.presentationToken ?? newAccessToken();
  const presentationUrl = (origin: string) => `${origin}/?presentation=${presentationToken}`;
  const routes = new Map<string, (request: unknown) => Promise<Result<unknown>>>();
  registerContract(options.dispatch, (channel: Channel, invoke) => routes.set(`/api/${channel}`, invoke));
  const root = path.resolve(options.rendererFolder);
  const uploads = new Uploads(options.maxUploadBytes ?? MAX_UPLOAD_BYTES);
  const exports = new Exports();
  const slideEvents = new SlideEvents(options.dispatch, options.onSlideChange);

  const server = http.createServer((req, res) => {
    const send = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      res.end(body);
    };
    const host = req.headers.host ?? '';
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) return send(403, 'Forbidden');

    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const access = accessOf(req.headers.authorization, token, presentationToken);
    if (url.pathname === SLIDE_EVENTS_PATH) {
      if (access === 'none') return send(401, 'Unauthorized');
      if (req.method !== 'GET') return send(405, 'Method not allowed');
      return slideEvents.open(req, res);
    }
    const isApi = url.pathname.startsWith('/api/');
    if (isApi || url.pathname.startsWith('/files/') || url.pathname === PRESENTATION_LINK_PATH) {
      if (access === 'none') return send(401, 'Unauthorized');
      if (access === 'presentation' && url.pathname !== `/api/${PRESENTATION_CHANNEL}`) return send(403, 'Forbidden');
    }
    if (url.pathname === PRESENTATION_LINK_PATH) {
      if (req.method !== 'POST') return send(405, 'Method not allowed');
      return send(200, JSON.stringify(ok(presentationUrl(`http://${host}`))), 'application/json; charset=utf-8');
    }
    if (isApi) {
      const invoke = routes.get(url.pathname);
      if (!invoke) return send(404, 'Not found');
      if (req.method !== 'POST') return send(405, 'Method not allowed');
      readJson(req)
        .then((body) => invoke(body))
        .then(
          (result) => send(200, JSON.stringify(result), 'application/json; charset=utf-8'),
          (error: Error) => send(400, error.message),
        );
      return;
    }
    if (url.pathname.startsWith('/files/')) {
      const sendResult = (status: number, result: unknown) => {
        // A refused upload may still be sending: answer, then close the connection rather than read it all.
        if (status !== 200) res.setHeader('Connection', 'close');
        send(status, JSON.stringify(result), 'application/json; charset=utf-8');
        if (status !== 200) res.on('finish', () => req.destroy());
      };
      const name = url.searchParams.get('name') ?? '';
      if (url.pathname === FILE_UPLOAD_PATH && req.method === 'POST') {
        uploads.receive(req, options.importFolder?.() ?? null, name).then(
          ({ status, result }) => sendResult(status, result),
          (error: Error) => sendResult(500, fail(contractError('internal', { detail: error.message }))),
        );
        return;
      }
      if (url.pathname === FILE_EXPORT_PATH && req.method === 'POST') {
        const result = exports.reserve(name);
        return sendResult(result.ok ? 200 : 400, result);
      }
      if (url.pathname.startsWith(FILE_DOWNLOAD_PATH) && req.method === 'GET') {
        if (exports.send(url.pathname.slice(FILE_DOWNLOAD_PATH.length), res)) return;
        return sendResult(404, fail(contractError('download_not_found')));
      }
      return send(404, 'Not found');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed');
    serveStatic(root, url.pathname, res, send);
  });
  return {
    server,
    token,
    presentationToken,
    presentationUrl,
    close: () => {
      slideEvents.close();
      exports.close();
    },
  };
}

/** Which of the two tokens the request carries: the app's (everything), the projector's (its slide only), or none. */
function accessOf(
  header: string | undefined,
  token: string,
  presentationToken: string,
): 'app' | 'presentation' | 'none' {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const matches = (expected: string) =>
    given.length === Buffer.byteLength(expected) && timingSafeEqual(given, Buffer.from(expected));
  if (matches(token)) return 'app';
  if (matches(presentationToken)) return 'presentation';
  return 'none';
}

function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text === '' ? {} : JSON.parse(text));
      } catch {
        reject(new Error('Request body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

function serveStatic(
  root: string,
  pathname: string,
  res: http.ServerResponse,
  send: (status: number, body: string) => void,
): void {
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const file = path.resolve(root, `.${relative}`);
  if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) return send(404, 'Not found');
  const headers: Record<string, string> = {
    'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
  if (file.endsWith('.html')) {
    headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    headers['X-Frame-Options'] = 'DENY';
    headers['Referrer-Policy'] = 'no-referrer';
  }
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
}

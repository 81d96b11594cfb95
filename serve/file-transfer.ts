import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { contractError } from '../shared/contract/errors';
import {
  formatBytes,
  IMPORT_FOLDER_SUFFIX,
  type ExportTarget,
  type UploadedFile,
} from '../shared/contract/file-transfer';
import { fail, ok, type ContractError, type Result } from '../shared/contract/result';

/** `/data/Wijkscan.skw` → `/data/Wijkscan.bestanden`: where files given to the project in the browser are kept. */
export function importFolderOf(projectPath: string): string {
  const parsed = path.parse(path.resolve(projectPath));
  return path.join(parsed.dir, `${parsed.name}${IMPORT_FOLDER_SUFFIX}`);
}

/** Names Windows keeps for devices, with any extension: `nul.csv` cannot be written there as a file. */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * A file name from the browser made safe to write: no folders, no characters Windows refuses, no leading
 * dot (the upload's temporary names start with one), no Windows device name (`NUL.csv` becomes `_NUL.csv`),
 * at most 200 characters. Empty when nothing is left.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .replace(WINDOWS_DEVICE_NAME, '_$&');
  if (cleaned.length <= 200) return cleaned;
  const extension = path.extname(cleaned).slice(0, 20);
  return `${cleaned.slice(0, 200 - extension.length)}${extension}`;
}

/** `enquete.csv`, then `enquete (2).csv`, `enquete (3).csv`, ...: the first name not in the folder. */
function freeName(folder: string, name: string): string {
  const extension = path.extname(name);
  const stem = name.slice(0, name.length - extension.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${stem} (${n})${extension}`;
    const full = path.join(folder, candidate);
    if (!existsSync(full)) return candidate;
  }
}

export interface UploadAnswer {
  status: number;
  result: Result<UploadedFile>;
}

/**
 * Streams one request body into `folder` under the browser's file name. The body goes to a hidden
 * temporary name first and is renamed only when complete, so an interrupted or refused upload leaves
 * nothing; a name already in the folder is never overwritten (the file gets `name (2).ext`).
 */
export class Uploads {
  constructor(private readonly maxBytes: number) {}

  async receive(req: http.IncomingMessage, folder: string | null, requestedName: string): Promise<UploadAnswer> {
    const name = safeFileName(requestedName);
    const refuse = (status: number, error: ContractError): UploadAnswer => ({ status, result: fail(error) });
    if (!folder) return refuse(409, contractError('upload_no_project'));
    if (!name) return refuse(400, contractError('upload_no_name'));
    const tooLarge = () =>
      refuse(413, contractError('upload_too_large', { file: name, limit: formatBytes(this.maxBytes) }));
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > this.maxBytes) return tooLarge();

    mkdirSync(folder, { recursive: true });
    const temporary = path.join(folder, `.${name}.${randomBytes(6).toString('hex')}.upload`);
    let bytes = 0;
    let overLimit = false;
    const maxBytes = this.maxBytes;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (bytes > maxBytes) {
          overLimit = true;
          done(new Error('too large'));
        } else done(null, chunk);
      },
    });
    try {
      await pipeline(req, counter, createWriteStream(temporary, { flags: 'wx' }));
    } catch {
      rmSync(temporary, { force: true });
      return overLimit ? tooLarge() : refuse(400, contractError('upload_incomplete', { file: name }));
    }
    if (req.readableAborted || (Number.isFinite(declared) && bytes !== declared)) {
      rmSync(temporary, { force: true });
      return refuse(400, contractError('upload_incomplete', { file: name }));
    }
    // No await between choosing the free name and the rename: two uploads of one name cannot both take it.
    const finalName = freeName(folder, name);
    const target = path.join(folder, finalName);
    try {
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { force: true });
      return refuse(500, contractError('cannot_write', { file: target, detail: (error as Error).message }));
    }
    return { status: 200, result: ok({ path: target, name: finalName, requestedName: name, bytes }) };
  }
}

interface Reserved {
  path: string;
  folder: string;
  name: string;
  since: number;
}

/** Exports not downloaded within this time are removed when the next export is asked for. */
const EXPORT_LIFETIME_MS = 60 * 60 * 1000;

/**
 * Export files on their way to the browser: each export gets a fresh folder in the system's temporary
 * folder, the export channel writes there, and the download streams the file and removes it.
 */
export class Exports {
  private root: string | null = null;
  private readonly reserved = new Map<string, Reserved>();

  reserve(requestedName: string, now = Date.now()): Result<ExportTarget> {
    const name = safeFileName(requestedName);
    if (!name) return fail(contractError('upload_no_name'));
    for (const [id, old] of this.reserved) if (now - old.since > EXPORT_LIFETIME_MS) this.remove(id);
    this.root ??= mkdtempSync(path.join(os.tmpdir(), 'werkbank-exports-'));
    const id = randomBytes(16).toString('hex');
    const folder = path.join(this.root, id);
    mkdirSync(folder);
    const file = path.join(folder, name);
    this.reserved.set(id, { path: file, folder, name, since: now });
    return ok({ id, path: file });
  }

  /** Streams the written export as an attachment and forgets it; false when there is none under `id`. */
  send(id: string, res: http.ServerResponse): boolean {
    const entry = this.reserved.get(id);
    if (!entry || !existsSync(entry.path)) return false;
    this.reserved.delete(id);
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': contentDisposition(entry.name),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    const stream = createReadStream(entry.path);
    const cleanUp = () => rmSync(entry.folder, { recursive: true, force: true });
    stream.on('close', cleanUp);
    stream.pipe(res);
    return true;
  }

  private remove(id: string): void {
    const entry = this.reserved.get(id);
    this.reserved.delete(id);
    if (entry) rmSync(entry.folder, { recursive: true, force: true });
  }

  /** Removes every export not downloaded yet, with the temporary folder. */
  close(): void {
    this.reserved.clear();
    if (this.root) rmSync(this.root, { recursive: true, force: true });
    this.root = null;
  }
}

/** `attachment; filename="kruistabel.csv"; filename*=UTF-8''kruistabel.csv`, ASCII fallback for old clients. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** The file's SHA-256; `signal` stops reading it (an import that ended before its hash was needed). */
export async function hashFile(file: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20, signal }) as AsyncIterable<Buffer>)
    hash.update(chunk);
  return hash.digest('hex');
}

import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';
import type { TextEncodingName } from '../../shared/import/detect-encoding';

export class UndecodableText extends Error {
  constructor(readonly byteOffset: number) {
    super(`invalid text at byte ${byteOffset}`);
  }
}

interface StreamDecoder {
  write(chunk: Buffer): string;
  end(): string;
}

/**
 * UTF-8 is decoded strictly: a byte that is not UTF-8 stops the import, so a wrongly detected encoding
 * never ends up as garbled text in the project. The others go through iconv-lite, because Node's own
 * TextDecoder reads windows-1252 as Latin-1 (the euro sign and Excel's curly quotes would be lost).
 * The BOM is dropped in both.
 */
function streamDecoder(encoding: TextEncodingName): StreamDecoder {
  if (encoding === 'utf-8') {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    return { write: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
  }
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  return { write: (chunk) => decoder.write(chunk), end: () => decoder.end() ?? '' };
}

/**
 * Small enough that the records papaparse makes of one chunk die young: with megabyte chunks, hundreds
 * of thousands of field strings outlive a scavenge each and the parser spends much of its time copying them.
 */
const CHUNK_BYTES = 64 * 1024;

/** Streams a file as text in the chosen encoding. */
export async function* readDecoded(
  file: string,
  encoding: TextEncodingName,
  onBytes: (total: number) => void,
): AsyncGenerator<string> {
  const decoder = streamDecoder(encoding);
  let total = 0;
  let previous: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    try {
      yield decoder.write(chunk);
    } catch {
      // A sequence cut at the end of the previous chunk fails only here: look from its last bytes on.
      const tail = incompleteTail(previous);
      throw new UndecodableText(total - tail.length + firstInvalidUtf8(Buffer.concat([tail, chunk])));
    }
    total += chunk.length;
    previous = chunk;
    onBytes(total);
  }
  try {
    const rest = decoder.end();
    if (rest) yield rest;
  } catch {
    throw new UndecodableText(total);
  }
}

/** The bytes at the end of a chunk that start a UTF-8 sequence it does not complete (none if it completes them all). */
function incompleteTail(chunk: Buffer): Buffer {
  for (let back = 1; back <= Math.min(3, chunk.length); back++) {
    const byte = chunk[chunk.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? chunk.subarray(chunk.length - back) : Buffer.alloc(0);
  }
  return Buffer.alloc(0);
}

/** The offset of the first byte that makes a chunk invalid UTF-8 (a sequence cut at the end is fine). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return low;
}

/** The 1-based line of a byte offset: the line breaks before it (CRLF, CR or LF), plus one. */
export async function lineAtByte(file: string, offset: number): Promise<number> {
  let lines = 1;
  let seen = 0;
  let previous = -1;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const end = Math.min(chunk.length, offset - seen);
    // Each CR ends a line, and each LF that does not complete a CRLF.
    for (let i = chunk.indexOf(13); i !== -1 && i < end; i = chunk.indexOf(13, i + 1)) lines++;
    for (let i = chunk.indexOf(10); i !== -1 && i < end; i = chunk.indexOf(10, i + 1)) {
      if ((i === 0 ? previous : chunk[i - 1]) !== 13) lines++;
    }
    previous = chunk[chunk.length - 1] ?? -1;
    seen += chunk.length;
    if (seen >= offset) break;
  }
  return lines;
}

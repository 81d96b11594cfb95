import type { TextEncoding } from './detect-encoding';

/**
 * Decodes bytes with a detected encoding, skipping the BOM. With `final: false` (a sample cut from a
 * larger file) a multi-byte character cut off at the end is dropped instead of becoming U+FFFD.
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding, options: { final?: boolean } = {}): string {
  const body = bytes.subarray(encoding.bomLength);
  if (encoding.encoding === 'windows-1252') return decodeWindows1252(body);
  const decoder = new TextDecoder(encoding.encoding, { ignoreBOM: true });
  return decoder.decode(body, { stream: options.final === false });
}

/**
 * Code points of bytes 0x80–0x9F (WHATWG Encoding Standard); every other byte is its own code point.
 * Node's TextDecoder reads these bytes as Latin-1 (nodejs/node#56542), which would turn the euro
 * sign and Excel's curly quotes into control characters, so this table is used everywhere.
 */
const WINDOWS_1252_C1 = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

/** Characters converted per String.fromCharCode call, well below engines' argument limits. */
const CHUNK = 8192;

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const chunk = bytes.subarray(start, start + CHUNK);
    const units = Array.from(chunk, (byte) =>
      byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_C1[byte - 0x80] ?? byte) : byte,
    );
    parts.push(String.fromCharCode(...units));
  }
  return parts.join('');
}

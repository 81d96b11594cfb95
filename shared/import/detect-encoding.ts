/**
 * Which text encoding a file uses, judged from its first bytes. Dutch users bring UTF-8 (CBS, GGD,
 * survey tools), Excel's "CSV (puntkomma-gescheiden)" in Windows-1252, and now and then Excel's
 * "Unicode text" in UTF-16.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface TextEncoding {
  binary: false;
  encoding: TextEncodingName;
  bom: boolean;
  /** Bytes to skip before decoding: 3 for a UTF-8 BOM, 2 for a UTF-16 BOM, else 0. */
  bomLength: number;
}

/**
 * Not text. `spreadsheet` is an xlsx/ods (zip) or old xls (OLE) file, so the caller can ask the user
 * to save it as CSV instead of reporting a broken file.
 */
export interface BinaryContent {
  binary: true;
  reason: 'spreadsheet' | 'nul-bytes' | 'control-characters';
}

export type EncodingDetection = TextEncoding | BinaryContent;

/**
 * Detects the encoding from a sample of the file's first bytes (64 KiB is plenty). The sample may end
 * inside a multi-byte UTF-8 character; an incomplete sequence at the very end is accepted as UTF-8.
 * Order: BOM, spreadsheet signature, UTF-16 without BOM (NUL in every other byte), binary content,
 * valid UTF-8 (pure ASCII included), and otherwise Windows-1252, which decodes every byte.
 */
export function detectEncoding(sample: Uint8Array): EncodingDetection {
  const bom = byteOrderMark(sample);
  if (bom) return binaryReason(codeUnits(sample, bom.encoding, bom.bomLength)) ?? bom;

  if (startsWith(sample, ZIP_SIGNATURE) || startsWith(sample, OLE_SIGNATURE)) {
    return { binary: true, reason: 'spreadsheet' };
  }

  const utf16 = utf16WithoutBom(sample);
  if (utf16) {
    const text: TextEncoding = { binary: false, encoding: utf16, bom: false, bomLength: 0 };
    return binaryReason(codeUnits(sample, utf16, 0)) ?? text;
  }

  const binary = binaryReason(sample);
  if (binary) return binary;
  const encoding = isUtf8(sample) ? 'utf-8' : 'windows-1252';
  return { binary: false, encoding, bom: false, bomLength: 0 };
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

function byteOrderMark(bytes: Uint8Array): TextEncoding | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { binary: false, encoding: 'utf-8', bom: true, bomLength: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { binary: false, encoding: 'utf-16le', bom: true, bomLength: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { binary: false, encoding: 'utf-16be', bom: true, bomLength: 2 };
  return null;
}

/**
 * Text of mostly Latin characters in UTF-16 has a NUL as the high byte of nearly every code unit;
 * binary data does not show that regular pattern.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros > 0.4 * pairs && evenZeros < 0.05 * pairs) return 'utf-16le';
  if (evenZeros > 0.4 * pairs && oddZeros < 0.05 * pairs) return 'utf-16be';
  return null;
}

/** UTF-16 code units, so that the binary check sees characters rather than the bytes they are made of. */
function codeUnits(bytes: Uint8Array, encoding: TextEncodingName, offset: number): Uint16Array | Uint8Array {
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be') return bytes.subarray(offset);
  const count = (bytes.length - offset) >> 1;
  const units = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    const first = bytes[offset + 2 * i] ?? 0;
    const second = bytes[offset + 2 * i + 1] ?? 0;
    units[i] = encoding === 'utf-16le' ? first | (second << 8) : (first << 8) | second;
  }
  return units;
}

/**
 * Share of control characters above which content is taken for binary: a text file may hold a stray
 * one, binary files hold them everywhere.
 */
const CONTROL_SHARE_LIMIT = 0.01;
const CONTROL_COUNT_MINIMUM = 4;

function binaryReason(units: Uint8Array | Uint16Array): BinaryContent | null {
  let controls = 0;
  for (const unit of units) {
    if (unit === 0) return { binary: true, reason: 'nul-bytes' };
    if (isBinaryControl(unit)) controls++;
  }
  if (controls >= CONTROL_COUNT_MINIMUM && controls > CONTROL_SHARE_LIMIT * units.length) {
    return { binary: true, reason: 'control-characters' };
  }
  return null;
}

/** Tab, line feed, form feed, carriage return, and Ctrl-Z (end of file in old DOS files). */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x1a]);

function isBinaryControl(unit: number): boolean {
  return unit === 0x7f || (unit < 0x20 && !TEXT_CONTROLS.has(unit));
}

/**
 * Strict UTF-8 (no overlong forms, surrogates or code points above U+10FFFF), except that a sequence
 * cut off by the end of the sample is accepted when the bytes present are a valid start.
 */
function isUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const shape = sequenceShape(lead);
    if (!shape) return false;
    const { length, secondMin, secondMax } = shape;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return true;
      const byte = bytes[i + k] ?? 0;
      const min = k === 1 ? secondMin : 0x80;
      const max = k === 1 ? secondMax : 0xbf;
      if (byte < min || byte > max) return false;
    }
    i += length;
  }
  return true;
}

/** Length and allowed range of the second byte for a lead byte (Unicode Table 3-7). */
function sequenceShape(lead: number): { length: number; secondMin: number; secondMax: number } | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, secondMin: 0x80, secondMax: 0xbf };
  if (lead === 0xe0) return { length: 3, secondMin: 0xa0, secondMax: 0xbf };
  if (lead === 0xed) return { length: 3, secondMin: 0x80, secondMax: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, secondMin: 0x80, secondMax: 0xbf };
  if (lead === 0xf0) return { length: 4, secondMin: 0x90, secondMax: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, secondMin: 0x80, secondMax: 0xbf };
  if (lead === 0xf4) return { length: 4, secondMin: 0x80, secondMax: 0x8f };
  return null;
}

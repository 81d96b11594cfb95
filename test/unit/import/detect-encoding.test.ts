import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/import/decode-text';
import { detectEncoding } from '../../../shared/import/detect-encoding';
import { dutchExportBytes, readRealFile, windows1252 } from './fixtures';

const SAMPLE_BYTES = 64 * 1024;
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const char of text) {
    const unit = char.charCodeAt(0);
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(order === 'le' ? pair : pair.reverse()));
  }
  return Uint8Array.from(bytes);
}

describe('detectEncoding on the real exports', () => {
  it('reads the GGD file as UTF-8 without BOM', () => {
    expect(detectEncoding(readRealFile('ggd-wijk-eenzaamheid-2016.csv').subarray(0, SAMPLE_BYTES))).toEqual({
      binary: false,
      encoding: 'utf-8',
      bom: false,
      bomLength: 0,
    });
  });

  it('reads the StatLine file as UTF-8 with a 3-byte BOM, and decodes without it', () => {
    const bytes = readRealFile('cbs-statline-ses-woa-2019-amsterdam.csv');
    const detected = detectEncoding(bytes.subarray(0, SAMPLE_BYTES));
    expect(detected).toEqual({ binary: false, encoding: 'utf-8', bom: true, bomLength: 3 });
    if (detected.binary) throw new Error('unreachable');
    expect(decodeText(bytes, detected).startsWith('"Perioden";"Wijken en buurten"')).toBe(true);
  });
});

describe('detectEncoding on Windows-1252', () => {
  it('recognises a Dutch Excel export and decodes its accents', () => {
    const bytes = dutchExportBytes();
    const detected = detectEncoding(bytes);
    expect(detected).toEqual({ binary: false, encoding: 'windows-1252', bom: false, bomLength: 0 });
    if (detected.binary) throw new Error('unreachable');
    const text = decodeText(bytes, detected);
    expect(text).toContain('Coördinatiebuurt');
    expect(text).toContain('Café Zeeënbuurt');
    expect(text).toContain('Ruïnepark');
    expect(text).toContain('“Parkeren kost € 5 per uur” – te duur…');
  });

  it('decodes all of 0x80–0x9F as Windows-1252, not as Latin-1 control characters', () => {
    const bytes = Uint8Array.from([0x80, 0x84, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x8a, 0x9f, 0x81, 0xe9]);
    const text = decodeText(bytes, { binary: false, encoding: 'windows-1252', bom: false, bomLength: 0 });
    expect(text).toBe('€„…‘’“”–—™ŠŸ\u0081é');
  });

  it('decodes a Windows-1252 file longer than one conversion chunk completely', () => {
    const bytes = windows1252('Café;'.repeat(5000));
    const text = decodeText(bytes, { binary: false, encoding: 'windows-1252', bom: false, bomLength: 0 });
    expect(text.length).toBe(25_000);
    expect(text.endsWith('Café;')).toBe(true);
  });

  it('chooses Windows-1252 for a single é byte, which is not valid UTF-8', () => {
    expect(detectEncoding(windows1252('naam\r\nCafé\r\n'))).toMatchObject({ encoding: 'windows-1252' });
  });

  it('chooses UTF-8 for the same text encoded as UTF-8', () => {
    expect(detectEncoding(utf8('naam\r\nCafé Zeeënbuurt\r\n'))).toMatchObject({ encoding: 'utf-8', bom: false });
  });
});

describe('detectEncoding on samples cut from a larger file', () => {
  it('accepts a UTF-8 sequence cut off at the end of the sample', () => {
    const bytes = utf8('wijk;oordeel\nCoördinatie;4\nZeeën;3\n€');
    for (let cut = 1; cut <= 2; cut++) {
      expect(detectEncoding(bytes.subarray(0, bytes.length - cut))).toMatchObject({ encoding: 'utf-8' });
    }
  });

  it('drops the cut-off character when decoding a sample, instead of adding U+FFFD', () => {
    const bytes = utf8('naam\nZeeën');
    const sample = bytes.subarray(0, bytes.length - 2);
    const detected = detectEncoding(sample);
    if (detected.binary) throw new Error('unreachable');
    expect(decodeText(sample, detected, { final: false })).toBe('naam\nZee');
  });

  it('still rejects an invalid sequence in the middle', () => {
    expect(detectEncoding(Uint8Array.from([0x61, 0xc3, 0x28, 0x62]))).toMatchObject({ encoding: 'windows-1252' });
  });

  it('rejects overlong and surrogate encodings as UTF-8', () => {
    expect(detectEncoding(Uint8Array.from([0x61, 0xc0, 0xaf, 0x62]))).toMatchObject({ encoding: 'windows-1252' });
    expect(detectEncoding(Uint8Array.from([0x61, 0xed, 0xa0, 0x80, 0x62]))).toMatchObject({ encoding: 'windows-1252' });
  });
});

describe('detectEncoding on UTF-16', () => {
  const text = 'wijkcode\tscore\r\nWK036300\t4,5\r\n';

  it('reads a little-endian BOM and decodes the text', () => {
    const bytes = utf16(text, 'le', true);
    const detected = detectEncoding(bytes);
    expect(detected).toEqual({ binary: false, encoding: 'utf-16le', bom: true, bomLength: 2 });
    if (detected.binary) throw new Error('unreachable');
    expect(decodeText(bytes, detected)).toBe(text);
  });

  it('reads a big-endian BOM', () => {
    expect(detectEncoding(utf16(text, 'be', true))).toEqual({
      binary: false,
      encoding: 'utf-16be',
      bom: true,
      bomLength: 2,
    });
  });

  it('recognises UTF-16 without BOM by its NUL high bytes instead of calling it binary', () => {
    expect(detectEncoding(utf16(text, 'le', false))).toEqual({
      binary: false,
      encoding: 'utf-16le',
      bom: false,
      bomLength: 0,
    });
    expect(detectEncoding(utf16(text, 'be', false))).toMatchObject({ binary: false, encoding: 'utf-16be' });
  });
});

describe('detectEncoding on binary content', () => {
  it('recognises an xlsx (zip) file as a spreadsheet', () => {
    expect(detectEncoding(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toEqual({
      binary: true,
      reason: 'spreadsheet',
    });
  });

  it('recognises an old xls (OLE) file as a spreadsheet', () => {
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(detectEncoding(xls)).toEqual({ binary: true, reason: 'spreadsheet' });
  });

  it('refuses NUL bytes in data that is not UTF-16', () => {
    const bytes = utf8('naam;score\nA;1\n');
    bytes[5] = 0;
    expect(detectEncoding(bytes)).toEqual({ binary: true, reason: 'nul-bytes' });
  });

  it('refuses many control characters, but not a single stray one', () => {
    const noisy = Uint8Array.from({ length: 400 }, (_, i) => (i % 20 === 0 ? 0x01 : 0x61));
    expect(detectEncoding(noisy)).toEqual({ binary: true, reason: 'control-characters' });
    const stray = utf8('naam;score\nA;1\n\x1b\nB;2\n\x0c');
    expect(detectEncoding(stray)).toMatchObject({ binary: false, encoding: 'utf-8' });
  });

  it('refuses NUL code units in UTF-16 with a BOM', () => {
    expect(detectEncoding(Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x00, 0x00, 0x62, 0x00]))).toEqual({
      binary: true,
      reason: 'nul-bytes',
    });
  });
});

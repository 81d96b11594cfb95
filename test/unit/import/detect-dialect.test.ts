import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/import/decode-text';
import { detectDialect } from '../../../shared/import/detect-dialect';
import { detectEncoding } from '../../../shared/import/detect-encoding';
import { DUTCH_EXPORT_TEXT, dutchExportBytes, readRealFile } from './fixtures';

const SAMPLE_BYTES = 64 * 1024;

function sampleText(bytes: Uint8Array): { text: string; final: boolean } {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const detected = detectEncoding(sample);
  if (detected.binary) throw new Error('fixture is text');
  const final = sample.length === bytes.length;
  return { text: decodeText(sample, detected, { final }), final };
}

describe('detectDialect on the real exports', () => {
  it('reads the GGD file as comma-separated with LF and a header', () => {
    const { text, final } = sampleText(readRealFile('ggd-wijk-eenzaamheid-2016.csv'));
    expect(final).toBe(false);
    expect(detectDialect(text, { final })).toEqual({ delimiter: ',', quote: '"', lineEnding: '\n', hasHeader: true });
  });

  it('reads StatLine as `;`-separated, although its header has commas inside quotes', () => {
    const { text, final } = sampleText(readRealFile('cbs-statline-ses-woa-2019-amsterdam.csv'));
    expect(final).toBe(true);
    expect(detectDialect(text, { final })).toEqual({ delimiter: ';', quote: '"', lineEnding: '\n', hasHeader: true });
  });
});

describe('detectDialect on a Dutch spreadsheet export', () => {
  it('chooses `;` over the decimal commas, and CRLF', () => {
    const bytes = dutchExportBytes();
    const detected = detectEncoding(bytes);
    if (detected.binary) throw new Error('fixture is text');
    expect(detectDialect(decodeText(bytes, detected))).toEqual({
      delimiter: ';',
      quote: '"',
      lineEnding: '\r\n',
      hasHeader: true,
    });
  });

  it('prefers `;` when every row splits evenly on both', () => {
    expect(detectDialect('1,5;2,5\r\n3,5;4,5\r\n').delimiter).toBe(';');
  });

  it('is not misled by line breaks inside a quoted answer', () => {
    const text = 'id\tantwoord\tscore\n1\t"regel een\nregel twee\nregel drie"\t4\n2\tkort\t5\n';
    expect(detectDialect(text)).toMatchObject({ delimiter: '\t', lineEnding: '\n' });
  });

  it('keeps its judgement on the first lines of the fixture when the rest is cut off', () => {
    const cut = DUTCH_EXPORT_TEXT.slice(0, DUTCH_EXPORT_TEXT.indexOf('Veel toeristen'));
    expect(detectDialect(cut, { final: false }).delimiter).toBe(';');
  });
});

describe('detectDialect: other delimiters and quotes', () => {
  it('reads pipe-separated text', () => {
    expect(detectDialect('a|b|c\n1|2|3\n4|5|6\n').delimiter).toBe('|');
  });

  it('detects single quotes when they enclose fields with delimiters', () => {
    const text = "naam,oordeel\n'Jansen, P.',4\n'Vries, de',3\n'Bakker, K.',5\n";
    expect(detectDialect(text)).toMatchObject({ delimiter: ',', quote: "'" });
  });

  it('keeps the double quote when apostrophes occur in names', () => {
    const text = "plaats,aantal\n's-Hertogenbosch,4\n's-Gravenhage,3\nUtrecht,5\n";
    expect(detectDialect(text)).toMatchObject({ delimiter: ',', quote: '"' });
  });
});

describe('detectDialect: header row', () => {
  it('finds no header when the first row is data like the rest', () => {
    expect(detectDialect('WK036300;4;7,5\nWK036301;3;6,8\nWK036302;5;8,1\n').hasHeader).toBe(false);
  });

  it('finds no header when first-row text recurs below', () => {
    expect(detectDialect('man;ja\nvrouw;nee\nman;nee\nvrouw;ja\n').hasHeader).toBe(false);
  });

  it('finds a header above numbers and dates', () => {
    expect(detectDialect('datum;score\n1-3-2020;4\n2-3-2020;5\n').hasHeader).toBe(true);
  });

  it('finds a header with years as column names above numbers', () => {
    expect(detectDialect('regio;2019;2020\nAmsterdam;4,5;4,6\nUtrecht;3,9;4,1\n').hasHeader).toBe(true);
    expect(detectDialect('regio;2019;2020\nAmsterdam;457400;460100\nUtrecht;170200;171900\n').hasHeader).toBe(true);
  });

  it('finds no header when a column of years starts in the first row', () => {
    expect(detectDialect('2019;Amsterdam;4,5\n2020;Amsterdam;4,6\n2021;Amsterdam;4,7\n').hasHeader).toBe(false);
  });

  it('assumes a header when nothing tells otherwise', () => {
    expect(detectDialect('naam;woonplaats\nJansen;Utrecht\nBakker;Arnhem\n').hasHeader).toBe(true);
  });
});

describe('detectDialect: a file of one column', () => {
  it('falls back to a comma and keeps the header judgement', () => {
    expect(detectDialect('opmerking\nJansen, P. vindt het goed\nGeen\nPrima\nTe druk\n')).toEqual({
      delimiter: ',',
      quote: '"',
      lineEnding: '\n',
      hasHeader: true,
    });
  });
});

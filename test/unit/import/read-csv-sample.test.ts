import { describe, expect, it } from 'vitest';
import { inferSampleColumns, readCsvSample } from '../../../engine/import/prepare-import';
import { contractError, WerkbankError } from '../../../shared/contract/errors';
import { dutchExportBytes, readRealFile, windows1252 } from './fixtures';

const SAMPLE_BYTES = 64 * 1024;
const FILE = 'voorbeeld.csv';

/**
 * What the import's preview reads from a file's first `sampleBytes` bytes (the whole file by default):
 * the sample table of `readCsvSample` with the columns `inferSampleColumns` infers from it.
 */
function inspect(bytes: Uint8Array, sampleBytes = bytes.length) {
  const sample = readCsvSample(bytes.subarray(0, sampleBytes), bytes.length, { file: FILE }, (size) =>
    bytes.subarray(0, size),
  );
  return { ...sample, columns: inferSampleColumns(sample, []) };
}

function refusal(bytes: Uint8Array) {
  try {
    inspect(bytes);
  } catch (error) {
    if (error instanceof WerkbankError) return error.error;
    throw error;
  }
  throw new Error('the sample was read');
}

describe('readCsvSample on the real exports', () => {
  it('reads the first 64 KiB of the GGD file, leaving out the row cut in half', () => {
    const result = inspect(readRealFile('ggd-wijk-eenzaamheid-2016.csv'), SAMPLE_BYTES);
    expect(result.complete).toBe(false);
    expect(result.detected.delimiter).toBe(',');
    expect(result.headers).toHaveLength(19);
    expect(result.headers[0]).toBe('wijkcode');
    expect(result.records.length).toBeGreaterThan(500);
    expect(result.records.every((row) => row.length === 19)).toBe(true);
    expect(result.columns[0]).toMatchObject({ role: 'area_code', areaLevels: { wijk: result.records.length } });
    expect(result.columns[7]).toMatchObject({ name: '% eenzaam*', type: 'number', decimalMark: '.' });
  });

  it('reads the whole StatLine file with its BOM removed from the first header', () => {
    const result = inspect(readRealFile('cbs-statline-ses-woa-2019-amsterdam.csv'));
    expect(result.detected).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(result.headers[0]).toBe('Perioden');
    expect(result.renamed).toEqual([]);
    expect(result.records).toHaveLength(579);
    expect(result.columns.map((c) => c.role)).toEqual([
      null,
      'area_name',
      'area_code',
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('reads the Dutch Windows-1252 export', () => {
    const result = inspect(dutchExportBytes());
    expect(result.detected.encoding).toBe('windows-1252');
    expect(result.detected).toMatchObject({ delimiter: ';', lineEnding: '\r\n', hasHeader: true });
    expect(result.records).toHaveLength(9);
    expect(result.records[2]?.[1]).toBe('Café Zeeënbuurt');
    expect(result.columns.find((c) => c.name === 'Rapportcijfer')).toMatchObject({ type: 'number', decimalMark: ',' });
  });
});

describe('readCsvSample on other files', () => {
  it('refuses an xlsx file as a spreadsheet', () => {
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    expect(refusal(xlsx)).toEqual(contractError('import_binary_file', { file: FILE, spreadsheet: true }));
  });

  it('names the columns of a file without header row and keeps its first row as data', () => {
    const result = inspect(windows1252('WK036300;4;7,5\r\nWK036301;3;6,8\r\nWK036302;5;8,1\r\n'));
    expect(result.headers).toEqual(['kolom_1', 'kolom_2', 'kolom_3']);
    expect(result.records).toHaveLength(3);
    expect(result.columns[0]?.role).toBe('area_code');
    expect(result.columns[2]).toMatchObject({ type: 'number', decimalMark: ',' });
  });

  // A data field beyond the header gets no name: the import refuses its line ("regel 2: 4 velden, terwijl de
  // kopregel er 3 heeft", test/unit/import-engine/import-bad-input.test.ts) instead of inventing a column.
  it('reports renamed headers of the header row only', () => {
    const result = inspect(windows1252('naam;;naam\r\nA;1;2;x\r\nB;3;4;y\r\n'));
    expect(result.headers).toEqual(['naam', 'kolom_2', 'naam_2']);
    expect(result.renamed.map((r) => [r.name, r.reason])).toEqual([
      ['kolom_2', 'empty'],
      ['naam_2', 'duplicate'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { inspectSample, type SampleInspection } from '../../../shared/import/inspect-sample';
import { dutchExportBytes, readRealFile, windows1252 } from './fixtures';

const SAMPLE_BYTES = 64 * 1024;

function inspect(bytes: Uint8Array): SampleInspection {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const result = inspectSample(sample, { final: sample.length === bytes.length });
  if (result.binary) throw new Error(`taken for binary: ${result.reason}`);
  return result;
}

describe('inspectSample on the real exports', () => {
  it('reads the first 64 KiB of the GGD file, leaving out the row cut in half', () => {
    const result = inspect(readRealFile('ggd-wijk-eenzaamheid-2016.csv'));
    expect(result.dialect.delimiter).toBe(',');
    expect(result.headers).toHaveLength(19);
    expect(result.headers[0]).toBe('wijkcode');
    expect(result.rows.length).toBeGreaterThan(500);
    expect(result.rows.every((row) => row.length === 19)).toBe(true);
    expect(result.columns[0]).toMatchObject({ role: 'area_code', areaLevels: { wijk: result.rows.length } });
    expect(result.columns[7]).toMatchObject({ name: '% eenzaam*', type: 'number', decimalMark: '.' });
  });

  it('reads the whole StatLine file with its BOM removed from the first header', () => {
    const result = inspect(readRealFile('cbs-statline-ses-woa-2019-amsterdam.csv'));
    expect(result.encoding).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(result.headers[0]).toBe('Perioden');
    expect(result.renamedHeaders).toEqual([]);
    expect(result.rows).toHaveLength(579);
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
    expect(result.encoding.encoding).toBe('windows-1252');
    expect(result.dialect).toMatchObject({ delimiter: ';', lineEnding: '\r\n', hasHeader: true });
    expect(result.rows).toHaveLength(9);
    expect(result.rows[2]?.[1]).toBe('Café Zeeënbuurt');
    expect(result.columns.find((c) => c.name === 'Rapportcijfer')).toMatchObject({ type: 'number', decimalMark: ',' });
  });
});

describe('inspectSample on other files', () => {
  it('refuses an xlsx file as a spreadsheet', () => {
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    expect(inspectSample(xlsx, { final: true })).toEqual({ binary: true, reason: 'spreadsheet' });
  });

  it('names the columns of a file without header row and keeps its first row as data', () => {
    const result = inspectSample(windows1252('WK036300;4;7,5\r\nWK036301;3;6,8\r\nWK036302;5;8,1\r\n'), {
      final: true,
    });
    if (result.binary) throw new Error('text expected');
    expect(result.headers).toEqual(['kolom_1', 'kolom_2', 'kolom_3']);
    expect(result.rows).toHaveLength(3);
    expect(result.columns[0]?.role).toBe('area_code');
    expect(result.columns[2]).toMatchObject({ type: 'number', decimalMark: ',' });
  });

  it('reports renamed headers, including a column that only data rows have', () => {
    const result = inspectSample(windows1252('naam;;naam\r\nA;1;2;x\r\nB;3;4;y\r\n'), { final: true });
    if (result.binary) throw new Error('text expected');
    expect(result.headers).toEqual(['naam', 'kolom_2', 'naam_2', 'kolom_4']);
    expect(result.renamedHeaders.map((r) => r.name)).toEqual(['kolom_2', 'naam_2', 'kolom_4']);
  });
});

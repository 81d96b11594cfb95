import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/import/decode-text';
import { detectEncoding } from '../../../shared/import/detect-encoding';
import { inferColumn, inferColumns, type ColumnInference } from '../../../shared/import/infer-column';
import { parseCell } from '../../../shared/import/parse-value';
import { splitRecords } from '../../../shared/import/split-records';
import { dutchExportBytes, readRealFile } from './fixtures';

function table(bytes: Uint8Array, delimiter: ';' | ','): { headers: string[]; rows: string[][] } {
  const detected = detectEncoding(bytes);
  if (detected.binary) throw new Error('fixture is text');
  const [headers = [], ...rows] = splitRecords(decodeText(bytes, detected), { delimiter }).records;
  return { headers, rows };
}

function column(columns: readonly ColumnInference[], name: string): ColumnInference {
  const found = columns.find((c) => c.name === name);
  if (!found) throw new Error(`no column ${name}`);
  return found;
}

function cell(
  rows: readonly string[][],
  headers: readonly string[],
  columns: readonly ColumnInference[],
  key: (row: readonly string[]) => boolean,
  name: string,
) {
  const row = rows.find(key);
  const index = headers.indexOf(name);
  const inferred = columns[index];
  if (!row || !inferred) throw new Error(`no cell ${name}`);
  return parseCell(row[index] ?? '', { type: inferred.type, decimalMark: inferred.decimalMark ?? '.' });
}

describe('inferColumns on the GGD file', () => {
  const { headers, rows } = table(readRealFile('ggd-wijk-eenzaamheid-2016.csv'), ',');
  const columns = inferColumns(headers, rows, { delimiter: ',' });

  it('takes wijkcode for the area code and wijknaam for its name, not gemnaam', () => {
    expect(column(columns, 'wijkcode')).toMatchObject({
      role: 'area_code',
      n: 2983,
      missing: 0,
      areaLevels: { gemeente: 0, wijk: 2983, buurt: 0, unrecognised: 0 },
    });
    expect(column(columns, 'wijknaam')).toMatchObject({ role: 'area_name', type: 'text' });
    expect(column(columns, 'gemnaam')).toMatchObject({ role: null, type: 'category', distinct: 390 });
  });

  it('types the percentages as numbers with a decimal point and counts their empty cells', () => {
    expect(column(columns, '% eenzaam*')).toMatchObject({
      type: 'number',
      decimalMark: '.',
      n: 2950,
      missing: 33,
      unparsed: 0,
    });
    expect(column(columns, '% verweduwd')).toMatchObject({ type: 'number', n: 2905, missing: 78 });
  });

  it('keeps the empty column a number column with no values', () => {
    expect(column(columns, '% 75 jaar en ouder')).toMatchObject({ type: 'number', n: 0, missing: 2983 });
  });

  it('keeps the quotes inside the unquoted Leeuwarden wijk name', () => {
    expect(rows.find((row) => row[0] === 'WK008069')?.[1]).toBe('Wijk 69 "De Zuidlanden"');
  });

  it('reads the Nijmegen-Centrum loneliness figure', () => {
    expect(cell(rows, headers, columns, (row) => row[0] === 'WK026801', '% eenzaam*')).toEqual({
      kind: 'number',
      value: 42,
    });
    expect(cell(rows, headers, columns, (row) => row[0] === 'WK026801', 'Totale bevolking')).toEqual({
      kind: 'number',
      value: 11580,
    });
  });
});

describe('inferColumns on the StatLine file', () => {
  const { headers, rows } = table(readRealFile('cbs-statline-ses-woa-2019-amsterdam.csv'), ';');
  const columns = inferColumns(headers, rows, { delimiter: ';' });
  const code = 'Regiocode (gemeente, wijk, buurt) (code)';
  const ses = 'SES-WOA/Totaalscore/Gemiddelde score (Getal)';

  it('recognises padded region codes of all three levels', () => {
    expect(column(columns, code)).toMatchObject({
      role: 'area_code',
      n: 579,
      areaLevels: { gemeente: 1, wijk: 99, buurt: 479, unrecognised: 0 },
    });
    expect(column(columns, 'Wijken en buurten')).toMatchObject({ role: 'area_name' });
  });

  it('reads the figures with a decimal point although the file uses `;`', () => {
    for (const name of headers.slice(3)) {
      expect(column(columns, name)).toMatchObject({ type: 'number', decimalMark: '.', unparsed: 0 });
    }
    expect(column(columns, 'Opleidingsniveau/Laag/Waarde (%)')).toMatchObject({ n: 489, missing: 90 });
  });

  it('reads integer counts with the file’s decimal point, not the `;` convention', () => {
    expect(column(columns, 'Particuliere huishoudens (Aantal)').decimalMark).toBe('.');
    const amsterdam = (row: readonly string[]) => row[2]?.trim() === 'GM0363';
    expect(cell(rows, headers, columns, amsterdam, 'Particuliere huishoudens (Aantal)')).toEqual({
      kind: 'number',
      value: 457400,
    });
  });

  it('reads a negative score and a secret value', () => {
    const wijk = (row: readonly string[]) => row[2] === 'WK036300  ';
    const secret = (row: readonly string[]) => row[1] === 'Stationsplein e.o.';
    expect(cell(rows, headers, columns, wijk, ses)).toEqual({ kind: 'number', value: -0.022 });
    expect(cell(rows, headers, columns, secret, ses)).toEqual({ kind: 'missing' });
  });

  it('treats the period as a category, not a quantity', () => {
    expect(column(columns, 'Perioden')).toMatchObject({ type: 'category', levels: ['2019'], ordinal: false });
  });
});

describe('inferColumns on a Dutch Windows-1252 export', () => {
  const { headers, rows } = table(dutchExportBytes(), ';');
  const columns = inferColumns(headers, rows, { delimiter: ';' });
  const byCode = (code: string) => (row: readonly string[]) => row[0]?.trim() === code;

  it('reads decimal commas with thousands points', () => {
    expect(column(columns, 'Gemiddeld inkomen')).toMatchObject({ type: 'number', decimalMark: ',', n: 8, missing: 1 });
    expect(cell(rows, headers, columns, byCode('WK036300'), 'Gemiddeld inkomen')).toEqual({
      kind: 'number',
      value: 32450.5,
    });
    expect(cell(rows, headers, columns, byCode('WK036303'), 'Gemiddeld inkomen')).toEqual({
      kind: 'number',
      value: 41200,
    });
    expect(cell(rows, headers, columns, byCode('WK036301'), 'Rapportcijfer')).toEqual({ kind: 'number', value: 6.8 });
  });

  it('reads CBS nil as 0 in a count', () => {
    expect(column(columns, 'Aantal meldingen')).toMatchObject({ type: 'number', n: 9, missing: 0 });
    expect(cell(rows, headers, columns, byCode('WK036301'), 'Aantal meldingen')).toEqual({ kind: 'number', value: 0 });
  });

  it('finds roles and types: padded code, name, Likert item, open answer, weight', () => {
    expect(column(columns, 'Wijkcode')).toMatchObject({ role: 'area_code', areaLevels: { wijk: 9 } });
    expect(column(columns, 'Wijknaam')).toMatchObject({ role: 'area_name' });
    expect(column(columns, 'Tevredenheid')).toMatchObject({
      type: 'category',
      ordinal: true,
      levels: ['3', '4', '5'],
    });
    expect(column(columns, 'Toelichting')).toMatchObject({ type: 'text', n: 8, missing: 1 });
    expect(column(columns, 'Weging')).toMatchObject({ type: 'number', role: 'weight', decimalMark: ',' });
  });

  it('keeps the multi-line open answer and the accents', () => {
    expect(rows[0]?.[4]).toBe('Gezellig, maar te druk.\r\nVeel toeristen.');
    expect(rows[1]?.[1]).toBe('Coördinatiebuurt');
    expect(rows[2]?.[4]).toBe('Mooi; rustig en "groen"');
  });
});

describe('inferColumn: decimal mark', () => {
  it('takes the mark the values show', () => {
    expect(inferColumn('score', ['1,5', '2', '3,25']).decimalMark).toBe(',');
    expect(inferColumn('score', ['1.5', '2', '3.25']).decimalMark).toBe('.');
  });

  it('falls back to the context for values like 1.234', () => {
    expect(inferColumn('inkomen', ['1.234', '2.500'], { decimalMark: ',' }).decimalMark).toBe(',');
    expect(inferColumn('inkomen', ['1.234', '2.500'], { decimalMark: '.' }).decimalMark).toBe('.');
  });

  it('lets one clear value decide for the ambiguous ones in the same column', () => {
    const inferred = inferColumn('inkomen', ['1.234', '2.500', '3.100,5'], { decimalMark: '.' });
    expect(inferred.decimalMark).toBe(',');
    expect(parseCell('1.234', { type: 'number', decimalMark: ',' })).toEqual({ kind: 'number', value: 1234 });
  });
});

describe('inferColumns: decimal mark across the file', () => {
  it('gives an ambiguous column the mark other columns show', () => {
    const columns = inferColumns(
      ['a', 'b'],
      [
        ['1.234', '0,5'],
        ['2.345', '1,5'],
      ],
      { delimiter: ',' },
    );
    expect(columns.map((c) => c.decimalMark)).toEqual([',', ',']);
  });

  it('uses the delimiter’s convention when no column shows a mark', () => {
    const rows = [['1.234'], ['2.345']];
    expect(inferColumns(['a'], rows, { delimiter: ';' })[0]?.decimalMark).toBe(',');
    expect(inferColumns(['a'], rows, { delimiter: ',' })[0]?.decimalMark).toBe('.');
  });
});

describe('inferColumn: type', () => {
  const repeat = (values: readonly string[], times: number) => Array.from({ length: times }, () => values).flat();

  it('takes integer codes 1–5 that repeat for an ordinal category', () => {
    expect(inferColumn('Ik voel me thuis in de buurt', repeat(['1', '2', '3', '4', '5', '4'], 5))).toMatchObject({
      type: 'category',
      ordinal: true,
      levels: ['1', '2', '3', '4', '5'],
      n: 30,
    });
  });

  it('keeps a stray answer in a Likert item as a level after the codes', () => {
    const values = [...repeat(['1', '2', '3', '4', '5'], 10), 'weet niet', 'weet niet'];
    expect(inferColumn('tevredenheid', values)).toMatchObject({
      type: 'category',
      ordinal: true,
      levels: ['1', '2', '3', '4', '5', 'weet niet'],
      unparsed: 0,
    });
  });

  it('keeps a percentage a number even when its values look like a scale', () => {
    expect(inferColumn('% tevreden', repeat(['1', '2', '3'], 10))).toMatchObject({ type: 'number', ordinal: false });
  });

  it('keeps a few unrepeated small integers a number', () => {
    expect(inferColumn('buren', ['1', '2', '3', '4', '5'])).toMatchObject({ type: 'number' });
  });

  it('takes repeated short labels for a category, most frequent first', () => {
    expect(inferColumn('geslacht', ['vrouw', 'man', 'vrouw', 'anders', 'vrouw', 'man'])).toMatchObject({
      type: 'category',
      levels: ['vrouw', 'man', 'anders'],
      distinct: 3,
    });
  });

  it('takes long or mostly distinct answers for text', () => {
    const answers = ['Meer bankjes in het park', 'Buurthuis langer open', 'Niets', 'Betere verlichting'];
    expect(inferColumn('opmerkingen', answers).type).toBe('text');
    const long = 'Ik zou graag zien dat de gemeente meer doet aan ontmoeting tussen jong en oud in de wijk';
    expect(inferColumn('opmerkingen', [long, long, 'nee', 'nee']).type).toBe('text');
    const veryLong = `${long}, want nu zie je elkaar alleen nog bij de supermarkt of op het schoolplein.`;
    expect(inferColumn('opmerkingen', [veryLong, ...Array.from({ length: 20 }, () => 'nee')]).type).toBe('text');
    expect(inferColumn('opmerkingen', ['a\nb', 'a\nb', 'c', 'c', 'c']).type).toBe('text');
  });

  it('reads Dutch dates and reports an impossible one as unparsed', () => {
    const dates = [...Array.from({ length: 28 }, (_, i) => `${i + 1}-2-2020`), '31-02-2020'];
    expect(inferColumn('datum', dates)).toMatchObject({
      type: 'date',
      n: 29,
      unparsed: 1,
      unparsedExamples: ['31-02-2020'],
    });
  });

  it('keeps a few stray words in a number column and reports them', () => {
    const values = [...Array.from({ length: 39 }, (_, i) => String(i * 3)), 'onbekend'];
    expect(inferColumn('leeftijd', values)).toMatchObject({
      type: 'number',
      n: 40,
      unparsed: 1,
      unparsedExamples: ['onbekend'],
    });
  });

  it('does not read codes with leading zeros as numbers', () => {
    expect(inferColumn('gemeente', repeat(['0363', '0518', '0599'], 4)).type).toBe('category');
  });

  it('counts NA, empty cells and the column’s own codes as missing', () => {
    expect(inferColumn('oordeel', ['4', 'NA', '', '5', '99', '3'], { missingCodes: ['99'] })).toMatchObject({
      n: 3,
      missing: 3,
    });
  });
});

describe('inferColumn: role', () => {
  it('takes a unique respondent number for the id', () => {
    expect(inferColumn('respondent_nr', ['101', '102', '103'])).toMatchObject({ role: 'id', type: 'number' });
    expect(inferColumn('ID', ['a7', 'b2', 'c9'])).toMatchObject({ role: 'id' });
  });

  it('does not take a repeated value for an id', () => {
    expect(inferColumn('id', ['1', '2', '2']).role).toBeNull();
  });

  it('takes positive numbers near 1 under a weight header for the weight', () => {
    expect(inferColumn('weegfactor', ['0,8', '1,2', '1,05'], { decimalMark: ',' }).role).toBe('weight');
    expect(inferColumn('gewicht', ['0.8', '1.2', '1.05']).role).toBe('weight');
  });

  it('does not take body weight, or a weight with negative values or none above 0, for the weight', () => {
    expect(inferColumn('gewicht', ['72', '85', '64']).role).toBeNull();
    expect(inferColumn('weging', ['-1', '1.2', '1.05']).role).toBeNull();
    expect(inferColumn('weging', ['0', '0', '0']).role).toBeNull();
  });

  it('takes a weight with zeros (respondents who do not count), as SPSS and the crosstab do', () => {
    expect(inferColumn('weging', ['0', '1.2', '1.05']).role).toBe('weight');
  });

  it('gives the weight and the id role to one column each: the first that qualifies', () => {
    const rows = [
      ['1', '11', '1', '1.2'],
      ['2', '12', '2', '0.8'],
      ['3', '13', '1', '1.1'],
    ];
    const columns = inferColumns(['id', 'nr', 'gewicht', 'weging'], rows);
    expect(columns.map((c) => c.role)).toEqual(['id', null, 'weight', null]);
  });

  it('takes integer codes under a weight header for a numeric weight, not an ordinal category', () => {
    const codes = ['1', '2', '1', '1', '2', '1', '1'];
    for (const header of ['gewicht', 'GEWICHT', 'Weegfactor', 'weging', 'Weight', 'wgt']) {
      expect(inferColumn(header, codes), header).toMatchObject({ type: 'number', ordinal: false, role: 'weight' });
    }
  });

  it('takes a code column for area codes by its header, and reports what it cannot read', () => {
    expect(inferColumn('gemeentecode', ['0363', '0518'])).toMatchObject({
      role: 'area_code',
      areaLevels: { gemeente: 0, wijk: 0, buurt: 0, unrecognised: 2 },
    });
  });

  it('takes CBS codes for area codes under any header', () => {
    expect(inferColumn('gebied', ['gm0363', 'GM0518 ', 'BU03630000'])).toMatchObject({
      role: 'area_code',
      areaLevels: { gemeente: 2, wijk: 0, buurt: 1, unrecognised: 0 },
    });
  });

  it('pairs each code column with the name column of its level', () => {
    const columns = inferColumns(
      ['gemnaam', 'wijkcode', 'buurtcode', 'buurtnaam', 'wijknaam'],
      [
        ['Amsterdam', 'WK036300', 'BU03630000', 'Kop Zeedijk', 'Burgwallen-Oude Zijde'],
        ['Amsterdam', 'WK036300', 'BU03630001', 'Oude Kerk e.o.', 'Burgwallen-Oude Zijde'],
        ['Amsterdam', 'WK036301', 'BU03630100', 'Stationsplein e.o.', 'Burgwallen-Nieuwe Zijde'],
      ],
    );
    expect(columns.map((c) => c.role)).toEqual([null, 'area_code', 'area_code', 'area_name', 'area_name']);
  });
});

describe('the area-name role on real files', () => {
  /** Reads a real comma-separated file with a parser of a few lines (no quotes in these files). */
  function table(name: Parameters<typeof readRealFile>[0]): { headers: string[]; rows: string[][] } {
    const [header, ...lines] = new TextDecoder().decode(readRealFile(name)).trim().split('\n');
    return { headers: header!.split(','), rows: lines.map((line) => line.split(',')) };
  }

  it('goes to the wijk name that goes one to one with the code, not to the municipality beside it', () => {
    // ELAN: WKC, gem_name, WKN, YEAR, one row per wijk and year. gem_name has 22 values for 191 codes.
    const elan = table('elan-wijken-zorg-inkomen-2009-2022.csv');
    const roles = inferColumns(elan.headers, elan.rows).map((c) => [c.name, c.role]);
    expect(roles.slice(0, 4)).toEqual([
      ['WKC', 'area_code'],
      ['gem_name', null],
      ['WKN', 'area_name'],
      ['YEAR', null],
    ]);
    // GGD: wijkcode, wijknaam, gemnr, gemnaam.
    const ggd = table('ggd-wijk-eenzaamheid-2016.csv');
    expect(
      inferColumns(ggd.headers, ggd.rows)
        .slice(0, 4)
        .map((c) => c.role),
    ).toEqual(['area_code', 'area_name', null, null]);
  });
});

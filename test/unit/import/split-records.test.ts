import { describe, expect, it } from 'vitest';
import { splitRecords } from '../../../shared/import/split-records';

describe('splitRecords', () => {
  it('keeps delimiters, line breaks and doubled quotes inside quoted fields', () => {
    const text = 'id;antwoord\r\n1;"Fijn, maar;\r\nte ""druk"""\r\n2;kort\r\n';
    expect(splitRecords(text, { delimiter: ';' })).toEqual({
      records: [
        ['id', 'antwoord'],
        ['1', 'Fijn, maar;\r\nte "druk"'],
        ['2', 'kort'],
      ],
      lineEnding: '\r\n',
      quotedFields: 1,
    });
  });

  it('leaves a quote inside an unquoted field as it is, as in the GGD file', () => {
    const { records } = splitRecords('WK008069,Wijk 69 "De Zuidlanden",80\n', { delimiter: ',' });
    expect(records).toEqual([['WK008069', 'Wijk 69 "De Zuidlanden"', '80']]);
  });

  it('keeps StatLine padding inside quotes', () => {
    const { records } = splitRecords('"2019";"WK036300  ";"       ."', { delimiter: ';' });
    expect(records).toEqual([['2019', 'WK036300  ', '       .']]);
  });

  it('accepts LF, CRLF and CR line endings and skips empty lines', () => {
    const { records, lineEnding } = splitRecords('a,b\r\r1,2\n\n3,4\r\n', { delimiter: ',' });
    expect(lineEnding).toBe('\r');
    expect(records).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps empty fields, also at the end of a record', () => {
    expect(splitRecords('a,,c,\n', { delimiter: ',' }).records).toEqual([['a', '', 'c', '']]);
  });

  it('reads the last record without a line break when the text is the whole file', () => {
    expect(splitRecords('a;b\n1;2', { delimiter: ';' }).records).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('leaves out a record cut off by the end of a sample, also inside an open quote', () => {
    expect(splitRecords('a;b\n1;2', { delimiter: ';', final: false }).records).toEqual([['a', 'b']]);
    expect(splitRecords('a;b\n1;"open\nanswer', { delimiter: ';', final: false }).records).toEqual([['a', 'b']]);
    expect(splitRecords('a;b\n1;2\n', { delimiter: ';', final: false }).records).toHaveLength(2);
  });

  it('uses a single quote as quote character when asked', () => {
    const { records, quotedFields } = splitRecords("'a,b',c\n", { delimiter: ',', quote: "'" });
    expect(records).toEqual([['a,b', 'c']]);
    expect(quotedFields).toBe(1);
  });

  it('stops after maxRecords', () => {
    expect(splitRecords('1\n2\n3\n4\n', { delimiter: ',', maxRecords: 2 }).records).toEqual([['1'], ['2']]);
  });
});

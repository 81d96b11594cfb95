import { describe, expect, it } from 'vitest';
import { cellReader, INVALID } from '../../../shared/import/cell-reader';
import { parseCell } from '../../../shared/import/parse-value';

const number = (decimalMark: ',' | '.', missingCodes: string[] = []) =>
  cellReader({ type: 'number', ordinal: false, role: null, decimalMark, missingCodes });

describe('cell reader', () => {
  it('agrees with parseCell on every shape of number cell', () => {
    const cells = [
      '12',
      '-3',
      '4,25',
      '4.25',
      '1.234,5',
      '1,234.5',
      '-0',
      '0',
      '007',
      ',5',
      '.5',
      '5,',
      '1e3',
      ' 12 ',
      '-',
      '.',
      'x',
      'NA',
      'n/a',
      '',
      '1 234',
      '12a',
      '--1',
      '99',
      '99,0',
      '3,4,5',
      '1234567890123456789',
    ];
    for (const mark of [',', '.'] as const) {
      const read = number(mark, ['99']);
      for (const raw of cells) {
        const expected = parseCell(raw, { type: 'number', decimalMark: mark, missingCodes: ['99'] });
        const value = read(raw);
        const want = expected.kind === 'missing' ? null : expected.kind === 'invalid' ? INVALID : expected.value;
        expect(value, `${JSON.stringify(raw)} with ${mark}`).toBe(want);
      }
    }
  });

  it('gives exactly the double Number() gives for 20,000 random figures', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const read = number(',');
    for (let i = 0; i < 20_000; i++) {
      const integer = Math.floor(random() * 10 ** Math.floor(random() * 10));
      const decimals = Math.floor(random() * 6);
      const fraction = decimals ? String(Math.floor(random() * 10 ** decimals)).padStart(decimals, '0') : '';
      const text = `${random() < 0.3 ? '-' : ''}${integer}${decimals ? `,${fraction}` : ''}`;
      const expected = Number(text.replace(',', '.'));
      expect(read(text), text).toBe(expected === 0 ? 0 : expected);
    }
  });

  it('reads decimal commas and CBS nil', () => {
    const read = number(',');
    expect(read('4,25')).toBe(4.25);
    expect(read('-12,5')).toBe(-12.5);
    expect(read('-')).toBe(0);
    expect(read('       .')).toBeNull();
    expect(read('n.v.t.')).toBe(INVALID);
  });

  it('treats missing codes as missing, by value too', () => {
    const read = number(',', ['99', '-99998']);
    expect(read('99')).toBeNull();
    expect(read('99,0')).toBeNull();
    expect(read('-99998')).toBeNull();
    expect(read('98')).toBe(98);
  });

  it('normalises area codes and keeps other text trimmed', () => {
    const area = cellReader({
      type: 'category',
      ordinal: false,
      role: 'area_code',
      decimalMark: '.',
      missingCodes: [],
    });
    expect(area('WK036300  ')).toBe('WK036300');
    expect(area('wk026801')).toBe('WK026801');
    expect(area('Nederland')).toBe('Nederland');
    expect(area('.')).toBeNull();
    const text = cellReader({ type: 'text', ordinal: false, role: null, decimalMark: ',', missingCodes: [] });
    expect(text('  Meer ontmoeten in de buurt  ')).toBe('Meer ontmoeten in de buurt');
    expect(text('NA')).toBeNull();
    const date = cellReader({ type: 'date', ordinal: false, role: null, decimalMark: ',', missingCodes: [] });
    expect(date('3-1-2024')).toBe('2024-01-03');
    expect(date('31-02-2024')).toBe(INVALID);
  });

  it('reads an ordinal category (a Likert item) as numbers, a nominal one as text', () => {
    const likert = cellReader({ type: 'category', ordinal: true, role: null, decimalMark: ',', missingCodes: ['9'] });
    expect(likert('4')).toBe(4);
    expect(likert('9')).toBeNull();
    expect(likert('weet niet')).toBe(INVALID);
    const nominal = cellReader({ type: 'category', ordinal: false, role: null, decimalMark: ',', missingCodes: [] });
    expect(nominal('4')).toBe('4');
  });
});

import { describe, expect, it } from 'vitest';
import { BatchBuilder } from '../../../engine/import/batch-builder';
import { TextDictionary } from '../../../engine/import/text-codes';
import type { AreaLevel } from '../../../shared/import/area-codes';
import type { ImportColumn, ImportPlan } from '../../../shared/import/import-plan';

function textColumn(source: number, name: string, role: ImportColumn['role'] = null): ImportColumn {
  const column = { source, name, label: null, type: 'text', ordinal: false, role, decimalMark: ',' } as const;
  return { ...column, missingCodes: [], valueLabels: {}, include: true };
}

/**
 * The rows an import of `rows` stores when it keeps the areas of `level`, the area code read from field
 * `codeField` (batches decoded as the insert worker decodes them).
 */
function storedRows(rows: string[][], level: AreaLevel, codeField: number): string[][] {
  const plan: ImportPlan = {
    file: 'gebieden.csv',
    name: 'gebieden',
    kind: 'survey',
    source: { format: 'csv', encoding: 'utf-8', delimiter: ';', quote: '"', hasHeader: true },
    columns: [textColumn(0, 'naam'), textColumn(codeField, 'code', 'area_code')],
    skipBadRows: false,
    areaLevel: level,
    municipality: null,
    keep: null,
  };
  const dictionary = new TextDictionary();
  const stored: string[][] = [];
  const builder = new BatchBuilder(plan, (batch) => {
    const cells = dictionary.read(batch);
    for (let row = 0; row < batch.rows; row++) stored.push(cells.slice(row * 2, row * 2 + 2).map((cell) => cell ?? ''));
  });
  rows.forEach((row, index) => builder.add(row, index + 2));
  builder.flush();
  expect(builder.filteredRows).toBe(rows.length - stored.length);
  return stored;
}

describe('an import keeping the rows of one area level', () => {
  const rows = [
    ['Amsterdam', 'GM0363    '],
    ['Burgwallen-Oude Zijde', 'WK036300  '],
    ['Kop Zeedijk', 'BU03630000'],
    ['Totaal', 'NL01'],
    ['Burgwallen-Nieuwe Zijde', 'WK036301  '],
  ];

  it('keeps only the rows of the chosen level, in their order', () => {
    expect(storedRows(rows, 'wijk', 1).map((row) => row[0])).toEqual([
      'Burgwallen-Oude Zijde',
      'Burgwallen-Nieuwe Zijde',
    ]);
    expect(storedRows(rows, 'gemeente', 1).map((row) => row[0])).toEqual(['Amsterdam']);
  });

  it('skips rows without a code', () => {
    expect(storedRows(rows, 'buurt', 5)).toEqual([]);
  });
});

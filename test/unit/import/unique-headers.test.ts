import { describe, expect, it } from 'vitest';
import { uniqueHeaders } from '../../../shared/import/unique-headers';

describe('uniqueHeaders', () => {
  it('removes a BOM and surrounding spaces without reporting a rename', () => {
    expect(uniqueHeaders(['\uFEFFPerioden', '  Wijken en buurten '])).toEqual({
      names: ['Perioden', 'Wijken en buurten'],
      renamed: [],
    });
  });

  it('collapses a question spread over lines into one line', () => {
    expect(uniqueHeaders(['Hoe tevreden bent u\r\nmet uw buurt?']).names).toEqual([
      'Hoe tevreden bent u met uw buurt?',
    ]);
  });

  it('names empty headers after their column number', () => {
    const result = uniqueHeaders(['', 'wijkcode', '  ']);
    expect(result.names).toEqual(['kolom_1', 'wijkcode', 'kolom_3']);
    expect(result.renamed).toEqual([
      { index: 0, original: '', name: 'kolom_1', reason: 'empty' },
      { index: 2, original: '', name: 'kolom_3', reason: 'empty' },
    ]);
  });

  it('numbers repeated headers from _2 and reports each', () => {
    const result = uniqueHeaders(['naam', 'score', 'naam', 'naam']);
    expect(result.names).toEqual(['naam', 'score', 'naam_2', 'naam_3']);
    expect(result.renamed.map((r) => [r.index, r.name, r.reason])).toEqual([
      [2, 'naam_2', 'duplicate'],
      [3, 'naam_3', 'duplicate'],
    ]);
  });

  it('treats headers that differ only in case as duplicates', () => {
    expect(uniqueHeaders(['Naam', 'naam']).names).toEqual(['Naam', 'naam_2']);
  });

  it('never generates a name that already occurs later in the file', () => {
    expect(uniqueHeaders(['naam', 'naam', 'naam_2']).names).toEqual(['naam', 'naam_3', 'naam_2']);
    expect(uniqueHeaders(['', 'kolom_1']).names).toEqual(['kolom_1_2', 'kolom_1']);
  });
});

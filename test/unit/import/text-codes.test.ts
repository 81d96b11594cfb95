import { describe, expect, it } from 'vitest';
import { INLINE_TEXT, MISSING_TEXT, TextCoder, TextDictionary } from '../../../engine/import/text-codes';

describe('text cells between the import workers', () => {
  it('arrive as they were sent: repeated values as codes, missing as missing, open answers past the limit as text', () => {
    const coder = new TextCoder(2);
    const dictionary = new TextDictionary();
    const sent: (string | null)[] = [];
    const received: (string | null)[] = [];
    let inlined = 0;
    // Two batches: a wijk column of three values (and missing), and an open answer column of 6,000 distinct answers.
    for (const batch of [0, 1]) {
      const added: string[] = [];
      const inline: string[] = [];
      const cells: (string | null)[] = [];
      for (let row = 0; row < 3000; row++) {
        const i = batch * 3000 + row;
        cells.push(i % 7 === 0 ? null : `WK0363${i % 3}`, `antwoord ${i}`);
      }
      const texts = Int32Array.from(cells, (cell, at) => coder.code(at % 2, cell, added, inline));
      inlined += texts.filter((code) => code === INLINE_TEXT).length;
      expect(texts.filter((code) => code === MISSING_TEXT).length).toBe(cells.filter((cell) => cell === null).length);
      sent.push(...cells);
      received.push(...dictionary.read({ texts, added, inline }));
    }
    expect(received).toEqual(sent);
    expect(inlined).toBe(6000 - 4096);
  });
});

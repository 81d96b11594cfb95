import { describe, expect, it } from 'vitest';
import { composeDescription, parseDescription } from '../../../engine/codebook/qdc-description';

describe('Dutch and English texts in one REFI-QDA description', () => {
  it.each([
    {
      descriptionNl: 'Waarde: solidariteit.',
      labelEn: 'Social cohesion',
      descriptionEn: 'Serves solidarity.\n\nSecond paragraph.',
    },
    { descriptionNl: null, labelEn: 'trust', descriptionEn: null },
    { descriptionNl: null, labelEn: null, descriptionEn: 'Only an English description' },
    { descriptionNl: 'Alleen Nederlands\nover twee regels', labelEn: null, descriptionEn: null },
    { descriptionNl: null, labelEn: null, descriptionEn: null },
  ])('reads back what it wrote: %o', (text) => {
    const written = composeDescription(text);
    const read = parseDescription(written);
    expect(read.descriptionNl).toBe(text.descriptionNl);
    expect(read.english?.labelEn ?? null).toBe(text.labelEn);
    expect(read.english?.descriptionEn ?? null).toBe(text.descriptionEn);
  });

  it('reads as plain text for people in other programs', () => {
    expect(
      composeDescription({
        descriptionNl: 'Waarde: solidariteit.',
        labelEn: 'Social cohesion',
        descriptionEn: 'Serves solidarity.',
      }),
    ).toBe('Waarde: solidariteit.\n\n[EN] Social cohesion\nServes solidarity.');
  });

  it('takes a description without an [EN] paragraph as Dutch only, with Windows line breaks made plain', () => {
    expect(parseDescription('  Eerste regel\r\nTweede regel [EN] niet aan het begin  ')).toEqual({
      descriptionNl: 'Eerste regel\nTweede regel [EN] niet aan het begin',
      english: null,
    });
  });
});

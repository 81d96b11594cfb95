import { describe, expect, it } from 'vitest';
import { unitNoun } from '../../../shared/units/count-unit';

describe('the word for what a count counts', () => {
  it('names respondents, areas by their level, and area-years, in one and more, in both languages', () => {
    expect(unitNoun('respondents', null, 1, 'nl')).toBe('respondent');
    expect(unitNoun('respondents', null, 2, 'en')).toBe('respondents');
    expect(unitNoun('areas', 'wijk', 1, 'nl')).toBe('wijk');
    expect(unitNoun('areas', 'wijk', 9, 'nl')).toBe('wijken');
    expect(unitNoun('areas', null, 2, 'nl')).toBe('gebieden');
    expect(unitNoun('areas', 'gemeente', 2, 'en')).toBe('municipalities');
    expect(unitNoun('area_years', 'wijk', 2, 'nl')).toBe('wijkjaren');
    expect(unitNoun('area_years', null, 1, 'nl')).toBe('gebiedsjaar');
    expect(unitNoun('area_years', 'gemeente', 2, 'en')).toBe('municipality-years');
  });
});

import { describe, expect, it } from 'vitest';
import { conditionIds, type ConditionId } from '../../../shared/conditions';
import { defaultCodebook } from '../../../shared/codebook/default-codebook';
import { defaultKeywords } from '../../../shared/coding/default-keywords';
import {
  codePointLength,
  codePointSlice,
  compileKeywords,
  validPattern,
  type Keyword,
} from '../../../shared/coding/keyword-match';

const matcher = (...patterns: string[]) => compileKeywords(patterns.map((pattern) => ({ codeGuid: 'code', pattern })));
const words = (text: string, ...patterns: string[]) =>
  matcher(...patterns)
    .match(text)
    .map((hit) => hit.word);

describe('keyword patterns', () => {
  it('match a whole word without *, a prefix with werk*, a suffix with *woning, anywhere with *armoede*', () => {
    const text = 'Werk, werkloos en werken; een huurwoning of woning; kinderarmoede en armoedebeleid.';
    expect(words(text, 'werk')).toEqual(['Werk']);
    expect(words(text, 'werk*')).toEqual(['Werk', 'werkloos', 'werken']);
    expect(words(text, '*woning')).toEqual(['huurwoning', 'woning']);
    expect(words(text, '*armoede*')).toEqual(['kinderarmoede', 'armoedebeleid']);
  });

  it('do not hit inside another word when the pattern has no *', () => {
    expect(words('Het werkt niet, ook niet met netwerken of huiswerk.', 'werk')).toEqual([]);
    expect(words('Zelfs de kleren in de schuur', 'zelf', 'leren', 'huur*')).toEqual([]);
  });

  it('ignore case and diacritics, in the text and in the pattern', () => {
    expect(words('Één keer per jaar', 'een')).toEqual(['Één']);
    expect(words('een keer per jaar', 'één')).toEqual(['een']);
    expect(words('Ik ben slecht geïnformeerd.', 'geinformeerd')).toEqual(['geïnformeerd']);
    expect(words('Ik ben slecht geinformeerd.', 'geïnformeerd')).toEqual(['geinformeerd']);
    expect(words('MEER ZORG IN DE WIJK', '*zorg')).toEqual(['ZORG']);
    expect(words('Financiële zorgen', 'financiele')).toEqual(['Financiële']);
  });

  it('count positions in code points of the original text, after an emoji and a decomposed é', () => {
    const emoji = '😀 werk';
    const [hit] = matcher('werk').match(emoji);
    expect(hit).toMatchObject({ word: 'werk', start: 2, end: 6 });
    expect(codePointSlice(emoji, 2, 6)).toBe('werk');

    const decomposed = 'Cafe\u0301 en werk';
    const hits = matcher('café', 'werk').match(decomposed);
    expect(hits.map(({ word, start, end }) => ({ word, start, end }))).toEqual([
      { word: 'Cafe\u0301', start: 0, end: 5 },
      { word: 'werk', start: 9, end: 13 },
    ]);
    expect(hits.map((h) => codePointSlice(decomposed, h.start, h.end))).toEqual(['Cafe\u0301', 'werk']);
  });

  it('read a hyphenated compound or a word with an apostrophe as one word', () => {
    const text = 'De sociaal-economisch zwakke wijk, zo’n wijk met een ww-uitkering en zorg- en welzijnswerk.';
    expect(words(text, 'economisch')).toEqual([]);
    expect(words(text, '*economisch')).toEqual(['sociaal-economisch']);
    expect(words(text, 'sociaal-economisch')).toEqual(['sociaal-economisch']);
    expect(words(text, "zo'n")).toEqual(['zo’n']);
    expect(words(text, '*-uitkering')).toEqual(['ww-uitkering']);
    // A hyphen at the end of a word belongs to no word.
    expect(words(text, 'zorg')).toEqual(['zorg']);
  });

  it('give one hit per word and code, the most specific pattern, sorted by position', () => {
    const keywords: Keyword[] = [
      { codeGuid: 'werk', pattern: 'werk*' },
      { codeGuid: 'werk', pattern: '*werkloos*' },
      { codeGuid: 'werk', pattern: 'werkloos' },
      { codeGuid: 'inkomen', pattern: '*loos' },
      { codeGuid: 'inkomen', pattern: 'geld' },
    ];
    const hits = compileKeywords(keywords).match('Geld? Ik ben werkloos.');
    expect(hits.map(({ codeGuid, pattern, word, start }) => [codeGuid, pattern, word, start])).toEqual([
      ['inkomen', 'geld', 'Geld', 0],
      ['werk', 'werkloos', 'werkloos', 13],
      ['inkomen', '*loos', 'werkloos', 13],
    ]);
  });

  it('leave out invalid patterns instead of matching every word', () => {
    expect(words('a b werk', '*', 'a', 'werk')).toEqual(['werk']);
    expect(compileKeywords([]).match('werk')).toEqual([]);
  });
});

describe('validPattern', () => {
  it('accepts word forms of letters, digits, hyphens and apostrophes with * at the ends', () => {
    for (const pattern of [
      'werk*',
      '*armoede*',
      '*woning',
      'buren',
      'één',
      "zo'n",
      'zo’n',
      'sociaal-economisch',
      '*-uitkering',
      'ww',
      'covid19',
      'ĳs',
      'мир',
    ]) {
      expect(validPattern(pattern), pattern).toBe(true);
    }
  });

  it('rejects patterns without two letters, with spaces, inner or doubled * or loose hyphens', () => {
    for (const pattern of [
      '*',
      '**',
      'a',
      '*a*',
      '12',
      'wer k',
      ' werk',
      'we*rk',
      '**werk',
      'werk**',
      'werk-',
      '-werk',
      "zo''n",
      '',
    ]) {
      expect(validPattern(pattern), pattern).toBe(false);
    }
  });
});

describe('code point helpers', () => {
  it('count and slice by code points, as REFI-QDA does', () => {
    expect(codePointLength('😀 werk')).toBe(6);
    expect('😀 werk'.length).toBe(7);
    expect(codePointLength('cafe\u0301')).toBe(5);
    expect(codePointSlice('a😀b😀c', 1, 4)).toBe('😀b😀');
    expect(codePointSlice('werk', 2, 99)).toBe('rk');
    expect(codePointSlice('werk', 3, 1)).toBe('');
  });
});

describe('the default Dutch dictionary', () => {
  const conditionOf = new Map<string, ConditionId>();
  for (const condition of defaultCodebook) {
    const id = condition.conditionId;
    if (!id) continue;
    conditionOf.set(id, id);
    for (const domain of condition.children) conditionOf.set(domain.guid, id);
  }
  const domainGuids = new Set(defaultCodebook.flatMap((condition) => condition.children.map((domain) => domain.guid)));
  const keywords = defaultKeywords.flatMap((entry) =>
    entry.patterns.map((pattern) => ({ codeGuid: entry.code, pattern })),
  );
  const suggest = compileKeywords(keywords);
  /** The conditions with the most hits, as a coder would see them suggested first. */
  const topConditions = (text: string): ConditionId[] => {
    const counts = new Map<ConditionId, number>();
    for (const hit of suggest.match(text)) {
      const condition = conditionOf.get(hit.codeGuid);
      if (condition) counts.set(condition, (counts.get(condition) ?? 0) + 1);
    }
    const most = Math.max(0, ...counts.values());
    return conditionIds.filter((id) => most > 0 && counts.get(id) === most);
  };

  it('has only valid patterns, each once per code, for a condition id or a domain of the default codebook', () => {
    for (const entry of defaultKeywords) {
      expect(conditionIds.includes(entry.code as ConditionId) || domainGuids.has(entry.code), entry.code).toBe(true);
      expect(new Set(entry.patterns).size).toBe(entry.patterns.length);
      for (const pattern of entry.patterns) expect(validPattern(pattern), pattern).toBe(true);
    }
  });

  it('has patterns for each of the four conditions', () => {
    const perCondition = new Map<ConditionId, number>();
    for (const entry of defaultKeywords) {
      const condition = conditionOf.get(entry.code);
      if (condition) perCondition.set(condition, (perCondition.get(condition) ?? 0) + entry.patterns.length);
    }
    for (const id of conditionIds) expect(perCondition.get(id), id).toBeGreaterThanOrEqual(10);
  });

  // Answers from engine/example/generate-survey.ts, by the condition they were written for.
  const answers: [ConditionId, string][] = [
    ['security', 'Meer hulp bij schulden; de wachtlijst bij de schuldhulp is te lang.'],
    ['security', 'Betaalbare woningen voor jongeren en ouderen.'],
    ['security', 'Ik zoek al een jaar werk, begeleiding naar werk zou helpen.'],
    ['security', 'Het inkomen is te laag om rond te komen, alles wordt duurder.'],
    ['security', 'De huisarts is moeilijk bereikbaar.'],
    ['inclusion', 'Informatie van de gemeente is lastig te vinden, en vaak alleen digitaal.'],
    ['inclusion', 'Het buurthuis is niet toegankelijk met een rolstoel.'],
    ['inclusion', 'Ik merk discriminatie bij het zoeken naar een woning.'],
    ['inclusion', 'Betere voorzieningen: een bibliotheek en een café in de wijk.'],
    ['cohesion', 'Meer ontmoeten met de buren, bijvoorbeeld een straatfeest.'],
    ['cohesion', 'Ik voel me eenzaam sinds mijn partner is overleden.'],
    ['cohesion', 'Vertrouwen tussen oude en nieuwe bewoners is er nauwelijks.'],
    ['cohesion', 'Een plek waar je elkaar tegenkomt; de markt was zo’n plek.'],
    ['empowerment', 'Bewoners meer invloed geven op plannen voor het park.'],
    ['empowerment', 'Cursussen in de wijk zodat mensen zich kunnen ontwikkelen.'],
    ['empowerment', 'Zelf meedoen aan het buurtbudget, niet alleen inspraak achteraf.'],
    ['empowerment', 'De gemeente luistert niet echt naar ideeën van bewoners.'],
  ];
  it.each(answers)('suggests %s first for “%s”', (condition, text) => {
    expect(topConditions(text)).toContain(condition);
  });

  it('points specific words at their domain', () => {
    const domainOf = (text: string) =>
      suggest
        .match(text)
        .map((hit) => defaultCodebook.flatMap((c) => c.children).find((d) => d.guid === hit.codeGuid)?.label.nl);
    expect(domainOf('schulden')).toEqual(['financiële middelen']);
    expect(domainOf('huurwoning')).toEqual(['wonen en woonomgeving']);
    expect(domainOf('baan')).toEqual(['werk']);
    expect(domainOf('buren')).toEqual(['sociale netwerken']);
    expect(domainOf('vertrouwen')).toEqual(['vertrouwen']);
    expect(domainOf('toegankelijkheid')).toEqual(['voorzieningen']);
    expect(domainOf('inspraak')).toEqual(['openheid van instituties']);
    expect(domainOf('zelfvertrouwen')).toEqual(['persoonlijke relaties']);
  });

  it('does not hit common words that only look like a keyword', () => {
    const text =
      'Het werkt niet, zelfs de kleren in de schuur zijn nat; we zorgen ervoor dat de gerechten klaar zijn en parkeren is lastig.';
    expect(suggest.match(text)).toEqual([]);
  });
});

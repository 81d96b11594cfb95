/**
 * Keyword suggestions for coding open answers: a dictionary of word patterns per code, matched against
 * the words of a text. Suggestions only; a coder decides.
 */

/** A keyword pattern of the dictionary: a word form with `*` as wildcard at the start and/or end (e.g. `werk*`, `*armoede*`, `buren`). Case- and diacritic-insensitive (é = e). */
export interface Keyword {
  codeGuid: string;
  pattern: string;
}

export interface KeywordHit {
  codeGuid: string;
  pattern: string;
  /** the matched word as written */
  word: string;
  /** Unicode code points from 0, as REFI-QDA counts them (NOT UTF-16 units) */
  start: number;
  end: number;
}

export interface KeywordMatcher {
  /** Hits sorted by start; one hit per (word, codeGuid). */
  match(text: string): KeywordHit[];
}

/**
 * A word: letters and digits, with the combining marks of a decomposed letter (e + ◌́ is one é), and
 * hyphens or apostrophes only between them ("zo'n", "zo’n", "sociaal-economisch"). A hyphen at the edge
 * belongs to no word, so "zorg- en welzijn" has the words "zorg", "en" and "welzijn".
 */
const WORD_SOURCE =
  "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['\\u2019\\-\\u2010\\u2011][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*";
const WORD_PATTERN = new RegExp(WORD_SOURCE, 'gu');
const WHOLE_WORD = new RegExp(`^${WORD_SOURCE}$`, 'u');
const SEPARATOR = /^['\u2019\-\u2010\u2011]$/u;
const LETTER = /\p{L}/gu;
const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARK = /\p{M}/gu;

/**
 * Lower case without diacritics, so that é = e and ĳ = ij (NFKD also splits such ligatures), with the
 * typographic apostrophe and hyphens written as their ASCII forms.
 */
function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(COMBINING_MARK, '')
    .replace(/\u2019/g, "'")
    .replace(/[\u2010\u2011]/g, '-');
}

function isSeparator(char: string | undefined): boolean {
  return char !== undefined && SEPARATOR.test(char);
}

/** The pattern's word part and where its wildcards are; null when it is not a valid pattern. */
function parsePattern(pattern: string): { body: string; anyStart: boolean; anyEnd: boolean } | null {
  const anyStart = pattern.startsWith('*');
  const rest = anyStart ? pattern.slice(1) : pattern;
  const anyEnd = rest.endsWith('*');
  const body = anyEnd ? rest.slice(0, -1) : rest;
  // Next to a wildcard the word may go on across a hyphen ("*-uitkering" in "ww-uitkering").
  let core = body;
  if (anyStart && isSeparator(core[0])) core = core.slice(1);
  if (anyEnd && isSeparator(core[core.length - 1])) core = core.slice(0, -1);
  if (!WHOLE_WORD.test(core)) return null;
  if ((core.match(LETTER) ?? []).length < 2) return null;
  return { body, anyStart, anyEnd };
}

/** Letters (any script, incl. ë, é), digits, hyphen, apostrophe; optional leading/trailing *; at least 2 letters besides *. */
export function validPattern(pattern: string): boolean {
  return parsePattern(pattern) !== null;
}

export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isLowSurrogateAfterHigh(text, i)) count++;
  }
  return count;
}

/** Like `String.prototype.slice` with code point positions (clamped to the text). */
export function codePointSlice(text: string, start: number, end: number): string {
  const from = utf16Offset(text, Math.max(0, start));
  const to = utf16Offset(text, Math.max(0, end));
  return from < to ? text.slice(from, to) : '';
}

function isLowSurrogateAfterHigh(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  if (unit < 0xdc00 || unit > 0xdfff || index === 0) return false;
  const previous = text.charCodeAt(index - 1);
  return previous >= 0xd800 && previous <= 0xdbff;
}

function utf16Offset(text: string, codePoints: number): number {
  let index = 0;
  for (let seen = 0; seen < codePoints && index < text.length; seen++) {
    index += isLowSurrogateAfterHigh(text, index + 1) ? 2 : 1;
  }
  return index;
}

interface Entry {
  codeGuid: string;
  pattern: string;
  /** Lower is preferred when several patterns of one code hit the same word. */
  rank: number;
}

/** Patterns' word parts by UTF-16 unit, so a word is walked once and most walks end after a letter or two. */
interface TrieNode {
  next: Map<number, TrieNode>;
  entries: Entry[];
}

const trieNode = (): TrieNode => ({ next: new Map(), entries: [] });

function addTo(root: TrieNode, units: string, entry: Entry): void {
  let node = root;
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    let child = node.next.get(unit);
    if (!child) {
      child = trieNode();
      node.next.set(unit, child);
    }
    node = child;
  }
  node.entries.push(entry);
}

/**
 * Collects the entries of the patterns that spell the word from `from` on, in direction `step` (-1 for
 * the reversed suffixes); `onlyWhole`: only those that reach the word's end.
 */
function walk(root: TrieNode, word: string, from: number, step: 1 | -1, found: Entry[], onlyWhole = false): void {
  let node: TrieNode | undefined = root;
  for (let i = from; i >= 0 && i < word.length; i += step) {
    node = node.next.get(word.charCodeAt(i));
    if (!node) return;
    if (node.entries.length > 0 && (!onlyWhole || i === word.length - 1)) found.push(...node.entries);
  }
}

/**
 * Compiles a dictionary once for many texts: the patterns' word parts go into tries (whole words and
 * prefixes read forwards, suffixes backwards, infixes from each letter of the word). Patterns that fail
 * `validPattern` are left out: they would match nothing, or every word.
 */
export function compileKeywords(keywords: readonly Keyword[]): KeywordMatcher {
  const parsed = keywords.flatMap((keyword, order) => {
    const pattern = parsePattern(keyword.pattern);
    return pattern ? [{ ...pattern, body: fold(pattern.body), keyword, order }] : [];
  });
  // When one code has several patterns for the same word, the hit shows the most specific one: a whole
  // word before a wildcard, a longer pattern before a shorter one, an infix last, then dictionary order.
  const specificity = (p: (typeof parsed)[number]) =>
    (p.anyStart || p.anyEnd ? 1 : 0) + (p.anyStart && p.anyEnd ? 1 : 0);
  parsed.sort((a, b) => specificity(a) - specificity(b) || b.body.length - a.body.length || a.order - b.order);

  const exact = trieNode();
  const prefixes = trieNode();
  const suffixes = trieNode();
  const infixes = trieNode();
  const seen = new Set<string>();
  parsed.forEach((p, rank) => {
    const key = `${p.keyword.codeGuid}\u0000${p.anyStart ? '*' : ''}${p.body}${p.anyEnd ? '*' : ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    const entry: Entry = { codeGuid: p.keyword.codeGuid, pattern: p.keyword.pattern, rank };
    if (p.anyStart && p.anyEnd) addTo(infixes, p.body, entry);
    else if (p.anyEnd) addTo(prefixes, p.body, entry);
    else if (p.anyStart) addTo(suffixes, p.body.split('').reverse().join(''), entry);
    else addTo(exact, p.body, entry);
  });

  function entriesFor(word: string): Entry[] {
    const found: Entry[] = [];
    walk(exact, word, 0, 1, found, true);
    walk(prefixes, word, 0, 1, found);
    walk(suffixes, word, word.length - 1, -1, found);
    if (infixes.next.size > 0) {
      for (let i = 0; i < word.length; i++) walk(infixes, word, i, 1, found);
    }
    if (found.length < 2) return found;
    found.sort((a, b) => a.rank - b.rank);
    const codes = new Set<string>();
    return found.filter((entry) => !codes.has(entry.codeGuid) && codes.add(entry.codeGuid));
  }

  return {
    match(text: string): KeywordHit[] {
      const hits: KeywordHit[] = [];
      if (parsed.length === 0) return hits;
      // Walk the text once, counting code points up to each word, so positions stay right after emoji.
      let unit = 0;
      let codePoint = 0;
      const advanceTo = (target: number) => {
        for (; unit < target; unit++) {
          if (!isLowSurrogateAfterHigh(text, unit)) codePoint++;
        }
      };
      for (const found of text.matchAll(WORD_PATTERN)) {
        const entries = entriesFor(fold(found[0]));
        if (entries.length === 0) continue;
        advanceTo(found.index);
        const start = codePoint;
        advanceTo(found.index + found[0].length);
        for (const entry of entries) {
          hits.push({ codeGuid: entry.codeGuid, pattern: entry.pattern, word: found[0], start, end: codePoint });
        }
      }
      return hits;
    },
  };
}

import { localeOf } from '../i18n/locale';

/**
 * Column names as the project stores them: every column needs a name that is non-empty and unique,
 * because indicators, codings and queries refer to columns by name.
 */

export interface HeaderRename {
  /** Zero-based column index. */
  index: number;
  /** The header as found in the file, after trimming. */
  original: string;
  name: string;
  reason: 'empty' | 'duplicate';
}

export interface UniqueHeaders {
  names: string[];
  /** One entry per renamed column, so the import preview can tell the user what changed. */
  renamed: HeaderRename[];
}

/**
 * Trims headers, removes a byte order mark, and collapses runs of white space (survey exports put
 * whole questions with line breaks in a header). Empty headers become `kolom_<column number>`;
 * a repeated header gets `_2`, `_3`, …. Names are compared case-insensitively, because SQLite column
 * names are, and a generated name never takes a name that occurs elsewhere in the file.
 */
export function uniqueHeaders(raw: readonly string[]): UniqueHeaders {
  const cleaned = raw.map((header) =>
    header
      .replace(/\uFEFF/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const taken = new Set(cleaned.filter((header) => header !== '').map(foldCase));
  const seen = new Set<string>();
  const suffixes = new Map<string, number>();
  const renamed: HeaderRename[] = [];

  const names = cleaned.map((original, index) => {
    if (original === '') {
      const name = freeName(`kolom_${index + 1}`, taken, suffixes, true);
      renamed.push({ index, original, name, reason: 'empty' });
      return name;
    }
    const key = foldCase(original);
    if (!seen.has(key)) {
      seen.add(key);
      return original;
    }
    const name = freeName(original, taken, suffixes, false);
    renamed.push({ index, original, name, reason: 'duplicate' });
    return name;
  });
  return { names, renamed };
}

/** Column names are told apart as Dutch folds case, whatever the UI language. */
function foldCase(name: string): string {
  return name.toLocaleLowerCase(localeOf('nl'));
}

/**
 * `base` itself if `tryBase` and it is free, else `base_<n>` for the first free n from 2. The last n
 * given per base is remembered, so a header repeated thousands of times is not searched from 2 each time.
 */
function freeName(base: string, taken: Set<string>, suffixes: Map<string, number>, tryBase: boolean): string {
  const key = foldCase(base);
  let n = suffixes.get(key) ?? (tryBase ? 1 : 2);
  let name = n === 1 ? base : `${base}_${n}`;
  while (taken.has(foldCase(name))) {
    n++;
    name = `${base}_${n}`;
  }
  suffixes.set(key, n);
  taken.add(foldCase(name));
  return name;
}

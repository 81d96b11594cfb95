import type { BatchMessage } from './import-worker-protocol';

/**
 * Text cells travel from the parse worker to the insert worker as numbers in a transferred array: most
 * text columns repeat a few values (wijk codes, genders, answer categories), and a string copied between
 * threads costs both far more than a number. Each column codes its first distinct values; values past
 * that (open answers) travel as text.
 */
export const MISSING_TEXT = -1;
export const INLINE_TEXT = -2;
const CODED_PER_COLUMN = 4096;

/** The parse worker's side: hands out codes. */
export class TextCoder {
  private readonly columns: Map<string, number>[];
  private size = 0;

  constructor(columns: number) {
    this.columns = Array.from({ length: columns }, () => new Map());
  }

  /** A cell's code. A value coded for the first time is appended to `added`, one that is not coded to `inline`. */
  code(column: number, value: string | null, added: string[], inline: string[]): number {
    if (value === null) return MISSING_TEXT;
    const codes = this.columns[column]!;
    const known = codes.get(value);
    if (known !== undefined) return known;
    if (codes.size >= CODED_PER_COLUMN) {
      inline.push(value);
      return INLINE_TEXT;
    }
    const code = this.size++;
    codes.set(value, code);
    added.push(value);
    return code;
  }
}

/** The insert worker's side: turns a batch's codes back into its text cells. */
export class TextDictionary {
  private readonly values: string[] = [];

  /** The batch's text cells, row-major, null where missing. */
  read(batch: Pick<BatchMessage, 'texts' | 'added' | 'inline'>): (string | null)[] {
    for (const value of batch.added) this.values.push(value);
    const codes = batch.texts;
    const cells = new Array<string | null>(codes.length);
    let next = 0;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      cells[i] = code >= 0 ? this.values[code]! : code === MISSING_TEXT ? null : batch.inline[next++]!;
    }
    return cells;
  }
}

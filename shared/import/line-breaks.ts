import type { LineEnding } from './split-records';

/**
 * Line endings as a person sees them. A file may mix CRLF, LF and CR (lines pasted from another file,
 * a tool that appends with its own ending), while papaparse splits records on one ending only. So the
 * line breaks outside quoted fields are rewritten to the ending of the first record before papaparse
 * reads the text; breaks inside a quoted field are kept as they are. Preview and import use the same
 * functions, so they read the same records.
 */

export interface CsvQuoting {
  delimiter: string;
  quote: string;
}

/** The line breaks in `text` from `from` to `to`: a CRLF, a lone CR and a lone LF each end one line. */
export function lineBreaksIn(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  for (let i = text.indexOf('\r', from); i !== -1 && i < to; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
}

/**
 * Whether `text` holds a line break of another kind than `ending`, quoted or not. A quick test with
 * no false negatives: only text that passes it needs the slower look at quotes.
 */
export function hasOtherLineBreaks(text: string, ending: LineEnding): boolean {
  if (ending === '\n') return text.indexOf('\r') !== -1;
  if (ending === '\r') return text.indexOf('\n') !== -1;
  // A CRLF file: every LF follows a CR, and there are as many CRs as LFs.
  let feeds = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) !== 13) return true;
    feeds++;
  }
  let returns = 0;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) returns++;
  return returns !== feeds;
}

/**
 * Walks CSV text from the start of a record the way papaparse reads it: a quote opens a quoted field
 * only at the start of a field; inside one, a doubled quote is a quote, and a quote ends the field
 * only when spaces and then a delimiter, a line break or the end of the text follow (any other quote
 * is part of the text). Calls `onBreak` for each line break outside quoted fields, until it returns false.
 */
function eachRecordEnd(
  text: string,
  quoting: CsvQuoting,
  onBreak: (at: number, length: 1 | 2) => boolean,
): { inQuotes: boolean } {
  const { quote } = quoting;
  const quoteCode = quote.charCodeAt(0);
  const delimiterCode = quoting.delimiter.charCodeAt(0);
  const end = text.length;
  let i = 0;
  let fieldStart = true;
  let inQuotes = false;
  let nextQuote = -2;
  let nextCr = -2;
  let nextLf = -2;
  while (i < end) {
    if (nextQuote !== -1 && nextQuote < i) nextQuote = text.indexOf(quote, i);
    if (inQuotes) {
      if (nextQuote === -1) return { inQuotes };
      const at = nextQuote;
      if (text.charCodeAt(at + 1) === quoteCode) {
        i = at + 2;
        continue;
      }
      let after = at + 1;
      let code = text.charCodeAt(after);
      while (code === 32 || code === 9) code = text.charCodeAt(++after);
      if (after >= end || code === delimiterCode || code === 13 || code === 10) {
        inQuotes = false;
        fieldStart = false;
      }
      i = at + 1;
      continue;
    }
    if (nextCr !== -1 && nextCr < i) nextCr = text.indexOf('\r', i);
    if (nextLf !== -1 && nextLf < i) nextLf = text.indexOf('\n', i);
    const lineBreak = nextCr === -1 ? nextLf : nextLf === -1 ? nextCr : Math.min(nextCr, nextLf);
    if (lineBreak !== -1 && (nextQuote === -1 || lineBreak < nextQuote)) {
      const length = lineBreak === nextCr && nextLf === lineBreak + 1 ? 2 : 1;
      if (!onBreak(lineBreak, length)) return { inQuotes };
      i = lineBreak + length;
      fieldStart = true;
      continue;
    }
    if (nextQuote === -1) return { inQuotes };
    // No line break lies between i and the quote, so only a delimiter before it (or a field start at i) opens a quoted field.
    inQuotes = nextQuote === i ? fieldStart : text.charCodeAt(nextQuote - 1) === delimiterCode;
    fieldStart = false;
    i = nextQuote + 1;
  }
  return { inQuotes };
}

/** The line break that ends the first record (outside quotes), or null when it does not end within `text`. */
export function firstRecordEnding(text: string, quoting: CsvQuoting): LineEnding | null {
  let ending: LineEnding | null = null;
  eachRecordEnd(text, quoting, (at, length) => {
    ending = length === 2 ? '\r\n' : (text[at] as '\r' | '\n');
    return false;
  });
  return ending;
}

/** Whether text from the start of a record ends inside a quoted field. */
export function endsInQuotes(text: string, quoting: CsvQuoting): boolean {
  return eachRecordEnd(text, quoting, () => true).inQuotes;
}

/**
 * `text` with every line break outside quoted fields written as `ending`. `before` is the text from
 * the start of the record that `text` continues (read for the quotes only, not returned): a stream
 * passes what the parser has not yet finished with.
 */
export function normaliseLineBreaks(text: string, ending: LineEnding, quoting: CsvQuoting, before = ''): string {
  const whole = before + text;
  const offset = before.length;
  const parts: string[] = [];
  let copied = offset;
  eachRecordEnd(whole, quoting, (at, length) => {
    if (at >= offset && (length !== ending.length || whole[at] !== ending[0])) {
      parts.push(whole.slice(copied, at), ending);
      copied = at + length;
    }
    return true;
  });
  if (parts.length === 0) return text;
  parts.push(whole.slice(copied));
  return parts.join('');
}

import { describe, expect, it } from 'vitest';
import {
  endsInQuotes,
  firstRecordEnding,
  hasOtherLineBreaks,
  lineBreaksIn,
  normaliseLineBreaks,
} from '../../../shared/import/line-breaks';

const comma = { delimiter: ',', quote: '"' };

describe('line breaks', () => {
  it('counts a CRLF, a lone CR and a lone LF as one line each', () => {
    expect(lineBreaksIn('a\r\nb\nc\rd')).toBe(3);
    expect(lineBreaksIn('a\r\n\r\n')).toBe(2);
    expect(lineBreaksIn('a\r\nb\nc', 0, 3)).toBe(1);
  });

  it('tells quickly whether a text holds line breaks of another kind', () => {
    expect(hasOtherLineBreaks('a\nb\n', '\n')).toBe(false);
    expect(hasOtherLineBreaks('a\nb\r\n', '\n')).toBe(true);
    expect(hasOtherLineBreaks('a\r\nb\r\n', '\r\n')).toBe(false);
    expect(hasOtherLineBreaks('a\r\nb\n', '\r\n')).toBe(true);
    expect(hasOtherLineBreaks('a\r\nb\rc', '\r\n')).toBe(true);
    expect(hasOtherLineBreaks('a\rb\r', '\r')).toBe(false);
    expect(hasOtherLineBreaks('a\rb\n', '\r')).toBe(true);
  });

  it('finds the line break that ends the first record, past quoted line breaks', () => {
    expect(firstRecordEnding('"id\nnr",naam\r\n1,a\n', comma)).toBe('\r\n');
    expect(firstRecordEnding('id,naam\r1,a\n', comma)).toBe('\r');
    expect(firstRecordEnding('id,"naam\n', comma)).toBeNull();
    expect(firstRecordEnding('id,naam', comma)).toBeNull();
  });

  it('writes every line break outside quotes as the first record’s, and keeps those inside quotes', () => {
    const text = 'id,tekst\r\n1,"een\rtwee\ndrie"\n2,b\r3,"x ""y""\r\n",c\r\n';
    expect(normaliseLineBreaks(text, '\r\n', comma)).toBe(
      'id,tekst\r\n1,"een\rtwee\ndrie"\r\n2,b\r\n3,"x ""y""\r\n",c\r\n',
    );
  });

  it('reads a quote inside a field as text, as papaparse does', () => {
    // The quote in `5 1/2"` opens nothing, so the LF after it ends the record.
    expect(normaliseLineBreaks('a,b\r\n1,5 1/2" buis\n2,x\r\n', '\r\n', comma)).toBe('a,b\r\n1,5 1/2" buis\r\n2,x\r\n');
    // A quote followed by text does not close a quoted field; the one before the delimiter does.
    expect(normaliseLineBreaks('"a"b\nc",d\ne,f\r\n', '\r\n', comma)).toBe('"a"b\nc",d\r\ne,f\r\n');
  });

  it('continues a record from the text before it', () => {
    expect(normaliseLineBreaks('nog open\n",2\n3,4\r\n', '\r\n', comma, '1,"begin ')).toBe('nog open\n",2\r\n3,4\r\n');
    expect(normaliseLineBreaks('b\n3,4\r\n', '\r\n', comma, '1,')).toBe('b\r\n3,4\r\n');
  });

  it('tells whether a record ends inside a quoted field', () => {
    expect(endsInQuotes('1,"open\nveld', comma)).toBe(true);
    expect(endsInQuotes('1,"dicht",2', comma)).toBe(false);
    expect(endsInQuotes('1,5 1/2" buis', comma)).toBe(false);
  });

  it('returns the text itself when nothing changes', () => {
    const text = 'a,"b\nc"\r\n';
    expect(normaliseLineBreaks(text, '\r\n', comma)).toBe(text);
  });
});

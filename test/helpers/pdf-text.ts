import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF: pdftotext (poppler-utils) where it is installed, else read here from the PDF's own
 * text streams as Chromium writes them: the content streams inflated, each font's glyph codes mapped to
 * text through its ToUnicode CMap, plus the document's information strings (its title). Tests that search
 * a PDF for what must be absent also check that text they expect is found, so a reading that finds
 * nothing cannot pass for an absence.
 */
export function pdfText(file: string): string {
  if (existsSync('/usr/bin/pdftotext')) return execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' });
  const raw = readFileSync(file).toString('latin1');
  const objects = new Map<number, { dict: string; stream: string | null }>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const at = body.search(/stream\r?\n/);
    if (at < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const start = at + (body[at + 6] === '\r' ? 8 : 7);
    const data = Buffer.from(body.slice(start, body.lastIndexOf('endstream')), 'latin1');
    let stream: string | null = null;
    try {
      stream = (/\/FlateDecode/.test(body.slice(0, at)) ? inflateSync(data) : data).toString('latin1');
    } catch {
      stream = null;
    }
    objects.set(Number(match[1]), { dict: body.slice(0, at), stream });
  }
  const cmapOf = (text: string) => {
    const map = new Map<number, string>();
    const hexText = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
    for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const [, src, dst] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
        map.set(parseInt(src!, 16), hexText(dst!));
    for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const [, lo, hi, dst] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
        const first = parseInt(dst!, 16);
        for (let code = parseInt(lo!, 16); code <= parseInt(hi!, 16); code++)
          map.set(code, String.fromCharCode(first + code - parseInt(lo!, 16)));
      }
    return map;
  };
  const fontMaps = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values())
    for (const fonts of dict.matchAll(/\/Font\s*<<([\s\S]*?)>>/g))
      for (const [, name, ref] of fonts[1]!.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
        const toUnicode = /\/ToUnicode\s+(\d+) 0 R/.exec(objects.get(Number(ref))?.dict ?? '');
        const cmap = toUnicode && objects.get(Number(toUnicode[1]))?.stream;
        if (cmap) fontMaps.set(name!, cmapOf(cmap));
      }
  const parts: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream || !/\bTf\b/.test(stream)) continue;
    let font = new Map<number, string>();
    for (const token of stream.matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>|\b(ET|T\*|Td|TD)\b/g)) {
      if (token[1]) font = fontMaps.get(token[1]) ?? new Map();
      else if (token[2] !== undefined) {
        const hex = token[2];
        for (let i = 0; i + 4 <= hex.length; i += 4) parts.push(font.get(parseInt(hex.slice(i, i + 4), 16)) ?? '');
      } else parts.push('\n');
    }
  }
  const info = [...raw.matchAll(/\/(?:Title|Subject|Author|Keywords)\s*(?:\(([^)]*)\)|<([0-9a-fA-F]+)>)/g)].map(
    ([, literal, hex]) => literal ?? Buffer.from(hex!, 'hex').swap16().toString('utf16le'),
  );
  return [...info, parts.join('')].join('\n');
}

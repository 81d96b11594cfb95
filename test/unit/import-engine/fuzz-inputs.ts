import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Inputs for the import fuzz test: small realistic seeds as Dutch researchers get them, and mutations
 * of their bytes. Everything is drawn from one seeded generator, so a failing input can be made again
 * from the seed and its number.
 */

export type Random = () => number;

export interface FuzzInput {
  name: string;
  bytes: Buffer;
  /** What was done to the seed, to reproduce a failure by reading. */
  steps: string[];
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

const WIJKEN = ['WK026801', 'WK026802', 'WK026803', 'WK036300', 'WK036301'];
const NAMEN = ['Nijmegen-Centrum', 'Bottendaal', 'Café de Zwaan', 'Zoë’s hof', 'Coöperatie', 'Wijk 69 "De Zuidlanden"'];
const ANTWOORDEN = [
  'Meer ontmoeten; een buurthuis dichtbij',
  'Werk vinden is lastig',
  'NA',
  '',
  'Prima, "echt" waar',
  'Te duur €',
];

/** A spreadsheet export in Dutch: `;`, decimal commas, CRLF, Windows-1252 (é, €, curly quotes). */
function dutchExport(random: Random): Buffer {
  const lines = ['respondent;wijkcode;leeftijd;inkomen;tevreden;weging;toelichting'];
  const rows = between(random, 3, 40);
  for (let i = 1; i <= rows; i++) {
    const answer = pick(random, ANTWOORDEN);
    lines.push(
      [
        i,
        pick(random, WIJKEN),
        random() < 0.05 ? '' : between(random, 18, 90),
        (900 + random() * 4000).toFixed(2).replace('.', ','),
        random() < 0.05 ? '99' : between(random, 1, 5),
        (0.5 + random()).toFixed(3).replace('.', ','),
        answer.includes(';') || answer.includes('"') ? `"${answer.replaceAll('"', '""')}"` : answer,
      ].join(';'),
    );
  }
  return iconv.encode(`${lines.join('\r\n')}\r\n`, 'windows-1252');
}

/** A CBS StatLine export: UTF-8 with BOM, every field quoted, codes padded with spaces, `.` for a secret value. */
function statLine(random: Random): Buffer {
  const lines = ['"ID";"WijkenEnBuurten";"Gemeentenaam_1";"Perioden";"GemiddeldInkomen_1";"Bevolking_2"'];
  const rows = between(random, 3, 30);
  for (let i = 0; i < rows; i++) {
    const level = pick(random, ['GM0363  ', 'WK036300', 'BU03630000']);
    const value = random() < 0.1 ? '       .' : (20 + random() * 30).toFixed(1);
    lines.push(
      [i, level, 'Amsterdam                               ', '2019JJ00', value, between(random, 0, 9000)]
        .map((v) => `"${v}"`)
        .join(';'),
    );
  }
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`)]);
}

/** A survey tool's export: `,`, LF, UTF-8, open answers in quotes over several lines, `NA` for missing. */
function answers(random: Random): Buffer {
  const lines = ['id,wijk,score,antwoord,datum'];
  const rows = between(random, 3, 30);
  for (let i = 1; i <= rows; i++) {
    const parts = Array.from({ length: between(random, 1, 3) }, () => pick(random, ANTWOORDEN).replaceAll('"', '""'));
    const date = `2024-0${between(random, 1, 9)}-1${between(random, 0, 9)}`;
    lines.push(
      `${i},${pick(random, WIJKEN)},${random() < 0.1 ? 'NA' : between(random, 0, 10)},"${parts.join('\n')}",${date}`,
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** A GGD monitor file: `,`, UTF-8, one row per wijk, names with quotes inside. */
function monitor(random: Random): Buffer {
  const lines = ['wijkcode,wijknaam,eenzaam_pct,gezondheid_pct'];
  for (const code of WIJKEN)
    lines.push(
      `${code},${pick(random, NAMEN)},${(random() * 60).toFixed(1)},${random() < 0.1 ? '' : (random() * 100).toFixed(0)}`,
    );
  return Buffer.from(`${lines.join('\n')}\n`);
}

const CSV_SEEDS = [dutchExport, statLine, answers, monitor] as const;

function insertAt(bytes: Buffer, at: number, inserted: Buffer): Buffer {
  return Buffer.concat([bytes.subarray(0, at), inserted, bytes.subarray(at)]);
}

/** The bytes of a text as another encoding would write them. */
function reencode(random: Random, bytes: Buffer): [Buffer, string] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const encoding = pick(random, [
    'utf-16le',
    'utf-16be',
    'utf-16le-bom',
    'windows-1252',
    'latin-in-utf8',
    'utf-8-bom',
  ] as const);
  switch (encoding) {
    case 'utf-16le':
      return [Buffer.from(text, 'utf16le'), encoding];
    case 'utf-16le-bom':
      return [Buffer.from(`\uFEFF${text}`, 'utf16le'), encoding];
    case 'utf-16be': {
      const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
      return [le.swap16(), encoding];
    }
    case 'windows-1252':
      return [iconv.encode(text, 'windows-1252'), encoding];
    case 'latin-in-utf8': {
      // One Windows-1252 byte among UTF-8: what a file pasted together from two sources holds.
      const at = between(random, 0, bytes.length);
      return [insertAt(bytes, at, Buffer.from([pick(random, [0xe9, 0x80, 0x93, 0xff])])), `${encoding}@${at}`];
    }
    case 'utf-8-bom':
      return [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), encoding];
  }
}

type Mutation = (random: Random, bytes: Buffer) => [Buffer, string];

const CSV_MUTATIONS: Mutation[] = [
  (random, bytes) => {
    const at = between(random, 0, bytes.length);
    return [bytes.subarray(0, at), `truncate@${at}`];
  },
  (random, bytes) => {
    const copy = Buffer.from(bytes);
    const flips = between(random, 1, 6);
    for (let i = 0; i < flips && copy.length > 0; i++)
      copy[between(random, 0, copy.length - 1)] = between(random, 0, 255);
    return [copy, `flip×${flips}`];
  },
  (random, bytes) => {
    const at = between(random, 0, bytes.length);
    const quote = pick(random, ['"', "'", '""', '"\n', '\n"']);
    return [insertAt(bytes, at, Buffer.from(quote)), `quote ${JSON.stringify(quote)}@${at}`];
  },
  (random, bytes) => {
    const at = bytes.indexOf(0x22, between(random, 0, bytes.length));
    return at === -1
      ? [bytes, 'no quote to drop']
      : [Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]), `drop quote@${at}`];
  },
  (random, bytes) => {
    const at = between(random, 0, bytes.length);
    const size = pick(random, [70_000, 300_000, 700_000]);
    const filler = pick(random, ['x', 'ab;cd,', 'regel\n', 'é']);
    const field = filler.repeat(Math.ceil(size / filler.length)).slice(0, size);
    const quoted = random() < 0.5;
    return [
      insertAt(bytes, at, Buffer.from(quoted ? `"${field}"` : field)),
      `huge ${quoted ? 'quoted ' : ''}${JSON.stringify(filler)}×${size}@${at}`,
    ];
  },
  (random, bytes) => {
    const at = between(random, 0, bytes.length);
    const count = pick(random, [1, 1, 3, 100]);
    return [insertAt(bytes, at, Buffer.alloc(count)), `nul×${count}@${at}`];
  },
  (random, bytes) => reencode(random, bytes),
  (random, bytes) => {
    // Each line end as one of CRLF, LF and CR, at random.
    const text = bytes.toString('latin1').replace(/\r\n|\r|\n/g, () => pick(random, ['\r\n', '\n', '\r']));
    return [Buffer.from(text, 'latin1'), 'mixed line ends'];
  },
  (random, bytes) => {
    const lines = bytes.toString('latin1').split('\n');
    const at = between(random, 0, lines.length - 1);
    if (random() < 0.5) lines.splice(at, 1);
    else
      lines.splice(
        at,
        0,
        ...Array.from({ length: between(random, 1, 3) }, () => lines[between(random, 0, lines.length - 1)]!),
      );
    return [Buffer.from(lines.join('\n'), 'latin1'), `lines@${at}`];
  },
  (random, bytes) => {
    const at = between(random, 0, bytes.length);
    const delimiter = pick(random, [';', ',', '\t', '|', ';;;;']);
    return [insertAt(bytes, at, Buffer.from(delimiter)), `delimiter ${JSON.stringify(delimiter)}@${at}`];
  },
  (random, bytes) => {
    const at = between(random, 0, bytes.length);
    const noise = Buffer.from(Array.from({ length: between(random, 1, 300) }, () => between(random, 0, 255)));
    return [insertAt(bytes, at, noise), `noise×${noise.length}@${at}`];
  },
  (random, bytes) => {
    // Most past the limit (refused by the preview); a table of 1,999 columns is slow to make.
    const width = pick(random, [1999, 2000, 2500, 2500, 2500, 2500, 2500, 2500]);
    const header = Array.from({ length: width }, (_, i) => `v${i}`).join(';');
    const row = Array.from({ length: width }, (_, i) => i % 7).join(';');
    return [
      Buffer.from(`${header}\r\n${row}\r\n${random() < 0.5 ? bytes.toString('latin1') : ''}`, 'latin1'),
      `wide ${width}`,
    ];
  },
  (random, bytes) => {
    const text = bytes.toString('latin1');
    const from = pick(random, [';', ',', '\n', '"']);
    const to = pick(random, [';', ',', '\t', '\r', '', '"']);
    return [Buffer.from(text.split(from).join(to), 'latin1'), `replace ${JSON.stringify(from)}→${JSON.stringify(to)}`];
  },
  (random) => [Buffer.from(pick(random, ['', '\n', '\r\n\r\n', '\uFEFF', ';;;\n', '"', 'a']), 'utf8'), 'tiny'],
];

export function csvInput(random: Random, index: number): FuzzInput {
  const seed = pick(random, CSV_SEEDS);
  let bytes = seed(random);
  const steps = [seed.name];
  const count = between(random, 1, 3);
  for (let i = 0; i < count; i++) {
    const [next, step] = pick(random, CSV_MUTATIONS)(random, bytes);
    bytes = next;
    steps.push(step);
  }
  return { name: `fuzz-${index}.${random() < 0.9 ? 'csv' : 'txt'}`, bytes, steps };
}

/** A small workbook as a colleague or a survey tool would hand it over, drawn at random. */
async function workbook(random: Random): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  if (random() < 0.3) book.addWorksheet('Toelichting').addRow(['Bron', 'Wijkpanel']);
  const sheet = book.addWorksheet(pick(random, ['Data', 'Enquête 2024', 'Blad1']));
  const columns = between(random, 1, 8);
  sheet.addRow(
    Array.from({ length: columns }, (_, i) =>
      random() < 0.1
        ? null
        : pick(random, ['respondent', 'wijkcode', 'leeftijd', 'inkomen', 'datum', 'toelichting', 'respondent']) +
          (i > 5 ? i : ''),
    ),
  );
  const rows = between(random, 0, 30);
  for (let r = 0; r < rows; r++) {
    const row = sheet.addRow(
      Array.from({ length: columns }, (): ExcelJS.CellValue => {
        const kind = random();
        if (kind < 0.1) return null;
        if (kind < 0.4) return Math.round(random() * 10_000) / 100;
        if (kind < 0.5)
          return new Date(Date.UTC(2020 + between(random, 0, 5), between(random, 0, 11), between(random, 1, 28)));
        if (kind < 0.55) return { formula: 'A1*2', result: 4 };
        if (kind < 0.6) return { richText: [{ text: 'Coö', font: { bold: true } }, { text: 'peratie' }] };
        if (kind < 0.62) return 'x'.repeat(between(random, 1000, 40_000));
        return pick(random, [...WIJKEN, ...NAMEN, ...ANTWOORDEN, 'twee\nregels', 'true']);
      }),
    );
    if (random() < 0.05) row.getCell(between(random, 1, columns + 3)).value = 'verder';
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A zip's entries by name, inflated. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    entries.set(
      zip.toString('utf8', at + 46, at + 46 + nameLength),
      method === 8 ? inflateRawSync(data) : Buffer.from(data),
    );
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A well-formed zip of these entries (deflated, sizes in the headers), whatever they hold. */
export function zip(entries: Map<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = deflateRawSync(content);
    const nameBytes = Buffer.from(name);
    const fields = Buffer.alloc(26);
    fields.writeUInt16LE(20, 0);
    fields.writeUInt16LE(8, 4);
    fields.writeUInt16LE(0x21, 8);
    fields.writeUInt32LE(crc32(content), 10);
    fields.writeUInt32LE(data.length, 14);
    fields.writeUInt32LE(content.length, 18);
    fields.writeUInt16LE(nameBytes.length, 22);
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), fields, nameBytes, data]);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    fields.copy(central, 6, 0, 26);
    central.writeUInt32LE(offset, 42);
    directory.push(central, nameBytes);
    locals.push(local);
    offset += local.length;
  }
  const size = directory.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.size, 8);
  end.writeUInt16LE(entries.size, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
}

type XmlMutation = (random: Random, entries: Map<string, Buffer>) => string;

/** One match of `pattern` in an entry's XML replaced by `replace(match)`. */
function replaceOne(
  random: Random,
  entries: Map<string, Buffer>,
  name: string,
  pattern: RegExp,
  replace: (match: string) => string,
): string {
  const xml = entries.get(name)?.toString('utf8');
  if (xml === undefined) return `no ${name}`;
  const matches = [...xml.matchAll(pattern)];
  if (matches.length === 0) return `nothing in ${name}`;
  const match = pick(random, matches);
  const replaced = replace(match[0]);
  entries.set(name, Buffer.from(xml.slice(0, match.index) + replaced + xml.slice(match.index + match[0].length)));
  return `${name}: ${match[0].slice(0, 30)} → ${replaced.slice(0, 30)}`;
}

const SHEET = 'xl/worksheets/sheet1.xml';

/** Changes inside the workbook's XML, in a zip that stays whole: what a broken writer or a hand edit makes. */
const XML_MUTATIONS: XmlMutation[] = [
  (random, entries) =>
    replaceOne(random, entries, SHEET, /<c r="[A-Z]+/g, () => `<c r="${pick(random, ['XFD', 'AAAA', 'A', ''])}`),
  (random, entries) =>
    replaceOne(
      random,
      entries,
      SHEET,
      /<row r="\d+"/g,
      () => `<row r="${pick(random, ['1', '2', '1048576', '0', '-3', 'x'])}"`,
    ),
  (random, entries) =>
    replaceOne(
      random,
      entries,
      SHEET,
      /<v>[^<]*<\/v>/g,
      () => `<v>${pick(random, ['99999', 'abc', '1e400', '-', '', 'NaN', '4.5e-320'])}</v>`,
    ),
  (random, entries) =>
    replaceOne(
      random,
      entries,
      SHEET,
      / t="\w+"/g,
      () => ` t="${pick(random, ['s', 'str', 'b', 'e', 'inlineStr', 'n', 'd', 'zz'])}"`,
    ),
  (random, entries) =>
    replaceOne(
      random,
      entries,
      'xl/workbook.xml',
      /name="[^"]*"/g,
      () => `name="${pick(random, ['', 'Data', '\u0000', 'x'.repeat(300)])}"`,
    ),
  (random, entries) => {
    const name = pick(random, [...entries.keys()]);
    const content = entries.get(name)!;
    const at = between(random, 0, content.length);
    entries.set(name, content.subarray(0, at));
    return `${name} cut at ${at}`;
  },
  (random, entries) => {
    const name = pick(random, [...entries.keys()]);
    const content = Buffer.from(entries.get(name)!);
    for (let i = 0; i < 3 && content.length > 0; i++)
      content[between(random, 0, content.length - 1)] = between(random, 0, 255);
    entries.set(name, content);
    return `${name} bytes flipped`;
  },
  (random, entries) => {
    const name = pick(random, [...entries.keys()]);
    entries.delete(name);
    return `${name} left out`;
  },
];

const XLSX_MUTATIONS: Mutation[] = [
  (_, bytes) => [bytes, 'none'],
  (random, bytes) => {
    const entries = unzip(bytes);
    const step = pick(random, XML_MUTATIONS)(random, entries);
    return [zip(entries), step];
  },
  (random, bytes) => {
    const entries = unzip(bytes);
    const step = pick(random, XML_MUTATIONS)(random, entries);
    return [zip(entries), step];
  },
  CSV_MUTATIONS[0]!,
  CSV_MUTATIONS[1]!,
  CSV_MUTATIONS[10]!,
  (random, bytes) => {
    // A byte in the zip's central directory, where entry names, sizes and offsets are.
    const directory = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const copy = Buffer.from(bytes);
    const at = between(random, Math.max(0, directory), copy.length - 1);
    copy[at] = between(random, 0, 255);
    return [copy, `directory byte@${at}`];
  },
  (random, bytes) => {
    const from = between(random, 0, bytes.length - 1);
    const length = between(random, 1, 2000);
    const copy = Buffer.from(bytes);
    copy.fill(0, from, Math.min(copy.length, from + length));
    return [copy, `zeros×${length}@${from}`];
  },
  (random, bytes) => {
    const from = between(random, 0, bytes.length - 1);
    const length = between(random, 1, 500);
    return [
      insertAt(bytes, between(random, 0, bytes.length), bytes.subarray(from, from + length)),
      `repeat×${length}@${from}`,
    ];
  },
];

export async function xlsxInput(random: Random, index: number): Promise<FuzzInput> {
  let bytes = await workbook(random);
  const steps = ['workbook'];
  // Half the workbooks stay whole zips, so their content reaches the import.
  const [next, step] = pick(random, random() < 0.5 ? XLSX_MUTATIONS.slice(0, 3) : XLSX_MUTATIONS)(random, bytes);
  bytes = next;
  steps.push(step);
  return { name: `fuzz-${index}.xlsx`, bytes, steps };
}

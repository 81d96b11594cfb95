import { createInflateRaw } from 'node:zlib';

/**
 * An .xlsx file is a zip. exceljs's streaming reader reads its entries in the order they are stored,
 * and needs the workbook, its relations, shared strings and styles before any sheet: otherwise it parks
 * sheets in temporary files and, depending on timing, loses sheets or fails on a removed file. Excel and
 * exceljs itself store sheets before the shared strings. So the entries are put in the order the reader
 * needs, copying their compressed bytes as they are: only the headers and the zip's directory are written anew.
 *
 * The reader also takes the sizes of an entry from its local header (or looks for the data descriptor
 * after it), and waits for ever on an entry whose data cannot be inflated. So each local header is
 * written with the sizes from the directory, and every entry is inflated once before the reader sees it.
 */
const FIRST = [
  '[Content_Types].xml',
  '_rels/',
  'xl/workbook.xml',
  'xl/_rels/',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
];
const SHEETS = 'xl/worksheets/';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Flags: encrypted, and sizes in a data descriptor after the data. */
const ENCRYPTED = 0x1;
const DATA_DESCRIPTOR = 0x8;
const STORED = 0;
const DEFLATED = 8;

/** Not a zip this can read (damaged, encrypted, or a zip64 file of more than 4 GB). */
export class UnreadableZip extends Error {}

interface Entry {
  name: string;
  /** Its directory record, to be written again with the new offset. */
  directory: Buffer;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where its compressed data is in the zip as found. */
  dataStart: number;
}

function rank(name: string): number {
  const first = FIRST.findIndex((prefix) => name.startsWith(prefix));
  if (first >= 0) return first;
  return name.startsWith(SHEETS) ? FIRST.length + 1 : FIRST.length;
}

/** The entries named in the zip's directory, each checked against its local header. */
function entriesOf(zip: Buffer): { entries: Entry[]; end: number } {
  const end = findEndOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const directory = zip.readUInt32LE(end + 16);
  if (count === 0xffff || directory === 0xffffffff || directory >= end)
    throw new UnreadableZip('zip64 or damaged directory');
  const entries: Entry[] = [];
  let at = directory;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== DIRECTORY_ENTRY)
      throw new UnreadableZip(`damaged directory entry ${i}`);
    const flags = zip.readUInt16LE(at + 8);
    const nameLength = zip.readUInt16LE(at + 28);
    const length = 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const entry = {
      name,
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
    };
    if (flags & ENCRYPTED || (entry.method !== STORED && entry.method !== DEFLATED))
      throw new UnreadableZip(`entry ${name} is encrypted or compressed in another way`);
    if (
      offset + 30 > directory ||
      zip.readUInt32LE(offset) !== LOCAL_HEADER ||
      zip.readUInt16LE(offset + 26) !== nameLength ||
      zip.toString('utf8', offset + 30, offset + 30 + nameLength) !== name
    ) {
      throw new UnreadableZip(`entry ${name}: damaged local header`);
    }
    const dataStart = offset + 30 + nameLength + zip.readUInt16LE(offset + 28);
    if (dataStart + entry.compressedSize > directory) throw new UnreadableZip(`entry ${name} runs past its end`);
    entries.push({ ...entry, directory: Buffer.from(zip.subarray(at, at + length)), dataStart });
    at += length;
  }
  return { entries, end };
}

/**
 * The same zip with the entries a streaming reader needs first at the front and the sheets last, each
 * behind a local header that holds its sizes (no data descriptor).
 */
export function sheetsLast(zip: Buffer): Buffer {
  const { entries, end } = entriesOf(zip);
  const ordered = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry.name) - rank(b.entry.name) || a.index - b.index);
  const records: Buffer[] = [];
  let offset = 0;
  for (const { entry } of ordered) {
    const { directory } = entry;
    const nameLength = directory.readUInt16LE(28);
    const header = Buffer.alloc(30 + nameLength);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    directory.copy(header, 4, 6, 28);
    header.writeUInt16LE(directory.readUInt16LE(8) & ~DATA_DESCRIPTOR, 6);
    header.writeUInt16LE(nameLength, 26);
    header.writeUInt16LE(0, 28);
    directory.copy(header, 30, 46, 46 + nameLength);
    directory.writeUInt16LE(directory.readUInt16LE(8) & ~DATA_DESCRIPTOR, 8);
    directory.writeUInt32LE(offset, 42);
    records.push(header, zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize));
    offset += header.length + entry.compressedSize;
  }
  const directorySize = ordered.reduce((sum, { entry }) => sum + entry.directory.length, 0);
  const tail = Buffer.from(zip.subarray(end, end + 22));
  tail.writeUInt16LE(0, 20);
  tail.writeUInt32LE(directorySize, 12);
  tail.writeUInt32LE(offset, 16);
  return Buffer.concat([...records, ...ordered.map(({ entry }) => entry.directory), tail]);
}

/** Inflates every entry (the output is not kept), so an entry that cannot be read is found before exceljs meets it. */
export async function checkEntries(zip: Buffer): Promise<void> {
  for (const entry of entriesOf(zip).entries) {
    const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const size = entry.method === STORED ? data.length : await inflatedSize(data);
    if (size !== entry.uncompressedSize) throw new UnreadableZip(`entry ${entry.name} is damaged`);
  }
}

function inflatedSize(data: Buffer): Promise<number | null> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let size = 0;
    inflate.on('data', (chunk: Buffer) => (size += chunk.length));
    inflate.on('error', () => resolve(null));
    inflate.on('end', () => resolve(size));
    inflate.end(data);
  });
}

/** The end-of-directory record: the last one, searched backwards over at most a 64 KiB comment. */
function findEndOfDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new UnreadableZip('no end of directory');
}

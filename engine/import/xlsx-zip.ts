/**
 * An .xlsx file is a zip. exceljs's streaming reader reads its entries in the order they are stored,
 * and needs the workbook, its relations, shared strings and styles before any sheet: otherwise it parks
 * sheets in temporary files and, depending on timing, loses sheets or fails on a removed file. Excel and
 * exceljs itself store sheets before the shared strings. So the entries are put in the order the reader
 * needs, copying their compressed bytes as they are: only the zip's directory is rewritten.
 */
const FIRST = ['[Content_Types].xml', '_rels/', 'xl/workbook.xml', 'xl/_rels/', 'xl/sharedStrings.xml', 'xl/styles.xml'];
const SHEETS = 'xl/worksheets/';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/** Not a zip this can reorder (damaged, or a zip64 file of more than 4 GB). */
export class UnreadableZip extends Error {}

function rank(name: string): number {
  const first = FIRST.findIndex((prefix) => name.startsWith(prefix));
  if (first >= 0) return first;
  return name.startsWith(SHEETS) ? FIRST.length + 1 : FIRST.length;
}

/** The same zip with the entries a streaming reader needs first at the front and the sheets last. */
export function sheetsLast(zip: Buffer): Buffer {
  const end = findEndOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const directory = zip.readUInt32LE(end + 16);
  if (count === 0xffff || directory === 0xffffffff || directory >= end) throw new UnreadableZip('zip64 or damaged directory');
  const entries: { name: string; header: Buffer; offset: number }[] = [];
  let at = directory;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new UnreadableZip(`damaged directory entry ${i}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const length = 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    if (offset >= directory) throw new UnreadableZip(`entry ${i} outside the file`);
    entries.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), header: Buffer.from(zip.subarray(at, at + length)), offset });
    at += length;
  }
  const starts = entries.map((e) => e.offset).sort((a, b) => a - b);
  const ordered = entries.map((entry, index) => ({ entry, index })).sort((a, b) => rank(a.entry.name) - rank(b.entry.name) || a.index - b.index);
  const records: Buffer[] = [];
  let offset = 0;
  for (const { entry } of ordered) {
    // An entry's bytes run to the next entry's start (its data descriptor included) or to the directory.
    const record = zip.subarray(entry.offset, starts.find((start) => start > entry.offset) ?? directory);
    entry.header.writeUInt32LE(offset, 42);
    records.push(record);
    offset += record.length;
  }
  const tail = Buffer.from(zip.subarray(end));
  tail.writeUInt32LE(offset, 16);
  return Buffer.concat([...records, ...ordered.map(({ entry }) => entry.header), tail]);
}

/** The end-of-directory record: the last one, searched backwards over at most a 64 KiB comment. */
function findEndOfDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new UnreadableZip('no end of directory');
}

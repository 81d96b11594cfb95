import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetsLast, UnreadableZip } from '../../../engine/import/xlsx-zip';

/** The names of a zip's entries in the order they are stored (their local headers, front to back). */
function storedOrder(zip: Buffer): string[] {
  const names: string[] = [];
  for (let at = 0; zip.readUInt32LE(at) === 0x04034b50;) {
    const nameLength = zip.readUInt16LE(at + 26);
    names.push(zip.toString('utf8', at + 30, at + 30 + nameLength));
    // exceljs writes sizes in the local header only after the data (a data descriptor): find the next header.
    const next = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), at + 30 + nameLength);
    if (next < 0) break;
    at = next;
  }
  return names;
}

describe('an .xlsx zip put in the order a streaming reader needs', () => {
  it('stores the workbook, shared strings and styles before the sheets, and stays the same workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Toelichting').addRow(['Bron', 'Wijkpanel']);
    workbook.addWorksheet('Data').addRow(['wijk', 'Café', 3.5]);
    const original = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = storedOrder(original);
    // As exceljs writes it: a sheet before the shared strings.
    expect(before.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(before.indexOf('xl/sharedStrings.xml'));

    const reordered = sheetsLast(original);
    const after = storedOrder(reordered);
    expect([...after].sort()).toEqual([...before].sort());
    const sheetsAt = after.findIndex((name) => name.startsWith('xl/worksheets/'));
    for (const part of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'])
      expect(after.indexOf(part)).toBeLessThan(sheetsAt);
    expect(after.slice(sheetsAt).every((name) => name.startsWith('xl/worksheets/'))).toBe(true);

    const read = new ExcelJS.Workbook();
    await read.xlsx.load(reordered as unknown as ExcelJS.Buffer);
    expect(read.worksheets.map((sheet) => sheet.name)).toEqual(['Toelichting', 'Data']);
    expect(read.getWorksheet('Data')?.getRow(1).values).toEqual([undefined, 'wijk', 'Café', 3.5]);
  });

  it('refuses what is not a whole zip', () => {
    expect(() => sheetsLast(Buffer.from('PK\u0003\u0004 afgebroken'))).toThrow(UnreadableZip);
  });
});

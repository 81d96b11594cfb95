import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storedTable, useNewProject } from './engine-harness';

/**
 * Files whose line endings mix CRLF, LF and CR (lines pasted in from another file, a tool that appends
 * with its own ending) are read as the lines a person sees, by the preview and by the import alike;
 * a line break inside a quoted field stays as it is, and `regel N` counts every kind of line end.
 */
const newProject = useNewProject();

interface Row {
  id: number;
  tekst: string;
  score: number;
}

/**
 * Rows whose endings change by section (CRLF, then LF, then mixed at random, then CR) and whose every
 * seventh answer is quoted and holds a CRLF, a CR and an LF. `pad` widens the rows, so the file is
 * larger than the preview's sample of 512 KiB and the import's pieces of 64 KiB cut it everywhere.
 */
function mixedFile(rows: number, pad: number): { text: string; expected: Row[]; lines: number[] } {
  const endings = ['\r\n', '\n', '\r'] as const;
  let text = 'id,tekst,score\r\n';
  let line = 2;
  const expected: Row[] = [];
  const lines: number[] = [];
  let state = 7;
  for (let id = 1; id <= rows; id++) {
    const section = Math.floor((id * 4) / rows);
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    const ending = section === 0 ? '\r\n' : section === 1 ? '\n' : section === 2 ? endings[state % 3]! : '\r';
    const multiLine = id % 7 === 0;
    const tekst = multiLine ? `eerste\r\ntweede\rderde\nvierde ${id}` : `antwoord ${id} ${'x'.repeat(pad)}`;
    text += `${id},${multiLine ? `"${tekst}"` : tekst},${id % 5}${ending}`;
    expected.push({ id, tekst, score: id % 5 });
    lines.push(line);
    line += multiLine ? 4 : 1;
  }
  return { text, expected, lines };
}

describe('a file that mixes CRLF, LF and CR', () => {
  it('is previewed and imported as the lines a person sees, quoted line breaks kept', async () => {
    const { engine, project } = newProject();
    const file = path.join(path.dirname(project), 'gemengd.csv');
    const { text, expected, lines } = mixedFile(12_000, 60);
    expect(text.length).toBeGreaterThan(1 << 19);
    writeFileSync(file, text);

    const { preview, status } = await engine.importFile({ file, name: 'Gemengd' });
    expect(preview.warnings).toEqual([]);
    expect(preview.plan.columns.map((c) => c.name)).toEqual(['id', 'tekst', 'score']);
    expect(preview.rows.map((r) => r.line)).toEqual(lines.slice(0, 100));
    expect(preview.rows.map((r) => r.cells)).toEqual(expected.slice(0, 100).map((r) => [r.id, r.tekst, r.score]));
    expect(status.error).toBeNull();
    expect(status.summary?.rows).toBe(expected.length);
    expect(storedTable(project, 'Gemengd').rows).toEqual(expected);
  });

  it('keeps a CRLF that the import’s 64 KiB pieces cut in two as one line end', async () => {
    const { engine, project } = newProject();
    const file = path.join(path.dirname(project), 'grens.csv');
    // LF lines up to a CRLF whose CR is the last byte of the first piece: the LF must not end an empty line.
    const head = 'id,tekst\r\n';
    const rows: string[] = [];
    let size = head.length;
    let id = 0;
    while (size < (1 << 16) - 40) {
      const row = `${++id},rij ${id}\n`;
      rows.push(row);
      size += row.length;
    }
    const last = `${++id},`;
    rows.push(`${last}${'y'.repeat((1 << 16) - 1 - size - last.length)}\r\n`);
    rows.push(`${++id},"na\rde grens"\r${++id},slot\n`);
    writeFileSync(file, head + rows.join(''));
    expect(
      Buffer.from(head + rows.join(''))
        .subarray(0, 1 << 16)
        .at(-1),
    ).toBe(13);

    const { status } = await engine.importFile({ file, name: 'Grens' });
    expect(status.error).toBeNull();
    const stored = storedTable(project, 'Grens').rows;
    expect(stored).toHaveLength(id);
    expect(stored.at(-3)?.tekst).toMatch(/^y+$/);
    expect(stored.slice(-2)).toEqual([
      { id: id - 1, tekst: 'na\rde grens' },
      { id, tekst: 'slot' },
    ]);
  });

  it('names the line of a bad row after mixed line ends, in the preview and in the import', async () => {
    const { engine, project } = newProject();
    const file = path.join(path.dirname(project), 'rafelig.csv');
    // Lines: 1 header, 2 (CR), 3–5 (a quoted answer over three lines, CRLF inside), 6 (LF), 7 the bad row.
    writeFileSync(file, 'id,tekst,score\r1,a,3\r\n2,"een\r\ntwee\rdrie",4\n3,b,5\r4,c\r\n5,d,6\n');

    const preview = await engine.prepare({ file, name: 'Rafelig' });
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3, 6, 7, 8]);
    expect(preview.rows[1]?.cells[1]).toBe('een\r\ntwee\rdrie');
    expect(preview.warnings.map((w) => w.nl)).toEqual([expect.stringContaining('(regel 7)')]);
    const started = await engine.start(preview);
    const status = await engine.workbench.imports.wait(started.id);
    expect(status.state).toBe('failed');
    expect(status.error?.code).toBe('import_ragged_row');
    expect(status.error?.message.nl).toBe(
      `${file}, regel 7: 2 velden, terwijl de kopregel er 3 heeft. Herstel de regel of kies "slechte regels overslaan".`,
    );
  });

  it('counts CR line ends in the line of a byte that is not UTF-8', async () => {
    const { engine, project } = newProject();
    const file = path.join(path.dirname(project), 'mac.csv');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('id,naam\r1,"Jan\rJanssen"\r2,Jos'), Buffer.from([0xe9]), Buffer.from('\r')]),
    );
    const { status } = await engine.importFile({ file, name: 'Mac', encoding: 'utf-8' });
    expect(status.error?.message.nl).toBe(
      `${file}, regel 4: de tekst is geen geldige utf-8. Kies een andere tekenset (bijvoorbeeld windows-1252).`,
    );
  });
});

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliRun } from '../../helpers/run-cli';
import { importLog, projectSnapshot, runCliAsync, storedTable, type ProjectSnapshot } from './engine-harness';

/**
 * Broken files through the real CLI, each into its own copy of a project that already holds one
 * dataset: exit status 1, a message that names the file (and the line, where one is at fault, in
 * Dutch and English), and the project exactly as it was. The runs are independent, so they start
 * side by side in beforeAll and each test awaits its own.
 */

let root = '';
let base = '';
let baseDatasets: unknown;
let baseSnapshot: ProjectSnapshot;

const CLEAN = 'id,wijk,score\n1,WK026801,3\n2,WK026802,4\n3,WK026803,5\n';

/** A multi-line answer on lines 2–3, so line 6 (the next) holds record 5 (counting the header). */
const HEAD = [
  'id,wijk,antwoord,score',
  '1,WK026801,"eerste regel',
  'tweede regel",4',
  '2,WK026802,kort,5',
  '3,WK026803,"ok, prima",3',
];

interface Case {
  /** File contents, or a function making the path (missing files, folders). */
  make: (folder: string) => string;
  extra?: string[];
  /** Run again with --lang en as well (cases with a line number). */
  english?: boolean;
  /**
   * Compare `werkbank datasets --json` afterwards too. Every case compares the project file itself;
   * the CLI listing is added for the cases that get as far as opening the project (and one that does not).
   */
  listAfter?: boolean;
}

interface CaseResult {
  file: string;
  project: string;
  nl: CliRun;
  en: CliRun | null;
  datasetsAfter: CliRun | null;
  snapshot: ProjectSnapshot;
}

function writeFile(name: string, content: string | Buffer): (folder: string) => string {
  return (folder) => {
    const file = path.join(folder, name);
    writeFileSync(file, content);
    return file;
  };
}

function randomBinary(): Buffer {
  // Deterministic "random" bytes with NULs among them, as in an image or a zip without signature.
  const bytes = Buffer.alloc(4096);
  let state = 12345;
  for (let i = 0; i < bytes.length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = i % 97 === 0 ? 0 : state >> 16;
  }
  return bytes;
}

/** UTF-8 for 90,000 lines, then one Latin-1 é on line 90,001: past the detection sample and the first 1 MiB read. */
function lateInvalidUtf8(): Buffer {
  const parts = [Buffer.from('id,naam,score\n')];
  for (let i = 1; i <= 100_000; i++) {
    parts.push(
      i === 90_000
        ? Buffer.concat([Buffer.from(`${i},Jos`), Buffer.from([0xe9]), Buffer.from(',5\n')])
        : Buffer.from(`${i},Zoë,${i % 10}\n`),
    );
  }
  return Buffer.concat(parts);
}

/** A header of 100,000 columns (1.3 MB, more than the preview's first sample of 512 KiB) and one row. */
function wideHeader(): string {
  const columns = Array.from({ length: 100_000 }, (_, i) => i);
  return `${columns.map((i) => `vraag_${i}`).join(';')}\r\n${columns.map((i) => i % 5).join(';')}\r\n`;
}

const cases = {
  empty: { make: writeFile('leeg.csv', ''), listAfter: true },
  headerOnly: { make: writeFile('alleen-kop.csv', 'id;wijk;score\r\n') },
  binary: { make: writeFile('foto.csv', randomBinary()) },
  unclosedQuote: {
    make: writeFile(
      'open-aanhalingsteken.csv',
      `${[...HEAD, '4,WK026804,"Ede, West",6', '5,WK026805,"nooit gesloten,7', '6,WK026806,kort,8', '7,WK026807,x,9'].join('\n')}\n`,
    ),
    english: true,
    listAfter: true,
  },
  tooManyColumns: { make: writeFile('breed.csv', wideHeader()), english: true, listAfter: true },
  noLineEnds: { make: writeFile('een-regel.csv', 'x'.repeat(5 << 20)), english: true },
  unclosedQuoteInHeader: { make: writeFile('open-kop.csv', 'id,"naam,score\n1,a,3\n2,b,4\n') },
  tooManyFields: {
    make: writeFile('te-veel.csv', `${[...HEAD, '4,WK026804,extra,2,9', '5,WK026805,nee,1'].join('\n')}\n`),
    english: true,
    listAfter: true,
  },
  tooFewFields: {
    make: writeFile('te-weinig.csv', `${[...HEAD, '4,WK026804', '5,WK026805,nee,1'].join('\n')}\n`),
    english: true,
    listAfter: true,
  },
  undecodable: {
    make: writeFile(
      'latin1.csv',
      Buffer.concat([
        Buffer.from('id;naam;score\n1;Jan;3\n2;Piet;4\n3;Jos'),
        Buffer.from([0xe9]),
        Buffer.from(';5\n4;Kees;6\n'),
      ]),
    ),
    extra: ['--encoding', 'utf-8'],
    english: true,
    listAfter: true,
  },
  lateUndecodable: { make: writeFile('laat-latin1.csv', lateInvalidUtf8()), listAfter: true },
  missingPath: { make: (folder: string) => path.join(folder, 'bestaat-niet.csv') },
  folder: {
    make: (folder: string) => {
      const dir = path.join(folder, 'map.csv');
      mkdirSync(dir);
      return dir;
    },
  },
} satisfies Record<string, Case>;

type CaseName = keyof typeof cases;
const results = new Map<CaseName, Promise<CaseResult>>();

async function runCase(name: CaseName, spec: Case): Promise<CaseResult> {
  const folder = path.join(root, name);
  mkdirSync(folder);
  const project = path.join(folder, 'project.skw');
  copyFileSync(base, project);
  const file = spec.make(folder);
  const args = ['import', project, file, '--name', 'Nieuw', ...(spec.extra ?? [])];
  const nl = await runCliAsync(args, root);
  const en = spec.english ? await runCliAsync([...args, '--lang', 'en'], root) : null;
  const datasetsAfter = spec.listAfter ? await runCliAsync(['datasets', project, '--json'], root) : null;
  return { file, project, nl, en, datasetsAfter, snapshot: projectSnapshot(project) };
}

/** Runs at most `limit` cases at a time: the machine has two cores. */
function startAll(limit: number): void {
  const queue = Object.entries(cases) as [CaseName, Case][];
  const slots: Promise<unknown>[] = [];
  for (const [name, spec] of queue) {
    const slot = slots.length < limit ? Promise.resolve() : slots.shift()!;
    const result = slot.then(() => runCase(name, spec));
    results.set(name, result);
    slots.push(result.catch(() => undefined));
  }
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'werkbank-bad-input-'));
  base = path.join(root, 'basis.skw');
  const clean = path.join(root, 'schoon.csv');
  writeFileSync(clean, CLEAN);
  const imported = await runCliAsync(['import', base, clean, '--name', 'Bestaand'], root);
  expect(imported.status, imported.stderr).toBe(0);
  const listed = await runCliAsync(['datasets', base, '--json'], root);
  baseDatasets = JSON.parse(listed.stdout);
  expect(baseDatasets).toEqual([{ name: 'Bestaand', kind: 'area', rows: 3, columns: 3 }]);
  baseSnapshot = projectSnapshot(base);
  expect(baseSnapshot.integrity).toEqual(['ok']);
  startAll(2);
}, 60_000);

afterAll(async () => {
  await Promise.allSettled(results.values());
  rmSync(root, { recursive: true, force: true });
});

async function expectRefused(name: CaseName, nl: RegExp, en?: RegExp): Promise<CaseResult> {
  const result = await results.get(name)!;
  expect(result.nl.status, result.nl.stderr).toBe(1);
  expect(result.nl.stdout).toBe('');
  expect(result.nl.stderr).toMatch(/^werkbank: /m);
  expect(result.nl.stderr).toContain(result.file);
  expect(result.nl.stderr).toMatch(nl);
  if (en) {
    expect(result.en?.status).toBe(1);
    expect(result.en?.stderr).toContain(result.file);
    expect(result.en?.stderr).toMatch(en);
  }
  if (result.datasetsAfter) {
    expect(result.datasetsAfter.status).toBe(0);
    expect(JSON.parse(result.datasetsAfter.stdout)).toEqual(baseDatasets);
  }
  expect(result.snapshot).toEqual(baseSnapshot);
  expect(result.snapshot.integrity).toEqual(['ok']);
  expect(storedTable(result.project, 'Bestaand').rows).toEqual([
    { id: 1, wijk: 'WK026801', score: 3 },
    { id: 2, wijk: 'WK026802', score: 4 },
    { id: 3, wijk: 'WK026803', score: 5 },
  ]);
  return result;
}

describe('werkbank import refuses a broken file and leaves the project as it was', () => {
  it('an empty file', async () => {
    await expectRefused('empty', /is leeg: er valt niets te importeren/);
  });

  it('a file with only a header row', async () => {
    await expectRefused('headerOnly', /bevat alleen een kopregel en geen gegevens/);
  });

  it('a binary file', async () => {
    await expectRefused('binary', /is geen tekstbestand \(het bevat binaire gegevens\)/);
  });

  it('an unclosed quote, at the line where the quote opens', async () => {
    await expectRefused(
      'unclosedQuote',
      /, regel 7: een aanhalingsteken wordt geopend maar nergens gesloten/,
      /, line 7: a quote is opened but never closed/,
    );
  });

  it('a header of 100,000 columns, with their number and the most a dataset can have', async () => {
    await expectRefused(
      'tooManyColumns',
      /breed\.csv heeft 100\.000 kolommen; een dataset kan er hoogstens 1\.999 hebben/,
      /breed\.csv has 100,000 columns; a dataset can have at most 1,999/,
    );
  });

  it('a file without line ends', async () => {
    await expectRefused(
      'noLineEnds',
      /, regel 1: deze regel is langer dan 4 MB en eindigt niet/,
      /, line 1: this line is longer than 4 MB and does not end/,
    );
  });

  it('a quote in the header that is never closed, at line 1', async () => {
    await expectRefused(
      'unclosedQuoteInHeader',
      /open-kop\.csv, regel 1: een aanhalingsteken wordt geopend maar nergens gesloten/,
    );
  });

  it('a row with too many fields, at its line (not its record number) after a multi-line answer', async () => {
    await expectRefused(
      'tooManyFields',
      /, regel 6: 5 velden, terwijl de kopregel er 4 heeft/,
      /, line 6: 5 fields where the header has 4/,
    );
  });

  it('a row with too few fields, at its line', async () => {
    await expectRefused(
      'tooFewFields',
      /, regel 6: 2 velden, terwijl de kopregel er 4 heeft/,
      /, line 6: 2 fields where the header has 4/,
    );
  });

  it('a byte that is not UTF-8 when utf-8 is chosen, at its line', async () => {
    await expectRefused(
      'undecodable',
      /, regel 4: de tekst is geen geldige utf-8/,
      /, line 4: the text is not valid utf-8/,
    );
  });

  it('a byte that is not UTF-8 far into a file detected as UTF-8, at its line', async () => {
    await expectRefused('lateUndecodable', /, regel 90001: de tekst is geen geldige utf-8/);
  });

  it('a path that does not exist', async () => {
    await expectRefused('missingPath', /Bestand niet gevonden: /);
  });

  it('a folder', async () => {
    await expectRefused('folder', /is een map, geen bestand/);
  });
});

describe('werkbank import with --skip-bad-rows', () => {
  it('imports the good rows of a ragged file and logs the lines it skipped', async () => {
    const folder = path.join(root, 'overslaan');
    mkdirSync(folder);
    const file = path.join(folder, 'rafelig.csv');
    writeFileSync(
      file,
      `${[...HEAD, '4,WK026804,extra,2,9', '5,WK026805,nee,1', '6,WK026806', '7,WK026807,ja,2'].join('\n')}\n`,
    );
    const project = path.join(folder, 'project.skw');
    copyFileSync(base, project);

    const run = await runCliAsync(['import', project, file, '--name', 'Rafelig', '--skip-bad-rows'], root);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Regel 6 overgeslagen (verkeerd aantal velden)');
    expect(run.stderr).toContain('Regel 8 overgeslagen (verkeerd aantal velden)');
    expect(run.stdout).toContain('Rafelig: 5 rijen');

    expect(JSON.parse(importLog(project, 'Rafelig').skipped_lines as string)).toEqual([6, 8]);
    expect(storedTable(project, 'Rafelig').rows).toEqual([
      { id: 1, wijk: 'WK026801', antwoord: 'eerste regel\ntweede regel', score: 4 },
      { id: 2, wijk: 'WK026802', antwoord: 'kort', score: 5 },
      { id: 3, wijk: 'WK026803', antwoord: 'ok, prima', score: 3 },
      { id: 5, wijk: 'WK026805', antwoord: 'nee', score: 1 },
      { id: 7, wijk: 'WK026807', antwoord: 'ja', score: 2 },
    ]);
    const after = projectSnapshot(project);
    expect(after.integrity).toEqual(['ok']);
    expect(after.datasets.map((d) => d.name)).toEqual(['Bestaand', 'Rafelig']);
  });
});

describe('werkbank import into a project that does not exist yet', () => {
  it('leaves no project file behind when the import fails, before or during the import', async () => {
    const folder = path.join(root, 'nieuw-project');
    mkdirSync(folder);
    const empty = path.join(folder, 'leeg.csv');
    writeFileSync(empty, '');
    const ragged = path.join(folder, 'rafelig.csv');
    writeFileSync(ragged, `${[...HEAD, '4,WK026804,extra,2,9'].join('\n')}\n`);

    const [early, late] = await Promise.all([
      runCliAsync(['import', path.join(folder, 'vroeg.skw'), empty], root),
      runCliAsync(['import', path.join(folder, 'laat.skw'), ragged], root),
    ]);
    expect(early.status).toBe(1);
    expect(early.stderr).toContain(`werkbank: ${empty} is leeg`);
    expect(late.status).toBe(1);
    expect(late.stderr).toContain(`werkbank: ${ragged}, regel 6: 5 velden`);
    expect(readdirSync(folder).sort()).toEqual(['leeg.csv', 'rafelig.csv']);
    expect(existsSync(path.join(folder, 'laat.skw'))).toBe(false);
  });
});

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seededRandom } from '../../engine/example/random';

/** Writes a `;`-separated CRLF file of a header and `rows` records, a megabyte at a time. */
async function writeRecords(
  file: string,
  header: string[],
  rows: number,
  record: (row: number) => (string | number)[],
): Promise<void> {
  const out = createWriteStream(file);
  let buffer = `${header.join(';')}\r\n`;
  for (let r = 1; r <= rows; r++) {
    buffer += `${record(r).join(';')}\r\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

const wijkcode = (random: () => number) => `WK0268${String(Math.floor(random() * 60)).padStart(2, '0')}`;

/**
 * A large survey as Dutch spreadsheet exports write it: `;` between fields, decimal commas, CRLF,
 * quoted open answers with `;` inside. 28 columns: id, wijk code, age, gender, weight, 20 Likert
 * items, income, satisfaction and an open answer.
 */
export async function generateLargeSurvey(file: string, rows: number, seed = 2026): Promise<void> {
  const random = seededRandom(seed);
  const header = [
    'respondent',
    'wijkcode',
    'leeftijd',
    'geslacht',
    'weging',
    ...Array.from({ length: 20 }, (_, i) => `item_${i + 1}`),
    'inkomen',
    'tevredenheid',
    'opmerking',
  ];
  const answers = ['"Meer ontmoeten; een buurthuis dichtbij"', '"Werk vinden is lastig"', 'NA', '', '', ''];
  await writeRecords(file, header, rows, (r) => {
    const fields: (string | number)[] = [
      r,
      wijkcode(random),
      18 + Math.floor(random() * 72),
      random() < 0.49 ? 'man' : random() < 0.97 ? 'vrouw' : 'anders',
      (0.4 + random() * 1.2).toFixed(4).replace('.', ','),
    ];
    for (let i = 0; i < 20; i++) fields.push(random() < 0.03 ? '' : 1 + Math.floor(random() * 5));
    fields.push(
      (900 + random() * 5000).toFixed(2).replace('.', ','),
      (random() * 10).toFixed(1).replace('.', ','),
      answers[Math.floor(random() * answers.length)]!,
    );
    return fields;
  });
}

/**
 * A wide monitor file as GGD health monitors come: one row per respondent, a respondent number, a wijk
 * code and `items` Likert items (1–5), 5% of the answers empty, `;` between fields, CRLF.
 */
export async function generateWideMonitor(file: string, rows: number, items: number, seed = 2027): Promise<void> {
  const random = seededRandom(seed);
  await writeRecords(
    file,
    ['respondent', 'wijkcode', ...Array.from({ length: items }, (_, i) => `vraag_${i + 1}`)],
    rows,
    (r) => {
      const fields: (string | number)[] = [r, wijkcode(random)];
      for (let i = 0; i < items; i++) fields.push(random() < 0.05 ? '' : 1 + Math.floor(random() * 5));
      return fields;
    },
  );
}

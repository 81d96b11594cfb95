import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultCodebook } from '../../../shared/codebook/default-codebook';
import { Engine } from '../import-engine/engine-harness';

export const DATASET = 'Open antwoorden';
export const TEXT = 'antwoord';

/** The GUIDs of the default codebook's conditions and of two of its sub-codes. */
export const code = {
  security: defaultCodebook.find((c) => c.conditionId === 'security')!.guid,
  inclusion: defaultCodebook.find((c) => c.conditionId === 'inclusion')!.guid,
  cohesion: defaultCodebook.find((c) => c.conditionId === 'cohesion')!.guid,
  empowerment: defaultCodebook.find((c) => c.conditionId === 'empowerment')!.guid,
  work: '3c2c29e7-5728-446c-a167-7e62f1d7e4d7',
  trust: 'bb274308-20b6-49a2-94a8-4a932444ab9b',
};

const answers = [
  'Meer betaalbare huurwoningen en hulp bij schulden.',
  'Een buurthuis waar je buren kunt ontmoeten.',
  'Betere informatie over voorzieningen voor ouderen.',
  'Meer invloed van bewoners op plannen van de gemeente.',
  'Café én speeltuin 😀 graag — eenzaamheid is groot.',
  'Niets, het is hier prima.',
];

/**
 * A survey file as a survey tool exports it: `;`, an id column `respondent` (r001, r002, …), a wijk code
 * and a Dutch open answer. `rows` records, the answers repeating.
 */
export function writeSurvey(
  folder: string,
  rows = 60,
  answer: (index: number) => string = (i) => answers[i % answers.length]!,
): string {
  const lines = ['respondent;wijkcode;leeftijd;antwoord'];
  for (let i = 0; i < rows; i++) {
    const id = `r${String(i + 1).padStart(3, '0')}`;
    lines.push(`${id};WK02680${(i % 3) + 1};${30 + (i % 40)};"${answer(i)}"`);
  }
  const file = path.join(folder, 'open-antwoorden.csv');
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return file;
}

/** A project with the survey imported as dataset `Open antwoorden`; the engine is open on it. */
export async function surveyProject(
  folder: string,
  rows = 60,
  answer?: (index: number) => string,
): Promise<{ engine: Engine; project: string; file: string }> {
  const engine = new Engine(path.join(folder, 'settings'));
  const project = path.join(folder, 'project.skw');
  await engine.call('project.create', { path: project });
  const file = writeSurvey(folder, rows, answer);
  const { status } = await engine.importFile({
    file,
    name: DATASET,
    kind: 'survey',
    idColumn: 'respondent',
    areaColumn: 'wijkcode',
    columns: { antwoord: { type: 'text' } },
  });
  if (status.state !== 'done') throw new Error(`import failed: ${JSON.stringify(status.error)}`);
  return { engine, project, file };
}

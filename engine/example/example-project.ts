import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSurvey, likertLabels, surveyItems } from './generate-survey';
import type { ImportChoices } from '../../shared/import/import-plan';
import type { IndicatorMapping } from '../../shared/scores/score-types';
import { raise } from '../../shared/contract/errors';
import { autocode } from '../coding/autocode';
import { codingSetup } from '../coding/coding-dataset';
import { startImport } from '../import/import-handlers';
import { prepareImport } from '../import/prepare-import';
import { setMapping } from '../scores/mappings';
import type { Workbench } from '../workbench';

export const EXAMPLE_PROJECT_FILE = 'Voorbeeldproject.skw';
const EXAMPLE_SURVEY = 'Bewonersenquête Nijmegen (gegenereerd)';
const EXAMPLE_GGD = 'GGD Gezondheidsmonitor 2016 (Nijmegen)';

/**
 * The GGD indicators mapped in the example (the choices are documented in datasets/README.md). The
 * monitor has no figure for inclusion but social loneliness: a lack of a social network, which is a
 * domain of inclusion as well as of cohesion.
 */
export const exampleGgdMappings: readonly IndicatorMapping[] = [
  {
    dataset: EXAMPLE_GGD,
    variable: '% met goede ervaren gezondheid*',
    condition: 'security',
    domain: 'gezondheid en zorg',
    polarity: 'positive',
    weight: 1,
    reverse: false,
  },
  {
    dataset: EXAMPLE_GGD,
    variable: '% sociaal eenzaam*',
    condition: 'inclusion',
    domain: 'sociale netwerken',
    polarity: 'negative',
    weight: 1,
    reverse: false,
  },
  {
    dataset: EXAMPLE_GGD,
    variable: '% eenzaam*',
    condition: 'cohesion',
    domain: 'sociale netwerken',
    polarity: 'negative',
    weight: 1,
    reverse: false,
  },
  {
    dataset: EXAMPLE_GGD,
    variable: '% met voldoende regie over het eigen leven*',
    condition: 'empowerment',
    domain: null,
    polarity: 'positive',
    weight: 1,
    reverse: false,
  },
];

/**
 * The example project: the real GGD 2016 figures for Nijmegen's wijken (an area dataset) and the
 * generated Nijmegen survey, imported the way a user would, with the survey's items and four GGD
 * indicators mapped to the conditions and the open answers auto-coded (the coder `suggesties`), so that
 * the profiles show something at once. Built once in the settings folder.
 */
export async function openExampleProject(workbench: Workbench, datasetsFolder: string): Promise<void> {
  const target = path.join(workbench.appState.folder, EXAMPLE_PROJECT_FILE);
  if (existsSync(target)) {
    await workbench.open(target);
    return;
  }
  mkdirSync(workbench.appState.folder, { recursive: true });
  const building = path.join(workbench.appState.folder, `Voorbeeldproject-${process.pid}.skw`);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'werkbank-voorbeeld-'));
  try {
    workbench.create(building, false);
    const survey = path.join(scratch, 'bewonersenquete-nijmegen.csv');
    writeFileSync(survey, generateSurvey().bytes);
    await importInto(workbench, {
      file: path.join(datasetsFolder, 'ggd-wijk-eenzaamheid-2016.csv'),
      name: EXAMPLE_GGD,
      kind: 'area',
      municipality: 'GM0268',
    });
    await importInto(workbench, {
      file: survey,
      name: EXAMPLE_SURVEY,
      kind: 'survey',
      idColumn: 'respondent',
      areaColumn: 'wijkcode',
      areaNameColumn: 'wijknaam',
      weightColumn: 'weging',
      missingCodes: ['9'],
      columns: Object.fromEntries(
        surveyItems.map((item) => [
          item.name,
          { type: 'category' as const, ordinal: true, label: item.label, valueLabels: likertLabels },
        ]),
      ),
    });
    const db = workbench.current().db;
    const surveyMappings = surveyItems.map(({ name, condition, domain }) => ({
      dataset: EXAMPLE_SURVEY,
      variable: name,
      condition,
      domain,
      polarity: 'positive' as const,
      weight: 1,
      reverse: false,
    }));
    db.transaction(() => [...exampleGgdMappings, ...surveyMappings].forEach((mapping) => setMapping(db, mapping)))();
    // The survey's one text column: the open answer to what would make the neighbourhood better.
    const [openAnswers] = codingSetup(db, EXAMPLE_SURVEY).textColumns;
    if (openAnswers) autocode(db, { dataset: EXAMPLE_SURVEY, textColumn: openAnswers });
    workbench.close();
    // Built under another name and renamed when complete, so a half-built example never opens.
    for (const suffix of ['-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
    if (!existsSync(target)) renameSync(building, target);
    await workbench.open(target);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  }
}

async function importInto(workbench: Workbench, choices: ImportChoices): Promise<void> {
  const preview = await prepareImport(choices);
  const job = startImport(workbench.importContext(), preview.plan, preview.detected);
  const ended = await workbench.imports.wait(job.id);
  if (ended.state !== 'done') raise('internal', { detail: ended.error?.message.en ?? ended.state });
}

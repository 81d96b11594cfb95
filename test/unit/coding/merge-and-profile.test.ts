import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodingPage, CodingProfile, MergePreview, MergeSummary } from '../../../shared/coding/coding-types';
import type { Codebook } from '../../../shared/codebook/codebook-types';
import { useTempFolder } from '../../helpers/temp-folder';
import { Engine, projectSnapshot } from '../import-engine/engine-harness';
import { DATASET, TEXT, code, surveyProject, writeSurvey } from './coding-fixture';

const tempFolder = useTempFolder();
const engines: Engine[] = [];
afterEach(() => engines.splice(0).forEach((engine) => engine.close()));

const codes = async (engine: Engine, coder: string) =>
  (
    await engine.call<CodingPage>('coding.page', {
      dataset: DATASET,
      coder,
      textColumn: TEXT,
      filter: { status: 'coded' },
    })
  ).rows.map((row) => [row.id, row.codes.sort()]);

/** A second coder's own project: the same survey file imported on their laptop, under another name. */
async function secondCoder(folder: string): Promise<{ engine: Engine; project: string }> {
  const engine = new Engine(path.join(folder, 'bram-settings'));
  engines.push(engine);
  const project = path.join(folder, 'bram.skw');
  await engine.call('project.create', { path: project });
  const file = writeSurvey(path.join(folder), 12);
  const { status } = await engine.importFile({
    file,
    name: 'Enquête (kopie Bram)',
    kind: 'survey',
    idColumn: 'respondent',
    areaColumn: 'wijkcode',
    columns: { antwoord: { type: 'text' } },
  });
  expect(status.state).toBe('done');
  return { engine, project };
}

describe('merging another coder’s project file', () => {
  it('recognises the dataset by its content, adds the codings under the coder’s name, and lets the user resolve a new code', async () => {
    const folder = tempFolder();
    const ours = await surveyProject(folder, 12);
    engines.push(ours.engine);
    await ours.engine.call('coding.set', { dataset: DATASET, coder: 'Anna', record: 1, codes: [code.security] });
    const bram = await secondCoder(folder);
    const added = await bram.engine.call<{ guid: string }>('codebook.addCode', {
      parent: code.cohesion,
      nl: 'buurtfeest',
    });
    await bram.engine.call('coding.set', {
      dataset: 'Enquête (kopie Bram)',
      coder: 'Bram',
      record: 1,
      codes: [code.cohesion, added.guid],
    });
    await bram.engine.call('coding.set', {
      dataset: 'Enquête (kopie Bram)',
      coder: 'Bram',
      record: 2,
      codes: [code.inclusion],
    });
    bram.engine.close();

    const preview = await ours.engine.call<MergePreview>('coding.mergePreview', { path: bram.project });
    expect(preview).toMatchObject({
      dataset: DATASET,
      coders: [{ name: 'Bram', records: 2, codings: 3, existsHere: false }],
      missingCodes: [
        { guid: added.guid, label: 'buurtfeest', labelHere: null, parentLabel: 'Sociale cohesie', codings: 1 },
      ],
      renamedCodes: [],
    });

    // A code this codebook lacks needs a decision first; refusing changes nothing.
    const before = projectSnapshot(ours.project);
    const unresolved = await ours.engine.result('coding.merge', { path: bram.project });
    expect(unresolved).toMatchObject({ ok: false, error: { code: 'merge_unresolved_code' } });
    expect(unresolved.ok === false && unresolved.error.message.nl).toContain('buurtfeest');
    expect(projectSnapshot(ours.project)).toEqual(before);

    const summary = await ours.engine.call<MergeSummary>('coding.merge', {
      path: bram.project,
      resolutions: { [added.guid]: 'add' },
    });
    expect(summary).toMatchObject({
      dataset: DATASET,
      coders: ['Bram'],
      records: 2,
      codings: 3,
      codesAdded: 1,
      codingsSkipped: 0,
    });
    const codebook = await ours.engine.call<Codebook>('codebook.get', {});
    const cohesion = codebook.codes.find((c) => c.conditionId === 'cohesion')!;
    // Added with the GUID it has in Bram's codebook, so a later merge recognises it.
    const feest = cohesion.children.find((c) => c.label.nl === 'buurtfeest')!;
    expect(feest.guid).toBe(added.guid);
    expect(await codes(ours.engine, 'Bram')).toEqual([
      ['r001', [code.cohesion, feest.guid].sort()],
      ['r002', [code.inclusion]],
    ]);
    expect(await codes(ours.engine, 'Anna')).toEqual([['r001', [code.security]]]);

    // Merging the same file again changes nothing: no code is missing now, and each record keeps the most recent coding.
    expect((await ours.engine.call<MergePreview>('coding.mergePreview', { path: bram.project })).missingCodes).toEqual(
      [],
    );
    await ours.engine.call('coding.merge', { path: bram.project });
    expect(await codes(ours.engine, 'Bram')).toEqual([
      ['r001', [code.cohesion, feest.guid].sort()],
      ['r002', [code.inclusion]],
    ]);
  });

  it('refuses the open project itself, and a project without the same data', async () => {
    const folder = tempFolder();
    const ours = await surveyProject(folder, 6);
    engines.push(ours.engine);
    expect(await ours.engine.result('coding.mergePreview', { path: ours.project })).toMatchObject({
      ok: false,
      error: { code: 'merge_same_project' },
    });
    const other = new Engine(path.join(folder, 'other-settings'));
    engines.push(other);
    const empty = path.join(folder, 'leeg.skw');
    await other.call('project.create', { path: empty });
    other.close();
    expect(await ours.engine.result('coding.mergePreview', { path: empty })).toMatchObject({
      ok: false,
      error: { code: 'merge_no_matching_dataset' },
    });
    expect(
      await ours.engine.result('coding.mergePreview', { path: path.join(folder, 'open-antwoorden.csv') }),
    ).toMatchObject({ ok: false, error: { code: 'not_a_project' } });
  });
});

describe('profiles from codings', () => {
  it('gives per area the share of coded records with each condition, and hides small areas from partners', async () => {
    const made = await surveyProject(tempFolder(), 30);
    engines.push(made.engine);
    const { engine } = made;
    await engine.call('project.updateSettings', { publicationThreshold: 3 });
    // Areas follow the row: records 1, 4, 7, … are WK026801. Code 4 of WK026801's records: 3 security, 1 none.
    for (const record of [1, 4, 7])
      await engine.call('coding.set', {
        dataset: DATASET,
        coder: 'consensus',
        record,
        codes: [code.security, code.work],
      });
    await engine.call('coding.set', { dataset: DATASET, coder: 'consensus', record: 10, codes: [] });
    // WK026802: two records, cohesion via a sub-code.
    for (const record of [2, 5])
      await engine.call('coding.set', { dataset: DATASET, coder: 'consensus', record, codes: [code.trust] });

    const researcher = await engine.call<CodingProfile>('coding.profile', { dataset: DATASET });
    expect(researcher.coder).toBe('consensus');
    const [centrum, oost, oudWest] = researcher.areas;
    expect(centrum).toMatchObject({
      code: 'WK026801',
      coded: 4,
      belowThreshold: false,
      shares: { security: 0.75, inclusion: 0, cohesion: 0, empowerment: 0 },
    });
    expect(oost).toMatchObject({
      code: 'WK026802',
      coded: 2,
      belowThreshold: true,
      shares: { cohesion: 1, security: 0 },
    });
    expect(oudWest).toMatchObject({ code: 'WK026803', coded: 0, shares: { security: null } });
    expect(researcher.overall).toEqual({
      coded: 6,
      shares: { security: 0.5, inclusion: 0, cohesion: 2 / 6, empowerment: 0 },
    });

    const partner = await engine.call<CodingProfile>('coding.profile', { dataset: DATASET, audience: 'partner' });
    expect(partner.areas[1]).toMatchObject({
      code: 'WK026802',
      coded: null,
      belowThreshold: true,
      shares: { security: null, cohesion: null },
    });
  });
});

import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SURVEY } from '../../helpers/example-project';
import { createInProcessHost } from '../../helpers/in-process-host';
import { CENTRUM, NOORD, ZUID, useExampleSessionHost } from './example-session-host';
import { useTempFolder } from '../../helpers/temp-folder';

const example = useExampleSessionHost();
const { call, refusal } = example;
const tempFolder = useTempFolder();

const session = (areas = [ZUID, NOORD]) =>
  call('session.create', {
    title: 'Armoede',
    date: '2026-12-08',
    areas,
    figuresDataset: EXAMPLE_SURVEY,
    wordsDataset: EXAMPLE_SURVEY,
  });

function csv(lines: string[]): string {
  const file = path.join(tempFolder(), 'voorzieningen.csv');
  writeFileSync(file, lines.join('\r\n') + '\r\n', 'utf8');
  return file;
}

describe('the sociale basis', () => {
  it('imports a CSV with Dutch headers, kept per area across sessions', async () => {
    const file = csv([
      'naam;organisator;collectief;preventief;condities;bereik;gebied',
      'Financieel café;Sterker;ja;ja;zekerheid;30 bezoekers per maand;WK026808',
      '"Grip & Glans";Bibliotheek;ja;nee;empowerment, Sociale cohesie;12 deelnemers;WK026808',
      'Maatjesproject;Humanitas;nee;ja;inclusion|cohesie;;WK026808',
    ]);
    const { added, provisions } = await call('provisions.import', { path: file });
    expect(added).toBe(3);
    expect(provisions.map((p) => [p.name, p.organiser, p.collective, p.preventive, p.conditions, p.reach])).toEqual([
      ['Financieel café', 'Sterker', true, true, ['security'], '30 bezoekers per maand'],
      ['Grip & Glans', 'Bibliotheek', true, false, ['cohesion', 'empowerment'], '12 deelnemers'],
      ['Maatjesproject', 'Humanitas', false, true, ['inclusion', 'cohesion'], ''],
    ]);
    expect((await call('provisions.list', { area: 'WK026808' })).length).toBe(3);
  });

  it('refuses a bad cell naming file, line and column, and adds nothing', async () => {
    const before = await call('provisions.list', {});
    const file = csv([
      'naam,collectief,preventief,condities',
      'Buurtbus,ja,ja,inclusie',
      '',
      'Koffieochtend,misschien,ja,cohesie',
    ]);
    const bad = await refusal('provisions.import', { path: file, area: 'WK026807' });
    expect(bad.code).toBe('provisions_csv_invalid');
    expect(bad.message.nl).toBe(
      'voorzieningen.csv, regel 4, kolom "collectief": "misschien" is geen ja of nee. Er is niets geïmporteerd.',
    );
    expect(bad.message.en).toContain('line 4, column "collectief"');
    const unknown = await refusal('provisions.import', {
      path: csv(['naam,collectief,preventief,condities', 'Buurtbus,ja,ja,armoede']),
      area: 'WK026807',
    });
    expect(unknown.message.nl).toContain('regel 2, kolom "condities": "armoede" is geen conditie');
    const noArea = await refusal('provisions.import', {
      path: csv(['naam,collectief,preventief,condities', 'Buurtbus,ja,ja,inclusie']),
    });
    expect(noArea.code).toBe('provisions_csv_missing_column');
    expect(noArea.message.nl).toContain('de kolom "gebied" ontbreekt');
    expect(await call('provisions.list', {})).toEqual(before);
  });

  it('saves, changes and removes a provision by hand', async () => {
    const list = await call('provisions.save', {
      area: 'WK026805',
      name: 'Buurtkamer',
      collective: true,
      preventive: true,
      conditions: ['empowerment', 'cohesion', 'cohesion'],
    });
    expect(list).toEqual([expect.objectContaining({ name: 'Buurtkamer', conditions: ['cohesion', 'empowerment'] })]);
    const changed = await call('provisions.save', { ...list[0]!, reach: 'elke dinsdag' });
    expect(changed[0]).toMatchObject({ id: list[0]!.id, reach: 'elke dinsdag' });
    expect(await call('provisions.remove', { id: list[0]!.id })).toEqual([]);
    expect((await refusal('provisions.remove', { id: list[0]!.id })).code).toBe('provision_not_found');
  });
});

describe('the overview', () => {
  it('puts figures, words, partners and provisions side by side, as the other views compute them', async () => {
    const { id } = await session([ZUID, CENTRUM]);
    const orgs = await call('session.setOrganisations', {
      session: id,
      organisations: [{ name: 'Gemeente' }, { name: 'Sterker' }, { name: 'Bewonersraad' }],
    });
    const [a, b, c] = orgs.organisations.map((o) => o.id);
    for (const [organisation, estimate] of [
      [a, 4],
      [b, 7],
      [c, 5.5],
    ] as const)
      await call('session.setEstimate', {
        session: id,
        organisation: organisation!,
        area: ZUID,
        condition: 'cohesion',
        estimate,
      });
    await call('provisions.save', {
      area: ZUID,
      name: 'Soos',
      collective: true,
      preventive: true,
      conditions: ['cohesion'],
    });
    await call('provisions.save', {
      area: ZUID,
      name: 'Schuldhulp',
      collective: false,
      preventive: false,
      conditions: ['security', 'cohesion'],
    });

    const overview = await call('session.overview', { session: id });
    const scores = await call('scores.compute', { dataset: EXAMPLE_SURVEY });
    const words = await call('coding.words', { dataset: EXAMPLE_SURVEY, figures: EXAMPLE_SURVEY });
    const zuid = overview.areas[0]!;
    expect(zuid).toMatchObject({ code: ZUID, name: 'Nijmegen-Zuid', suppressed: false });
    const scored = scores.areas.find((area) => area.code === ZUID)!;
    const said = words.areas.find((area) => area.code === ZUID)!;
    for (const condition of ['security', 'inclusion', 'cohesion', 'empowerment'] as const) {
      expect(zuid.conditions[condition].figures).toBe(scored.scores[condition]);
      expect(zuid.conditions[condition].words).toBe(said.index[condition]);
    }
    // (4 + 7 + 5.5) / 3 = 5.5
    expect(zuid.conditions.cohesion.partners).toEqual({ mean: 5.5, min: 4, max: 7, count: 3 });
    expect(zuid.conditions.security.partners).toBeNull();
    expect([0, 1, 2, 3].map((i) => Object.values(zuid.conditions)[i]!.provisions)).toEqual([1, 0, 2, 0]);
    expect(overview.areas[1]!.conditions.cohesion.partners).toBeNull();
  });
});

describe('quotes', () => {
  it('offers the coded open answers of an area, and shows only the approved ones on the projector', async () => {
    const { id } = await session();
    const candidates = await call('session.quoteCandidates', { session: id, area: ZUID, condition: 'security' });
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((c) => c.condition === 'security' && c.area === ZUID && !c.approved)).toBe(true);
    const chosen = candidates[0]!;
    const approved = await call('session.setQuote', {
      session: id,
      dataset: chosen.dataset,
      record: chosen.record,
      condition: 'security',
      approved: true,
    });
    expect(approved.quotes).toEqual([
      { dataset: EXAMPLE_SURVEY, record: chosen.record, area: ZUID, condition: 'security', text: chosen.text },
    ]);
    expect(
      (await call('session.quoteCandidates', { session: id, area: ZUID, condition: 'security' })).filter(
        (c) => c.approved,
      ),
    ).toHaveLength(1);
    const { agenda } = await call('session.addStep', { session: id, kind: 'words', area: ZUID });
    const slide = await call('session.present', { session: id, step: agenda[0]!.id });
    expect(slide?.quotes).toEqual([{ condition: 'security', text: chosen.text }]);
    await call('session.present', { session: id, step: null });

    const taken = await call('session.setQuote', {
      session: id,
      dataset: chosen.dataset,
      record: chosen.record,
      condition: 'security',
      approved: false,
    });
    expect(taken.quotes).toEqual([]);
  });

  it('offers none of an area under the threshold, and refuses to approve one', async () => {
    const { id } = await session();
    expect(await call('session.quoteCandidates', { session: id, area: NOORD })).toEqual([]);
    // An answer of Nijmegen-Noord the auto-coder coded, read from the file as the researcher has it.
    const db = new Database(example.projectPath(), { readonly: true });
    const { id: dataset, table_name: table } = db
      .prepare('SELECT id, table_name FROM dataset WHERE name = ?')
      .get(EXAMPLE_SURVEY) as { id: number; table_name: string };
    const { column_name: area } = db
      .prepare("SELECT column_name FROM variable WHERE dataset_id = ? AND name = 'wijkcode'")
      .get(dataset) as { column_name: string };
    const coded = db
      .prepare(
        `SELECT t."_row" AS record, cc.condition_id AS condition FROM "${table}" t
           JOIN coding c ON c.record = t."_row" AND c.dataset_id = ?
           JOIN codebook_code cc ON cc.guid = c.code_guid AND cc.condition_id IS NOT NULL
          WHERE t."${area}" = ? LIMIT 1`,
      )
      .get(dataset, NOORD) as { record: number; condition: 'security' } | undefined;
    db.close();
    expect(coded).toBeDefined();
    const refused = await refusal('session.setQuote', {
      session: id,
      dataset: EXAMPLE_SURVEY,
      record: String(coded!.record),
      condition: coded!.condition,
      approved: true,
    });
    expect(refused.code).toBe('session_quote_not_candidate');
    expect((await call('session.get', { session: id })).quotes).toEqual([]);
  });
});

describe('the estimates as a dataset', () => {
  it('writes every estimate as a row of partnerschattingen, which cross-tabs can use, and rewrites it', async () => {
    // Only this test's sessions: the others' estimates would be rows too.
    for (const earlier of await call('session.list', {})) await call('session.delete', { session: earlier.id });
    const { id } = await session([ZUID]);
    const orgs = await call('session.setOrganisations', {
      session: id,
      organisations: [
        { name: 'Gemeente', role: 'gemeente' },
        { name: 'Sterker', role: 'welzijn' },
      ],
    });
    const [a, b] = orgs.organisations.map((o) => o.id);
    await call('session.setEstimate', {
      session: id,
      organisation: a!,
      area: ZUID,
      condition: 'security',
      estimate: 3,
      why: 'Schulden',
    });
    await call('session.setEstimate', {
      session: id,
      organisation: b!,
      area: ZUID,
      condition: 'security',
      estimate: 5,
    });
    await call('session.setEstimate', {
      session: id,
      organisation: b!,
      area: ZUID,
      condition: 'cohesion',
      estimate: 8,
    });
    const dataset = await call('session.estimatesDataset', {});
    expect(dataset).toMatchObject({ name: 'partnerschattingen', kind: 'survey', rows: 3, columns: 10 });
    const table = await call('crosstab.compute', {
      dataset: 'partnerschattingen',
      rows: { variable: 'organisatie' },
      cols: { variable: 'conditie' },
    });
    const grid = table.tables[0]!;
    expect(grid.rowCategories.map((c) => c.label)).toEqual(['Gemeente', 'Sterker']);
    expect(grid.colCategories.map((c) => c.label)).toEqual(['Sociaaleconomische zekerheid', 'Sociale cohesie']);
    expect(grid.counts).toEqual([
      [1, 0],
      [1, 1],
    ]);
    const variables = await call('datasets.variables', { dataset: 'partnerschattingen' });
    expect(variables).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'schatting', type: 'number', mean: 16 / 3 })]),
    );

    await call('session.setEstimate', {
      session: id,
      organisation: a!,
      area: ZUID,
      condition: 'inclusion',
      estimate: 2,
    });
    const again = await call('session.estimatesDataset', {});
    expect(again.rows).toBe(4);
    expect((await call('datasets.list', {})).filter((d) => d.name.startsWith('partnerschattingen'))).toHaveLength(1);
  });
});

describe('the estimates as a dataset, without estimates', () => {
  it('is refused, and no dataset is made', async () => {
    const empty = createInProcessHost({ rememberRecent: false });
    try {
      const folder = tempFolder();
      await empty.call('project.create', { path: path.join(folder, 'leeg.skw') });
      const none = await empty.call('session.estimatesDataset', {});
      expect(none.ok ? null : none.error.code).toBe('session_no_estimates');
      expect(none.ok ? null : none.error.message.nl).toContain('nog geen schattingen');
      const datasets = await empty.call('datasets.list', {});
      expect(datasets.ok && datasets.data).toEqual([]);
    } finally {
      empty.close();
    }
  });
});

describe('a session on a dataset without areas', () => {
  it('is refused when created, naming the dataset', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'zonder-gebied.csv');
    writeFileSync(file, 'respondent;leeftijd\r\n1;34\r\n2;51\r\n', 'utf8');
    const other = createInProcessHost({ rememberRecent: false, settingsFolder: folder });
    try {
      await other.call('project.create', { path: path.join(folder, 'p.skw') });
      const prepared = await other.call('import.prepare', { file, name: 'Zonder gebied', kind: 'survey' });
      if (!prepared.ok) throw new Error(prepared.error.message.en);
      const started = await other.call('import.start', { plan: prepared.data.plan, detected: prepared.data.detected });
      if (!started.ok) throw new Error(started.error.message.en);
      expect((await other.workbench.imports.wait(started.data.id)).state).toBe('done');
      for (const dataset of ['figuresDataset', 'wordsDataset'] as const) {
        const refused = await other.call('session.create', {
          title: 'X',
          date: '2026-12-08',
          [dataset]: 'Zonder gebied',
        });
        expect(refused.ok ? null : refused.error.code).toBe('no_area_column');
      }
      const sessions = await other.call('session.list', {});
      expect(sessions.ok && sessions.data).toEqual([]);
    } finally {
      other.close();
    }
  });
});

describe('a cross-tab on the projector', () => {
  it('leaves out the area under the threshold, which the researcher sees', async () => {
    const { id } = await session([ZUID]);
    const crosstab = { dataset: EXAMPLE_SURVEY, rows: { variable: 'wijkcode' }, cols: { variable: 'zek_rondkomen' } };
    const researcher = await call('crosstab.compute', crosstab);
    expect(JSON.stringify(researcher)).toContain('Nijmegen-Noord');
    const { agenda } = await call('session.addStep', { session: id, kind: 'crosstab', crosstab });
    const slide = await call('session.present', { session: id, step: agenda[0]!.id });
    await call('session.present', { session: id, step: null });
    expect(slide?.crosstab?.audience).toBe('partner');
    const text = JSON.stringify(slide);
    expect(text).not.toContain('Nijmegen-Noord');
    expect(text).not.toContain(NOORD);
    expect(slide?.crosstab?.tables[0]!.rowCategories.map((c) => c.label)).toContain('Nijmegen-Zuid');
  });
});

describe('every slide kind', () => {
  it('carries what its step shows: the estimates with their organisation, the provisions, the blind spot', async () => {
    const { id } = await session([ZUID]);
    const orgs = await call('session.setOrganisations', {
      session: id,
      organisations: [{ name: 'Sterker', role: 'welzijn' }],
    });
    await call('session.setEstimate', {
      session: id,
      organisation: orgs.organisations[0]!.id,
      area: ZUID,
      condition: 'inclusion',
      estimate: 6,
      why: 'Veel vrijwilligers',
    });
    const provisions = await call('provisions.list', { area: ZUID });
    const slides: Record<string, Awaited<ReturnType<typeof call<'session.slide'>>>> = {};
    for (const kind of ['profile', 'partners', 'basis', 'blindspot'] as const) {
      const { agenda } = await call('session.addStep', { session: id, kind });
      slides[kind] = await call('session.present', { session: id, step: agenda.at(-1)!.id });
    }
    await call('session.present', { session: id, step: null });
    expect(slides.partners?.estimates).toEqual([
      expect.objectContaining({
        organisationName: 'Sterker',
        role: 'welzijn',
        condition: 'inclusion',
        estimate: 6,
        why: 'Veel vrijwilligers',
      }),
    ]);
    expect(slides.partners?.provisions).toEqual([]);
    expect(slides.basis?.provisions).toEqual(provisions);
    expect(slides.basis?.estimates).toEqual([]);
    expect(slides.profile?.area?.code).toBe(ZUID);
    const area = slides.blindspot!.area!;
    expect(area.blindSpot).not.toBeNull();
    expect(area.conditions[area.blindSpot!.condition].figures ?? 0).toBeLessThan(100);
  });
});

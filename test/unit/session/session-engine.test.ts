import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Slide } from '../../../shared/session/session-types';
import { EXAMPLE_SURVEY } from '../../helpers/example-project';
import { CENTRUM, NOORD, ZUID, useExampleSessionHost } from './example-session-host';

const example = useExampleSessionHost();
const { call, refusal } = example;

/** The session's rows as the file holds them, read beside the engine. */
function stored(session: number) {
  const db = new Database(example.projectPath(), { readonly: true });
  try {
    return {
      steps: db
        .prepare('SELECT id, position, kind FROM session_step WHERE session_id = ? ORDER BY position')
        .all(session),
      undo: (db.prepare('SELECT count(*) AS n FROM session_undo WHERE session_id = ?').get(session) as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

const newSession = (title = 'Eenzaamheid in Zuid') =>
  call('session.create', {
    title,
    date: '2026-12-08',
    question: 'Hoe gaan we eenzaamheid tegen?',
    areas: [ZUID, CENTRUM],
    figuresDataset: EXAMPLE_SURVEY,
    wordsDataset: EXAMPLE_SURVEY,
  });

describe('a session and its agenda', () => {
  it('is saved at once and listed, latest date first', async () => {
    const earlier = await call('session.create', { title: 'Vooroverleg', date: '2026-11-01' });
    const session = await newSession();
    expect(session).toMatchObject({
      title: 'Eenzaamheid in Zuid',
      date: '2026-12-08',
      areas: [ZUID, CENTRUM],
      figuresDataset: EXAMPLE_SURVEY,
      steps: 0,
      agenda: [],
      canUndo: false,
    });
    const list = await call('session.list', {});
    expect(list.map((s) => s.id).indexOf(session.id)).toBeLessThan(list.map((s) => s.id).indexOf(earlier.id));
    expect(await call('session.get', { session: session.id })).toEqual(session);
  });

  it('refuses an area the figures do not have, and a session that does not exist, in both languages', async () => {
    const unknown = await refusal('session.create', {
      title: 'X',
      date: '2026-12-08',
      areas: ['WK999999'],
      figuresDataset: EXAMPLE_SURVEY,
    });
    expect(unknown.code).toBe('session_area_unknown');
    expect(unknown.message.nl).toContain('WK999999');
    expect(unknown.message.en).toContain('does not occur');
    expect((await refusal('session.get', { session: 99999 })).code).toBe('session_not_found');
    expect((await refusal('session.create', { title: 'X', date: '8-12-2026' })).code).toBe('invalid_request');
  });

  it('adds steps at a position, moves and removes them, keeping positions 0..n-1', async () => {
    const { id } = await newSession();
    const profile = await call('session.addStep', { session: id, kind: 'profile' });
    const text = await call('session.addStep', { session: id, kind: 'text', text: 'Welkom', at: 0 });
    const partners = await call('session.addStep', { session: id, kind: 'partners', area: CENTRUM });
    expect(partners.agenda.map((s) => s.kind)).toEqual(['text', 'profile', 'partners']);
    const [welcome, prof, round] = partners.agenda.map((s) => s.id);
    expect(text.agenda[0]).toMatchObject({ kind: 'text', text: 'Welkom', area: null, notes: '', actions: [] });
    expect(profile.agenda).toHaveLength(1);

    const moved = await call('session.moveStep', { session: id, step: welcome!, to: 2 });
    expect(moved.agenda.map((s) => s.id)).toEqual([prof, round, welcome]);
    expect(stored(id).steps).toEqual([
      { id: prof, position: 0, kind: 'profile' },
      { id: round, position: 1, kind: 'partners' },
      { id: welcome, position: 2, kind: 'text' },
    ]);

    const before = stored(id);
    const far = await refusal('session.moveStep', { session: id, step: prof!, to: 3 });
    expect(far.code).toBe('session_position_out_of_range');
    expect(far.message.nl).toBe('Positie 4 bestaat niet: de agenda heeft 3 stappen.');
    expect((await refusal('session.addStep', { session: id, kind: 'basis', area: NOORD })).code).toBe(
      'session_area_not_in_focus',
    );
    expect((await refusal('session.addStep', { session: id, kind: 'crosstab' })).code).toBe('session_crosstab_missing');
    expect(stored(id)).toEqual(before);

    const removed = await call('session.removeStep', { session: id, step: round! });
    expect(removed.agenda.map((s) => s.id)).toEqual([prof, welcome]);
    expect(stored(id).steps).toEqual([
      { id: prof, position: 0, kind: 'profile' },
      { id: welcome, position: 1, kind: 'text' },
    ]);
  });

  it('refuses a cross-table step whose table cannot be computed, and an area still shown by a step', async () => {
    const { id } = await newSession();
    const table = await refusal('session.addStep', {
      session: id,
      kind: 'crosstab',
      crosstab: { dataset: EXAMPLE_SURVEY, rows: { variable: 'wijkcode' }, cols: { variable: 'bestaat_niet' } },
    });
    expect(table.code).toBe('variable_not_found');
    await call('session.addStep', { session: id, kind: 'profile', area: CENTRUM });
    const inUse = await refusal('session.update', { session: id, areas: [ZUID] });
    expect(inUse.code).toBe('session_area_in_use');
    expect(inUse.message.nl).toContain('WK026801 wordt nog getoond in 1 stap');
    expect((await call('session.get', { session: id })).areas).toEqual([ZUID, CENTRUM]);
  });

  it('keeps notes and actions (wat, wie, wanneer) per step', async () => {
    const { id } = await newSession();
    const { agenda } = await call('session.addStep', { session: id, kind: 'profile' });
    const updated = await call('session.updateStep', {
      session: id,
      step: agenda[0]!.id,
      notes: 'Veel zorgen over geld',
      actions: [{ what: 'Financieel café openen', who: 'Wijkteam', when: 'maart' }],
      notesOnProjector: true,
    });
    expect(updated.agenda[0]).toMatchObject({
      notes: 'Veel zorgen over geld',
      actions: [{ what: 'Financieel café openen', who: 'Wijkteam', when: 'maart' }],
      notesOnProjector: true,
    });
  });
});

describe('organisations and estimates', () => {
  it('keeps an organisation by its id, removes one left out with its estimates, and refuses a name twice', async () => {
    const { id } = await newSession();
    const first = await call('session.setOrganisations', {
      session: id,
      organisations: [
        { name: 'Gemeente Nijmegen', role: 'gemeente' },
        { name: 'Sterker', role: 'welzijn' },
      ],
    });
    const [gemeente, sterker] = first.organisations;
    await call('session.setEstimate', {
      session: id,
      organisation: sterker!.id,
      area: ZUID,
      condition: 'cohesion',
      estimate: 4,
      why: 'Weinig ontmoeting',
    });
    const withEstimate = await call('session.setEstimate', {
      session: id,
      organisation: gemeente!.id,
      area: ZUID,
      condition: 'cohesion',
      estimate: 6.5,
    });
    expect(withEstimate.estimates).toHaveLength(2);
    expect(withEstimate.estimates.find((e) => e.organisation === sterker!.id)).toMatchObject({
      area: ZUID,
      condition: 'cohesion',
      estimate: 4,
      why: 'Weinig ontmoeting',
    });

    const renamed = await call('session.setOrganisations', {
      session: id,
      organisations: [{ id: gemeente!.id, name: 'Gemeente Nijmegen, Zuid', role: 'gemeente' }, { name: 'Buurtkracht' }],
    });
    expect(renamed.organisations.map((o) => o.name)).toEqual(['Gemeente Nijmegen, Zuid', 'Buurtkracht']);
    expect(renamed.organisations[0]!.id).toBe(gemeente!.id);
    expect(renamed.estimates).toEqual([expect.objectContaining({ organisation: gemeente!.id, estimate: 6.5 })]);

    const twice = await refusal('session.setOrganisations', {
      session: id,
      organisations: [{ name: 'Sterker' }, { name: 'sterker' }],
    });
    expect(twice.code).toBe('session_organisation_twice');
    expect((await call('session.get', { session: id })).organisations).toEqual(renamed.organisations);
    expect(
      (
        await refusal('session.setEstimate', {
          session: id,
          organisation: gemeente!.id,
          area: NOORD,
          condition: 'security',
          estimate: 5,
        })
      ).code,
    ).toBe('session_area_not_in_focus');
    expect(
      (
        await refusal('session.setEstimate', {
          session: id,
          organisation: gemeente!.id,
          area: ZUID,
          condition: 'security',
          estimate: 11,
        })
      ).code,
    ).toBe('invalid_request');
  });
});

describe('undo', () => {
  it('takes the edits back one by one, ids included, and then says there is nothing to undo', async () => {
    const created = await newSession();
    const id = created.id;
    const a = await call('session.addStep', { session: id, kind: 'profile' });
    const b = await call('session.addStep', { session: id, kind: 'text', text: 'Pauze' });
    const c = await call('session.setOrganisations', { session: id, organisations: [{ name: 'Sterker' }] });
    const d = await call('session.setEstimate', {
      session: id,
      organisation: c.organisations[0]!.id,
      area: ZUID,
      condition: 'security',
      estimate: 3,
    });
    const e = await call('session.update', { session: id, title: 'Armoede in Zuid', areas: [ZUID] });
    expect(e.title).toBe('Armoede in Zuid');
    const strip = (s: typeof a) => ({ ...s, canUndo: undefined, updatedAt: undefined });
    expect(strip(await call('session.undo', { session: id }))).toEqual(strip(d));
    expect(strip(await call('session.undo', { session: id }))).toEqual(strip(c));
    expect(strip(await call('session.undo', { session: id }))).toEqual(strip(b));
    expect(strip(await call('session.undo', { session: id }))).toEqual(strip(a));
    const original = await call('session.undo', { session: id });
    expect(original).toEqual(created);
    expect(original.canUndo).toBe(false);
    const nothing = await refusal('session.undo', { session: id });
    expect(nothing.code).toBe('session_nothing_to_undo');
    expect(nothing.message.nl).toBe('Er is in deze sessie niets om ongedaan te maken.');
  });

  it('changes only the fields an update sends', async () => {
    const session = await newSession();
    const updated = await call('session.update', { session: session.id, title: 'Eenzaamheid in Zuid en Centrum' });
    expect(updated).toMatchObject({
      title: 'Eenzaamheid in Zuid en Centrum',
      question: session.question,
      areas: session.areas,
      figuresDataset: EXAMPLE_SURVEY,
      wordsDataset: EXAMPLE_SURVEY,
    });
  });

  it('does not record a refused edit', async () => {
    const { id } = await newSession();
    await call('session.addStep', { session: id, kind: 'profile' });
    await refusal('session.update', { session: id, areas: ['WK999999'] });
    expect(stored(id).undo).toBe(1);
  });
});

describe('duplicate and delete', () => {
  it('duplicates the set-up under a new title, without the estimates, notes and actions', async () => {
    const { id } = await newSession();
    const withOrg = await call('session.setOrganisations', { session: id, organisations: [{ name: 'Sterker' }] });
    await call('session.setEstimate', {
      session: id,
      organisation: withOrg.organisations[0]!.id,
      area: ZUID,
      condition: 'security',
      estimate: 3,
    });
    const step = await call('session.addStep', { session: id, kind: 'text', text: 'Welkom' });
    await call('session.updateStep', { session: id, step: step.agenda[0]!.id, notes: 'Iedereen was er' });
    const copy = await call('session.duplicate', { session: id });
    expect(copy.id).not.toBe(id);
    expect(copy).toMatchObject({
      title: 'Eenzaamheid in Zuid (kopie)',
      areas: [ZUID, CENTRUM],
      organisations: [{ name: 'Sterker', role: '' }],
      agenda: [{ kind: 'text', text: 'Welkom', notes: '', actions: [] }],
      estimates: [],
      canUndo: false,
    });
    expect(copy.agenda[0]!.id).not.toBe(step.agenda[0]!.id);

    const list = await call('session.delete', { session: copy.id });
    expect(list.some((s) => s.id === copy.id)).toBe(false);
    expect((await refusal('session.delete', { session: copy.id })).code).toBe('session_not_found');
    expect((await call('session.get', { session: id })).estimates).toHaveLength(1);
  });
});

describe('presenting', () => {
  it('shows a step, tells the listeners, follows edits, blanks, and stops', async () => {
    const session = await newSession();
    const id = session.id;
    await call('session.addStep', { session: id, kind: 'text', text: 'Welkom bij de werkplaats' });
    const { agenda } = await call('session.addStep', { session: id, kind: 'profile', area: ZUID });
    const heard: (Slide | null)[] = [];
    const stop = example.host().workbench.onSlideChange((slide) => heard.push(slide));
    try {
      expect(await call('session.slide', {})).toBeNull();
      const first = await call('session.present', { session: id, step: agenda[0]!.id });
      expect(first).toMatchObject({
        session: { title: 'Eenzaamheid in Zuid', date: '2026-12-08', question: 'Hoe gaan we eenzaamheid tegen?' },
        index: 0,
        count: 2,
        blank: false,
        step: { kind: 'text' },
        area: null,
        text: 'Welkom bij de werkplaats',
        notes: null,
      });
      const profile = await call('session.present', { session: id, step: agenda[1]!.id });
      expect(profile?.index).toBe(1);
      expect(profile?.area).toMatchObject({ code: ZUID, name: 'Nijmegen-Zuid', suppressed: false });
      expect(profile?.area?.conditions.security.figures).toEqual(expect.any(Number));
      expect(await call('session.slide', {})).toEqual(profile);
      expect(heard).toEqual([first, profile]);

      await call('session.updateStep', { session: id, step: agenda[1]!.id, notes: 'Zorgen', notesOnProjector: true });
      expect(heard.at(-1)?.notes).toEqual({ text: 'Zorgen', actions: [] });

      const blank = await call('session.present', { session: id, step: agenda[1]!.id, blank: true });
      expect(blank?.blank).toBe(true);

      await call('session.removeStep', { session: id, step: agenda[1]!.id });
      expect(heard.at(-1)).toBeNull();
      expect(await call('session.slide', {})).toBeNull();

      await call('session.present', { session: id, step: agenda[0]!.id });
      expect(await call('session.present', { session: id, step: null })).toBeNull();
      expect(heard.at(-1)).toBeNull();
      expect((await refusal('session.present', { session: id, step: 99999 })).code).toBe('session_step_not_found');
    } finally {
      stop();
    }
  });

  it('never shows the area under the publication threshold, not its name, not its code', async () => {
    const { id } = await call('session.create', {
      title: 'Noord',
      date: '2026-12-08',
      areas: [NOORD],
      figuresDataset: EXAMPLE_SURVEY,
      wordsDataset: EXAMPLE_SURVEY,
    });
    const org = await call('session.setOrganisations', { session: id, organisations: [{ name: 'Sterker' }] });
    await call('session.setEstimate', {
      session: id,
      organisation: org.organisations[0]!.id,
      area: NOORD,
      condition: 'cohesion',
      estimate: 2,
    });
    await call('provisions.save', {
      area: NOORD,
      name: 'Koffie-ochtend',
      collective: true,
      preventive: true,
      conditions: ['cohesion'],
    });
    for (const kind of ['profile', 'words', 'partners', 'basis', 'blindspot'] as const) {
      const { agenda } = await call('session.addStep', { session: id, kind });
      const slide = await call('session.present', { session: id, step: agenda.at(-1)!.id });
      expect(slide?.area).toBeNull();
      expect(slide?.estimates).toEqual([]);
      expect(slide?.provisions).toEqual([]);
      const text = JSON.stringify(slide);
      expect(text).not.toContain('Nijmegen-Noord');
      expect(text).not.toContain(NOORD);
    }
    await call('session.present', { session: id, step: null });
    const overview = await call('session.overview', { session: id });
    expect(overview.areas[0]).toMatchObject({ code: NOORD, suppressed: true });
  });

  it('stops presenting when the project closes', async () => {
    const { id } = await newSession();
    const { agenda } = await call('session.addStep', { session: id, kind: 'text' });
    await call('session.present', { session: id, step: agenda[0]!.id });
    const heard: (Slide | null)[] = [];
    const stop = example.host().workbench.onSlideChange((slide) => heard.push(slide));
    await call('project.close', {});
    stop();
    expect(heard).toEqual([null]);
    await call('project.open', { path: example.projectPath() });
    expect(await call('session.slide', {})).toBeNull();
  });
});

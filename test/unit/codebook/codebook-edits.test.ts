import { describe, expect, it } from 'vitest';
import { palette } from '../../../shared/codebook/palette';
import { codeNamed, outline, useCodebookProjects } from './codebook-harness';

const project = useCodebookProjects();

describe('editing the codebook', () => {
  it('adds a sub-code under a domain with a new UUID v4, in both languages, as one new version', async () => {
    const { call } = await project();
    const codebook = await call('codebook.get', {});
    // Inclusion and cohesion both have a domain of this name; this is cohesion's.
    const networks = codebook.codes[2]?.children.find((code) => code.label.nl === 'sociale netwerken');
    if (!networks) throw new Error('no default codebook');

    const { guid, codebook: after } = await call('codebook.addCode', {
      parent: networks.guid,
      nl: '  Buurtbarbecue ',
      en: 'Street barbecue',
      descriptionNl: 'Ontmoeting\nop straat',
      coder: 'Anna',
    });

    expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const added = after.codes[2]?.children.find((code) => code.guid === networks.guid)?.children[0];
    expect(added).toMatchObject({
      guid,
      label: { nl: 'Buurtbarbecue', en: 'Street barbecue' },
      description: { nl: 'Ontmoeting\nop straat', en: null },
      color: null,
      effectiveColor: '#009E73',
      codable: true,
      archived: false,
    });
    expect(after.version).toBe(2);
    const [change] = await call('codebook.history', {});
    expect(change).toMatchObject({
      version: 2,
      kind: 'add',
      guid,
      label: 'Buurtbarbecue',
      coder: 'Anna',
      before: null,
    });
    expect(change?.after).toMatchObject({
      nl: 'Buurtbarbecue',
      en: 'Street barbecue',
      parent: networks.guid,
      position: 0,
    });
    expect(Date.parse(change?.changedAt ?? '')).not.toBeNaN();
  });

  it('records every change as its own version with what it was and what it became', async () => {
    const { call } = await project();
    const work = codeNamed(await call('codebook.get', {}), 'werk');
    const { guid } = await call('codebook.addCode', { parent: work.guid, nl: 'Vrijwilligerswerk' });

    await call('codebook.updateCode', {
      guid,
      nl: 'Vrijwilligerswerk en mantelzorg',
      en: 'Volunteering and informal care',
      coder: 'Bram',
    });
    await call('codebook.updateCode', { guid, descriptionNl: 'Onbetaald werk', descriptionEn: 'Unpaid work' });
    await call('codebook.updateCode', { guid, color: '#0072b2' });
    await call('codebook.updateCode', { guid, nl: 'Vrijwilligerswerk', color: '#D55E00' });
    const education = codeNamed(await call('codebook.get', {}), 'onderwijs');
    await call('codebook.moveCode', { guid, parent: education.guid, position: 0 });
    await call('codebook.addCode', { parent: education.guid, nl: 'Stage' });
    await call('codebook.moveCode', { guid, position: 1 });
    await call('codebook.archiveCode', { guid, archived: true, coder: 'Bram' });
    await call('codebook.archiveCode', { guid, archived: false });

    const history = await call('codebook.history', {});
    expect(history.map((change) => [change.version, change.kind, change.coder])).toEqual([
      [11, 'unarchive', null],
      [10, 'archive', 'Bram'],
      [9, 'move', null],
      [8, 'add', null],
      [7, 'move', null],
      [6, 'update', null],
      [5, 'recolour', null],
      [4, 'describe', null],
      [3, 'rename', 'Bram'],
      [2, 'add', null],
      [1, 'create', null],
    ]);
    const byVersion = new Map(history.map((change) => [change.version, change]));
    expect(byVersion.get(3)).toMatchObject({
      before: { nl: 'Vrijwilligerswerk', en: null },
      after: { nl: 'Vrijwilligerswerk en mantelzorg', en: 'Volunteering and informal care' },
    });
    expect(byVersion.get(4)).toMatchObject({
      before: { descriptionNl: null, descriptionEn: null },
      after: { descriptionNl: 'Onbetaald werk', descriptionEn: 'Unpaid work' },
    });
    expect(byVersion.get(5)).toMatchObject({ before: { color: null }, after: { color: '#0072B2' } });
    expect(byVersion.get(6)).toMatchObject({
      before: { nl: 'Vrijwilligerswerk en mantelzorg', color: '#0072B2' },
      after: { nl: 'Vrijwilligerswerk', color: '#D55E00' },
    });
    expect(byVersion.get(7)).toMatchObject({ before: { parent: work.guid }, after: { parent: education.guid } });
    expect(byVersion.get(9)).toMatchObject({ before: { position: 0 }, after: { position: 1 } });
    expect(byVersion.get(10)).toMatchObject({ before: { archived: false }, after: { archived: true } });
    // Only what changed is recorded.
    expect(Object.keys(byVersion.get(5)?.after ?? {})).toEqual(['color']);
    expect((await call('codebook.get', {})).version).toBe(11);
  });

  it('records nothing for a change that changes nothing', async () => {
    const { call } = await project();
    const trust = codeNamed(await call('codebook.get', {}), 'vertrouwen');
    await call('codebook.updateCode', { guid: trust.guid, nl: 'vertrouwen', color: '#009E73' });
    await call('codebook.moveCode', { guid: trust.guid, position: 0 });
    await call('codebook.archiveCode', { guid: trust.guid, archived: false });
    expect(await call('codebook.history', {})).toHaveLength(1);
  });

  it('reorders with up and down moves and keeps the order', async () => {
    const { call } = await project();
    const security = (await call('codebook.get', {})).codes[0];
    const housing = security?.children[1];
    if (!security || !housing) throw new Error('no default codebook');
    await call('codebook.moveCode', { guid: housing.guid, position: 0 });
    await call('codebook.moveCode', { guid: housing.guid, position: 99 });
    const after = await call('codebook.get', {});
    expect(outline(after.codes.slice(0, 1))).toEqual([
      {
        'Sociaaleconomische zekerheid': [
          'financiële middelen',
          'gezondheid en zorg',
          'werk',
          'onderwijs',
          'wonen en woonomgeving',
        ],
      },
    ]);
  });

  it('refuses a colour outside the palette with a message in both languages, changing nothing', async () => {
    const { call, refusal } = await project();
    const trust = codeNamed(await call('codebook.get', {}), 'vertrouwen');
    const { guid } = await call('codebook.addCode', { parent: trust.guid, nl: 'Wijkagent', color: '#F0E442' });

    for (const color of ['#FF0000', 'rood', '']) {
      const error = await refusal('codebook.updateCode', { guid, color });
      expect(error.code).toBe('codebook_color_not_in_palette');
      expect(error.message.nl).toContain(`"${color}" hoort niet bij het palet`);
      expect(error.message.nl).toContain('Blauwgroen (#009E73)');
      expect(error.message.en).toContain(`"${color}" is not in the palette`);
      expect(error.message.en).toContain('Bluish green (#009E73)');
    }
    expect((await refusal('codebook.addCode', { parent: trust.guid, nl: 'Politie', color: '#123456' })).code).toBe(
      'codebook_color_not_in_palette',
    );

    const after = await call('codebook.get', {});
    expect(codeNamed(after, 'Wijkagent').color).toBe('#F0E442');
    expect(after.version).toBe(2);
    expect(palette.map((color) => color.hex)).toContain('#F0E442');
  });

  it('lets a code follow its parent colour again', async () => {
    const { call } = await project();
    const identity = codeNamed(await call('codebook.get', {}), 'identiteit');
    const { guid } = await call('codebook.addCode', {
      parent: identity.guid,
      nl: 'Trots op de wijk',
      color: '#80CFB9',
    });
    await call('codebook.updateCode', { guid, color: null });
    expect(codeNamed(await call('codebook.get', {}), 'Trots op de wijk')).toMatchObject({
      color: null,
      effectiveColor: '#009E73',
    });
    // Choosing the parent's colour is the same as following it.
    await call('codebook.updateCode', { guid, color: '#0072B2' });
    await call('codebook.updateCode', { guid, color: '#009E73' });
    expect(codeNamed(await call('codebook.get', {}), 'Trots op de wijk').color).toBeNull();
  });

  it('keeps the four conditions in place: they cannot be archived, moved or recoloured', async () => {
    const { call, refusal } = await project();
    const cohesion = (await call('codebook.get', {})).codes[2];
    if (!cohesion) throw new Error('no default codebook');

    const archive = await refusal('codebook.archiveCode', { guid: cohesion.guid, archived: true });
    expect(archive.code).toBe('codebook_condition_fixed');
    expect(archive.message.nl).toBe(
      '"Sociale cohesie" is een van de vier condities van sociale kwaliteit en kan niet worden gearchiveerd.',
    );
    expect(archive.message.en).toBe(
      '"Sociale cohesie" is one of the four conditions of social quality and cannot be archived.',
    );
    expect((await refusal('codebook.moveCode', { guid: cohesion.guid, position: 0 })).message.nl).toContain(
      'kunnen niet worden verplaatst',
    );
    expect(
      (
        await refusal('codebook.moveCode', {
          guid: cohesion.guid,
          parent: cohesion.children[0]?.guid ?? null,
          position: 0,
        })
      ).code,
    ).toBe('codebook_condition_fixed');
    expect((await refusal('codebook.updateCode', { guid: cohesion.guid, color: '#0072B2' })).message.en).toContain(
      'its colour is the same throughout the Werkbank',
    );

    // Renaming and describing a condition are allowed.
    await call('codebook.updateCode', { guid: cohesion.guid, descriptionNl: 'Onze eigen omschrijving.' });
    const after = await call('codebook.get', {});
    expect(after.codes.map((code) => code.conditionId)).toEqual(['security', 'inclusion', 'cohesion', 'empowerment']);
    expect(after.codes[2]?.description.nl).toBe('Onze eigen omschrijving.');
    expect(after.version).toBe(2);
  });

  it('archives instead of deleting: the code and its sub-codes are hidden, kept, and come back', async () => {
    const { call, refusal } = await project();
    const health = codeNamed(await call('codebook.get', {}), 'gezondheid en zorg');
    const { guid } = await call('codebook.addCode', { parent: health.guid, nl: 'Huisarts' });
    await call('codebook.addCode', { parent: guid, nl: 'Wachttijd huisarts' });

    const archived = await call('codebook.archiveCode', { guid, archived: true });
    expect(codeNamed(archived, 'Huisarts')).toMatchObject({ archived: true });
    expect(codeNamed(archived, 'Wachttijd huisarts')).toMatchObject({ archived: false });

    const visible = await call('codebook.get', {});
    expect(codeNamed(visible, 'gezondheid en zorg').children).toEqual([]);
    const everything = await call('codebook.get', { includeArchived: true });
    expect(codeNamed(everything, 'Huisarts').children.map((code) => code.label.nl)).toEqual(['Wachttijd huisarts']);

    const underArchived = await refusal('codebook.addCode', { parent: guid, nl: 'Praktijkondersteuner' });
    expect(underArchived.code).toBe('codebook_parent_archived');
    expect(underArchived.message.nl).toContain('"Huisarts" is gearchiveerd');

    await call('codebook.archiveCode', { guid, archived: false });
    expect(codeNamed(await call('codebook.get', {}), 'Wachttijd huisarts').archived).toBe(false);
  });

  it('refuses to move a code under itself or one of its sub-codes', async () => {
    const { call, refusal } = await project();
    const work = codeNamed(await call('codebook.get', {}), 'werk');
    const { guid: parent } = await call('codebook.addCode', { parent: work.guid, nl: 'Baan' });
    const { guid: child } = await call('codebook.addCode', { parent, nl: 'Flexwerk' });
    const error = await refusal('codebook.moveCode', { guid: parent, parent: child, position: 0 });
    expect(error.code).toBe('codebook_move_into_itself');
    expect(error.message.en).toBe(
      '"Baan" cannot go under "Flexwerk": that is the code itself or one of its sub-codes.',
    );
    expect((await call('codebook.get', {})).version).toBe(3);
  });

  it('refuses an unknown code, and an empty name through the contract', async () => {
    const { refusal } = await project();
    const unknown = await refusal('codebook.updateCode', { guid: '00000000-0000-4000-8000-000000000000', nl: 'x' });
    expect(unknown.code).toBe('codebook_code_not_found');
    expect(
      (await refusal('codebook.addCode', { parent: '00000000-0000-4000-8000-000000000000', nl: '   ' })).code,
    ).toBe('invalid_request');
  });
});

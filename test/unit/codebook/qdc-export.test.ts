import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { conditions } from '../../../shared/conditions';
import type { Codebook } from '../../../shared/codebook/codebook-types';
import { allCodes, codeNamed, fixtures, useCodebookProjects, type CodebookProject } from './codebook-harness';
import { childElements, parseXml } from './parse-xml';

const project = useCodebookProjects();
const QDC = 'urn:QDA-XML:codebook:1.0';

/** A codebook a team could have after a while: most kinds of change, an archived code and imported sets. */
async function workedOnCodebook(p: CodebookProject): Promise<void> {
  const { call } = p;
  await call('codebook.importQdc', { path: path.join(fixtures, 'atlas-ti-style.qdc') });
  const codebook = await call('codebook.get', {});
  const networks = codebook.codes[2]?.children.find((code) => code.label.nl === 'sociale netwerken');
  if (!networks) throw new Error('no default codebook');
  const { guid: club } = await call('codebook.addCode', {
    parent: networks.guid,
    nl: 'Sportclub & "kantine" <zaterdag>',
    en: 'Sports club',
    descriptionNl: 'Eerste regel\n\nTweede alinea',
    descriptionEn: 'First line\nsecond line',
    color: '#80CFB9',
  });
  await call('codebook.addCode', { parent: club, nl: 'Vrijwilligers van de club', en: 'Club volunteers' });
  await call('codebook.addCode', { parent: club, nl: 'Contributie', color: '#0072B2' });
  const cohesion = codebook.codes[2];
  if (!cohesion) throw new Error('no default codebook');
  const { guid: direct } = await call('codebook.addCode', {
    parent: cohesion.guid,
    nl: 'Buurtpreventie',
    descriptionEn: 'Neighbourhood watch',
  });
  await call('codebook.moveCode', { guid: direct, position: 0 });
  await call('codebook.updateCode', { guid: codeNamed(codebook, 'werk').guid, nl: 'betaald werk', en: 'paid work' });
  const { guid: archived } = await call('codebook.addCode', {
    parent: codeNamed(codebook, 'onderwijs').guid,
    nl: 'Laaggeletterdheid',
  });
  await call('codebook.addCode', { parent: archived, nl: 'Taalcafé' });
  await call('codebook.archiveCode', { guid: archived, archived: true });
  await call('codebook.moveCode', {
    guid: codeNamed(codebook, 'Schulden').guid,
    parent: codeNamed(codebook, 'financiële middelen').guid,
    position: 0,
  });
}

function withoutVersion(codebook: Codebook): Omit<Codebook, 'version'> {
  const { version: _version, ...rest } = codebook;
  return rest;
}

describe('REFI-QDA codebook export (.qdc)', () => {
  it('writes a CodeBook in the REFI-QDA codebook namespace with the conditions as top-level codes', async () => {
    const p = await project();
    const file = path.join(p.folder, 'codeboek.qdc');
    const result = await p.call('codebook.exportQdc', { path: file });
    expect(result).toEqual({ path: file, codes: 22, sets: 0 });

    const xml = readFileSync(file, 'utf8');
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
    const root = parseXml(xml).documentElement;
    expect(root.localName).toBe('CodeBook');
    expect(root.namespaceURI).toBe(QDC);
    expect(root.getAttribute('origin')).toMatch(/^Werkbank Sociale Kwaliteit \d+\.\d+\.\d+/);
    // The schema's sequence: Codes, then (optional) Sets.
    expect(childElements(root).map((element) => element.localName)).toEqual(['Codes']);
    for (const element of Array.from(root.getElementsByTagName('*'))) expect(element.namespaceURI).toBe(QDC);

    const [codes] = childElements(root, 'Codes');
    const top = childElements(codes as Element);
    expect(top.map((code) => code.localName)).toEqual(['Code', 'Code', 'Code', 'Code']);
    top.forEach((code, index) => {
      const condition = conditions[index];
      if (!condition) throw new Error('four conditions');
      expect(code.getAttribute('guid')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(code.getAttribute('name')).toBe(condition.label.nl);
      expect(code.getAttribute('isCodable')).toBe('true');
      expect(code.getAttribute('color')).toBe(condition.color);
      // The schema wants the description first, then the sub-codes.
      const [first, ...rest] = childElements(code);
      expect(first?.localName).toBe('Description');
      expect(first?.textContent).toContain(condition.value.nl);
      expect(first?.textContent).toContain(`[EN] ${condition.label.en}\n`);
      expect(rest.map((domain) => domain.getAttribute('name'))).toEqual(condition.domains.map((domain) => domain.nl));
      expect(
        rest.every(
          (domain) => domain.getAttribute('color') === condition.color && domain.getAttribute('isCodable') === 'true',
        ),
      ).toBe(true);
    });
  });

  it('nests sub-codes, keeps names and descriptions exact, writes sets, and leaves archived codes out', async () => {
    const p = await project();
    await workedOnCodebook(p);
    const file = path.join(p.folder, 'uitwisseling');
    const result = await p.call('codebook.exportQdc', { path: file });
    expect(result.path).toBe(`${file}.qdc`);

    const document = parseXml(readFileSync(result.path, 'utf8'));
    const byName = (name: string) =>
      Array.from(document.getElementsByTagName('Code')).find((code) => code.getAttribute('name') === name);
    const club = byName('Sportclub & "kantine" <zaterdag>');
    expect(club?.parentElement?.getAttribute('name')).toBe('sociale netwerken');
    expect(club?.parentElement?.parentElement?.getAttribute('name')).toBe('Sociale cohesie');
    expect(club?.getAttribute('color')).toBe('#80CFB9');
    expect(childElements(club as Element, 'Description')[0]?.textContent).toBe(
      'Eerste regel\n\nTweede alinea\n\n[EN] Sports club\nFirst line\nsecond line',
    );
    expect(
      childElements(club as Element, 'Code').map((code) => [code.getAttribute('name'), code.getAttribute('color')]),
    ).toEqual([
      ['Vrijwilligers van de club', '#80CFB9'],
      ['Contributie', '#0072B2'],
    ]);
    expect(childElements(byName('Sociale cohesie') as Element, 'Code')[0]?.getAttribute('name')).toBe('Buurtpreventie');
    expect(childElements(byName('Buurtpreventie') as Element, 'Description')[0]?.textContent).toBe(
      '[EN]\nNeighbourhood watch',
    );
    expect(byName('Laaggeletterdheid')).toBeUndefined();
    expect(byName('Taalcafé')).toBeUndefined();
    expect(byName('Armoede')?.parentElement?.localName).toBe('Codes');

    const sets = childElements(childElements(document.documentElement, 'Sets')[0] as Element, 'Set');
    expect(sets.map((set) => set.getAttribute('name'))).toEqual(['Signalen van de sociale basis', 'Geld']);
    expect(childElements(sets[0] as Element, 'Description')[0]?.textContent).toBe(
      'Codes die welzijnswerkers in hun verslagen gebruiken.',
    );
    expect(childElements(sets[1] as Element, 'MemberCode').map((member) => member.getAttribute('guid'))).toEqual([
      '3f2a9c41-7b5e-4d0a-9e61-2c8b5d7a1e03',
      'c05b7d93-2e6f-4a18-8d4c-9b3e1f7a2d60',
      '5b8c2e6d-1a4f-4b97-8c3d-7e2a9f6b1c58',
    ]);
  });

  it('re-imports into a fresh project as the same codebook, and exports the same file again', async () => {
    const original = await project('origineel');
    await workedOnCodebook(original);
    const exported = path.join(original.folder, 'codeboek.qdc');
    await original.call('codebook.exportQdc', { path: exported });

    const copy = await project('kopie');
    const summary = await copy.call('codebook.importQdc', { path: exported, coder: 'Anna' });
    // The default codes are there already; only "werk", renamed in the original, differs.
    expect(summary).toMatchObject({
      origin: expect.stringMatching(/^Werkbank Sociale Kwaliteit/),
      updated: 1,
      unchanged: 21,
      setsAdded: 2,
      warnings: [],
    });
    expect(summary.added).toBe(allCodes((await original.call('codebook.get', {})).codes).length - 22);

    expect(withoutVersion(await copy.call('codebook.get', {}))).toEqual(
      withoutVersion(await original.call('codebook.get', {})),
    );
    const again = path.join(copy.folder, 'opnieuw.qdc');
    await copy.call('codebook.exportQdc', { path: again });
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(exported, 'utf8'));
    expect((await copy.call('codebook.history', {}))[0]).toMatchObject({
      kind: 'import',
      coder: 'Anna',
      after: { file: exported },
    });
  });

  it('changes nothing when its own export is imported again', async () => {
    const p = await project();
    await workedOnCodebook(p);
    const before = await p.call('codebook.get', { includeArchived: true });
    const file = path.join(p.folder, 'codeboek.qdc');
    await p.call('codebook.exportQdc', { path: file });

    const summary = await p.call('codebook.importQdc', { path: file });
    expect(summary).toMatchObject({ added: 0, updated: 0, setsAdded: 0, setsUpdated: 0 });
    expect(summary.codebook).toEqual(before);
  });

  it('overwrites an existing file only when asked to', async () => {
    const p = await project();
    const file = path.join(p.folder, 'codeboek.qdc');
    writeFileSync(file, 'ouder bestand');
    const refused = await p.refusal('codebook.exportQdc', { path: file });
    expect(refused.code).toBe('file_exists');
    expect(refused.message.nl).toContain(file);
    expect(readFileSync(file, 'utf8')).toBe('ouder bestand');

    await p.call('codebook.exportQdc', { path: file, overwrite: true });
    expect(readFileSync(file, 'utf8')).toContain('<CodeBook');
    expect(existsSync(`${file}.writing`)).toBe(false);

    const missingFolder = await p.refusal('codebook.exportQdc', {
      path: path.join(p.folder, 'bestaat-niet', 'codeboek.qdc'),
    });
    expect(missingFolder.code).toBe('cannot_write');
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeNamed, fixtures, outline, useCodebookProjects, type CodebookProject } from './codebook-harness';

const project = useCodebookProjects();
const fixture = (name: string) => path.join(fixtures, name);

/** The codes after the four conditions: what an import from another program added. */
async function importedOutline(p: CodebookProject): Promise<unknown[]> {
  return outline((await p.call('codebook.get', {})).codes.slice(4));
}

describe('REFI-QDA codebook import (.qdc)', () => {
  it('reads a codebook written the way ATLAS.ti writes it: nested codes, colours and code groups as sets', async () => {
    const p = await project();
    const summary = await p.call('codebook.importQdc', { path: fixture('atlas-ti-style.qdc'), coder: 'Anna' });
    expect(summary).toMatchObject({
      origin: 'ATLAS.ti Win 23.4.0',
      added: 7,
      updated: 0,
      unchanged: 0,
      setsAdded: 2,
      warnings: [],
    });

    expect(await importedOutline(p)).toEqual([
      { Armoede: ['Schulden', 'Energiearmoede'] },
      { Eenzaamheid: ['Ontmoetingsplekken', 'Kosten van meedoen'] },
      'Vertrouwen in de gemeente',
    ]);
    const codebook = await p.call('codebook.get', {});
    expect(codeNamed(codebook, 'Armoede')).toMatchObject({
      guid: '3f2a9c41-7b5e-4d0a-9e61-2c8b5d7a1e03',
      color: '#D55E00',
      description: { nl: 'Alles over rondkomen en geldzorgen.', en: null },
    });
    // In its parent's colour, a code follows its parent; another colour is its own, also one outside our palette.
    expect(codeNamed(codebook, 'Schulden')).toMatchObject({ color: null, effectiveColor: '#D55E00' });
    expect(codeNamed(codebook, 'Energiearmoede')).toMatchObject({ color: '#E69F00', codable: true });
    expect(codeNamed(codebook, 'Kosten van meedoen')).toMatchObject({ color: '#46AA00' });
    expect(codebook.sets).toEqual([
      {
        guid: '9e1d4b7c-3a6f-4c82-a9d5-6b2e8f4c1a39',
        name: 'Signalen van de sociale basis',
        description: 'Codes die welzijnswerkers in hun verslagen gebruiken.',
        members: [codeNamed(codebook, 'Schulden').guid, codeNamed(codebook, 'Ontmoetingsplekken').guid],
      },
      {
        guid: '4a7b2d9e-8c1f-4e56-b3a0-9d6c2e7f5b14',
        name: 'Geld',
        description: null,
        members: [
          codeNamed(codebook, 'Armoede').guid,
          codeNamed(codebook, 'Energiearmoede').guid,
          codeNamed(codebook, 'Kosten van meedoen').guid,
        ],
      },
    ]);
    const [change] = await p.call('codebook.history', {});
    expect(change).toMatchObject({
      version: 2,
      kind: 'import',
      coder: 'Anna',
      before: { codes: [] },
      after: { file: fixture('atlas-ti-style.qdc'), setsAdded: 2 },
    });
  });

  it('reads a codebook written the way MAXQDA writes it: line breaks in memos, accents and umlauts', async () => {
    const p = await project();
    const summary = await p.call('codebook.importQdc', { path: fixture('maxqda-style.qdc') });
    expect(summary).toMatchObject({ origin: 'MAXQDA 2022 (Release 22.4.0)', added: 6, warnings: [] });

    expect(await importedOutline(p)).toEqual([
      { 'Wonen & woonomgeving': ['Overlast', 'Buren'] },
      { 'Ontmoeting in het café': ['Über-Treffen (Mülheim)', 'Koffieochtend bij de bibliothèque'] },
    ]);
    const codebook = await p.call('codebook.get', {});
    expect(codeNamed(codebook, 'Wonen & woonomgeving')).toMatchObject({
      color: '#0072B2',
      description: { nl: 'Alles over de woning en de straat.\nOok: overlast, onderhoud, groen.' },
    });
    expect(codeNamed(codebook, 'Overlast').description.nl).toBe(
      'Geluid, vervuiling, hangjongeren.\nLet op: niet voor burenruzies (zie "Buren").',
    );
    expect(codeNamed(codebook, 'Ontmoeting in het café').description.nl).toBe(
      'Café, buurtrestaurant, sportkantine – plekken waar je elkaar tegenkomt.\n\nBron: gesprekken met de wijkcoaches.',
    );
    expect(codeNamed(codebook, 'Über-Treffen (Mülheim)')).toMatchObject({
      color: '#CC79A7',
      guid: '8f1b4d7e-2a6c-4e93-9d5b-6e3a8c1f2b47',
    });
    expect(codeNamed(codebook, 'Buren')).toMatchObject({ color: null, effectiveColor: '#0072B2' });
  });

  it('reads a codebook written the way QualCoder writes it: flat codes, and categories that cannot be coded with', async () => {
    const p = await project();
    const summary = await p.call('codebook.importQdc', { path: fixture('qualcoder-style.qdc') });
    expect(summary).toMatchObject({ origin: 'QualCoder', added: 10, warnings: [] });

    expect(await importedOutline(p)).toEqual([
      'Citaat',
      'Opvallend',
      { 'Zorg en welzijn': ['Mantelzorg', 'Wachtlijsten', { Toegang: ['Loket', 'Digitale drempels'] }] },
      { 'Werk en inkomen': ['Bijstand'] },
    ]);
    const codebook = await p.call('codebook.get', {});
    expect(codeNamed(codebook, 'Zorg en welzijn')).toMatchObject({
      codable: false,
      color: null,
      effectiveColor: null,
      description: { nl: 'Categorie voor alles over hulp en ondersteuning.' },
    });
    expect(codeNamed(codebook, 'Toegang')).toMatchObject({ codable: false });
    expect(codeNamed(codebook, 'Mantelzorg')).toMatchObject({ codable: true, color: '#009E73' });
    expect(codeNamed(codebook, 'Citaat')).toMatchObject({ codable: true, color: '#F0E442', description: { nl: null } });
  });

  it('merges by GUID: known codes are updated and moved, new ones added, and the change is one version', async () => {
    const p = await project();
    await p.call('codebook.importQdc', { path: fixture('atlas-ti-style.qdc') });
    const before = await p.call('codebook.get', {});
    const trustDomain = codeNamed(before, 'vertrouwen');
    const edited = readFileSync(fixture('atlas-ti-style.qdc'), 'utf8')
      .replace('name="Armoede"', 'name="Armoede en bestaanszekerheid"')
      .replace(
        '<Code guid="2C6F8A1D-4E9B-4D35-B7A2-8F5C3E1D9B70" name="Vertrouwen in de gemeente" color="#CC79A7" isCodable="true" />',
        '',
      )
      .replace(
        '<Code guid="C05B7D93-2E6F-4A18-8D4C-9B3E1F7A2D60" name="Energiearmoede" color="#E69F00" isCodable="true" />',
        '<Code guid="C05B7D93-2E6F-4A18-8D4C-9B3E1F7A2D60" name="Energiearmoede" color="#E69F00" isCodable="true" /><Code guid="0D2E4F6A-8B1C-4D3E-9F5A-7B9C1D3E5F70" name="Huurachterstand" color="#D55E00" isCodable="true" />',
      )
      .replace(
        '</Codes>',
        `<Code guid="${trustDomain.guid.toUpperCase()}" name="vertrouwen" isCodable="true" color="#009E73"><Code guid="2C6F8A1D-4E9B-4D35-B7A2-8F5C3E1D9B70" name="Vertrouwen in de gemeente" color="#CC79A7" isCodable="true" /></Code></Codes>`,
      );
    const file = path.join(p.folder, 'bijgewerkt.qdc');
    writeFileSync(file, edited);

    const summary = await p.call('codebook.importQdc', { path: file });
    expect(summary).toMatchObject({ added: 1, updated: 2, setsUpdated: 0, warnings: [] });
    const after = summary.codebook;
    expect(after.version).toBe(before.version + 1);
    expect(codeNamed(after, 'Armoede en bestaanszekerheid').children.map((code) => code.label.nl)).toEqual([
      'Schulden',
      'Energiearmoede',
      'Huurachterstand',
    ]);
    // The domain the file has at its top level stays under its condition.
    expect(after.codes[2]?.children.map((code) => code.label.nl)).toContain('vertrouwen');
    expect(codeNamed(after, 'vertrouwen').children.map((code) => code.label.nl)).toEqual(['Vertrouwen in de gemeente']);

    const [change] = await p.call('codebook.history', {});
    if (change?.kind !== 'import') throw new Error('no import recorded');
    expect(change.before.codes).toEqual(
      expect.arrayContaining([
        { guid: '3f2a9c41-7b5e-4d0a-9e61-2c8b5d7a1e03', nl: 'Armoede' },
        expect.objectContaining({ guid: '2c6f8a1d-4e9b-4d35-b7a2-8f5c3e1d9b70', parent: null }),
      ]),
    );
    expect(change.after.codes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ guid: '0d2e4f6a-8b1c-4d3e-9f5a-7b9c1d3e5f70', nl: 'Huurachterstand' }),
      ]),
    );
  });

  it('keeps the conditions at the top in their own colour, and says so', async () => {
    const p = await project();
    const file = path.join(p.folder, 'condities.qdc');
    await p.call('codebook.exportQdc', { path: file });
    // As another program might write it back: the condition made a category, recoloured, and nested.
    const cohesion = /<Code guid="2998f1de[^"]*" name="Sociale cohesie" isCodable="true" color="#009E73">/;
    const edited = readFileSync(file, 'utf8').replace(cohesion, (tag) =>
      tag.replace('isCodable="true"', 'isCodable="false"').replace('#009E73', '#FF0000'),
    );
    writeFileSync(
      file,
      edited.replace(
        '</Codes>',
        '<Code guid="0D2E4F6A-8B1C-4D3E-9F5A-7B9C1D3E5F70" name="Nieuw" isCodable="true"/></Codes>',
      ),
    );

    const summary = await p.call('codebook.importQdc', { path: file });
    expect(summary).toMatchObject({ added: 1, updated: 0, unchanged: 22 });
    expect(summary.warnings).toEqual([
      {
        nl: '"Sociale cohesie" is een conditie en houdt haar kleur #009E73; #FF0000 uit het bestand is niet overgenomen.',
        en: '"Sociale cohesie" is a condition and keeps its colour #009E73; #FF0000 from the file was not taken over.',
      },
    ]);
    expect(summary.codebook.codes[2]).toMatchObject({ color: '#009E73', codable: true });
  });

  it('keeps the English labels when a file from another program has none', async () => {
    const p = await project();
    const trust = codeNamed(await p.call('codebook.get', {}), 'vertrouwen');
    const file = path.join(p.folder, 'zonder-engels.qdc');
    writeFileSync(
      file,
      `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="${trust.guid}" name="vertrouwen in elkaar" isCodable="true"><Description>Onderling vertrouwen.</Description></Code></Codes></CodeBook>`,
    );
    const summary = await p.call('codebook.importQdc', { path: file });
    expect(codeNamed(summary.codebook, 'vertrouwen in elkaar')).toMatchObject({
      label: { nl: 'vertrouwen in elkaar', en: 'trust' },
      description: { nl: 'Onderling vertrouwen.', en: null },
    });
    expect(summary.codebook.codes[2]?.children[0]?.guid).toBe(trust.guid);
  });

  describe('refuses what is not a REFI-QDA codebook, naming the file, and changes nothing', () => {
    async function refusedImport(content: string | Buffer, name = 'kapot.qdc') {
      const p = await project();
      await p.call('codebook.importQdc', { path: fixture('qualcoder-style.qdc') });
      const before = await p.call('codebook.get', { includeArchived: true });
      const history = await p.call('codebook.history', {});
      const file = path.join(p.folder, name);
      writeFileSync(file, content);
      const error = await p.refusal('codebook.importQdc', { path: file });
      expect(await p.call('codebook.get', { includeArchived: true })).toEqual(before);
      expect(await p.call('codebook.history', {})).toEqual(history);
      expect(error.message.nl).toContain(file);
      expect(error.message.en).toContain(file);
      return error;
    }

    it('malformed XML, with the line', async () => {
      const error = await refusedImport(
        '<?xml version="1.0"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n<Codes>\n<Code guid="x" name="a">\n</Codes>\n</CodeBook>\n',
      );
      expect(error.code).toBe('codebook_qdc_malformed');
      expect(error.message.nl).toMatch(/kapot\.qdc, regel 5: geen geldig XML \(.+\)\. Er is niets geïmporteerd\.$/);
      expect(error.message.en).toMatch(/kapot\.qdc, line 5: not well-formed XML \(.+\)\. Nothing was imported\.$/);
    });

    it('a wrong namespace, or none', async () => {
      const wrong = await refusedImport(
        '<CodeBook xmlns="urn:QDA-XML:project:1.0"><Codes><Code guid="3f2a9c41-7b5e-4d0a-9e61-2c8b5d7a1e03" name="a" isCodable="true"/></Codes></CodeBook>',
      );
      expect(wrong.code).toBe('codebook_qdc_wrong_namespace');
      expect(wrong.message.en).toContain(
        'belongs in the REFI-QDA namespace urn:QDA-XML:codebook:1.0, but has urn:QDA-XML:project:1.0',
      );
      const none = await refusedImport(
        '<CodeBook><Codes><Code guid="3f2a9c41-7b5e-4d0a-9e61-2c8b5d7a1e03" name="a" isCodable="true"/></Codes></CodeBook>',
      );
      expect(none.message.nl).toContain('heeft geen naamruimte');
    });

    it('a REFI-QDA project instead of a codebook', async () => {
      const project = await refusedImport(
        '<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes/></CodeBook></Project>',
        'project.qde',
      );
      expect(project.code).toBe('codebook_qdc_not_codebook');
      expect(project.message.nl).toContain('een <Project>-element in plaats van <CodeBook>');
      const zip = await refusedImport(Buffer.from('PK\u0003\u0004\u0014\u0000rest of a zip', 'latin1'), 'project.qdpx');
      expect(zip.message.en).toContain('a zip archive, such as a project (.qdpx)');
    });

    it('codes without a GUID, with a malformed one, or with one twice', async () => {
      const codebook = (codes: string) =>
        `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${codes}</Codes></CodeBook>`;
      expect((await refusedImport(codebook('<Code name="Zonder guid" isCodable="true"/>'))).message.nl).toContain(
        'de code "Zonder guid" heeft geen guid',
      );
      expect(
        (await refusedImport(codebook('<Code guid="0050AEC3" name="Kort" isCodable="true"/>'))).message.en,
      ).toContain('the guid "0050AEC3" is not a valid GUID');
      const twice =
        '<Code guid="3f2a9c41-7b5e-4d0a-9e61-2c8b5d7a1e03" name="a" isCodable="true"/><Code guid="{3F2A9C41-7B5E-4D0A-9E61-2C8B5D7A1E03}" name="b" isCodable="true"/>';
      expect((await refusedImport(codebook(twice))).code).toBe('codebook_qdc_invalid');
      expect((await refusedImport(codebook(''))).message.en).toContain('has no <Codes> element with codes');
    });

    it('a file that does not exist', async () => {
      const p = await project();
      const error = await p.refusal('codebook.importQdc', { path: path.join(p.folder, 'nergens.qdc') });
      expect(error.code).toBe('file_not_found');
    });
  });
});

describe('REFI-QDA codebook files in other encodings', () => {
  it.each([
    [
      'UTF-8 with a byte-order mark',
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(
          '<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="0d2e4f6a-8b1c-4d3e-9f5a-7b9c1d3e5f70" name="Café" isCodable="true"/></Codes></CodeBook>',
          'utf8',
        ),
      ]),
    ],
    [
      'UTF-16 with a byte-order mark',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(
          '<?xml version="1.0" encoding="utf-16"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="0d2e4f6a-8b1c-4d3e-9f5a-7b9c1d3e5f70" name="Café" isCodable="true"/></Codes></CodeBook>',
          'utf16le',
        ),
      ]),
    ],
    [
      'Windows-1252, as declared',
      Buffer.from(
        '<?xml version="1.0" encoding="windows-1252"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="0d2e4f6a-8b1c-4d3e-9f5a-7b9c1d3e5f70" name="Café" isCodable="true"/></Codes></CodeBook>',
        'latin1',
      ),
    ],
  ])('%s', async (_encoding, bytes) => {
    const p = await project();
    const file = path.join(p.folder, 'codeboek.qdc');
    writeFileSync(file, bytes);
    const summary = await p.call('codebook.importQdc', { path: file });
    expect(codeNamed(summary.codebook, 'Café').guid).toBe('0d2e4f6a-8b1c-4d3e-9f5a-7b9c1d3e5f70');
  });
});

describe('an import that would put a code under itself', () => {
  it('is refused before anything changes', async () => {
    const p = await project();
    const work = codeNamed(await p.call('codebook.get', {}), 'werk');
    const { guid: job } = await p.call('codebook.addCode', { parent: work.guid, nl: 'Baan' });
    const { guid: flex } = await p.call('codebook.addCode', { parent: job, nl: 'Flexwerk' });
    // The file keeps "Baan" at its top level (so it stays under "werk") but puts "werk" under "Flexwerk".
    const file = path.join(p.folder, 'kring.qdc');
    writeFileSync(
      file,
      `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="${job}" name="Baan" isCodable="true"><Code guid="${flex}" name="Flexwerk" isCodable="true"><Code guid="${work.guid}" name="werk" isCodable="true"/></Code></Code></Codes></CodeBook>`,
    );
    const before = await p.call('codebook.get', {});
    const error = await p.refusal('codebook.importQdc', { path: file });
    expect(error.code).toBe('codebook_qdc_invalid');
    expect(error.message.en).toContain('the code "');
    expect(await p.call('codebook.get', {})).toEqual(before);
  });
});

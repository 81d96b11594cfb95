import { afterEach, describe, expect, it } from 'vitest';
import type {
  AutocodeSummary,
  CodingPage,
  CodingProfile,
  KeywordDictionary,
} from '../../../shared/coding/coding-types';
import { useTempFolder } from '../../helpers/temp-folder';
import type { Engine } from '../import-engine/engine-harness';
import { DATASET, TEXT, code, surveyProject } from './coding-fixture';

const tempFolder = useTempFolder();
const engines: Engine[] = [];
afterEach(() => engines.splice(0).forEach((engine) => engine.close()));

async function project() {
  const made = await surveyProject(tempFolder(), 6);
  engines.push(made.engine);
  return made.engine;
}

const suggestions = async (engine: Engine) =>
  (await engine.call<CodingPage>('coding.page', { dataset: DATASET, coder: 'suggesties', textColumn: TEXT })).rows.map(
    (row) => row.codes,
  );

describe('keyword suggestions', () => {
  it('starts with the built-in Dutch dictionary, keyed by the codebook’s codes', async () => {
    const engine = await project();
    const dictionary = await engine.call<KeywordDictionary>('keywords.get');
    expect(dictionary.customised).toBe(false);
    expect(dictionary.entries.find((entry) => entry.code === code.work)?.patterns).toContain('werk');
    expect(dictionary.entries.every((entry) => /^[0-9a-f-]{36}$/.test(entry.code))).toBe(true);
  });

  it('auto-codes every record as the coder `suggesties`, each hit with its condition', async () => {
    const engine = await project();
    const summary = await engine.call<AutocodeSummary>('coding.autocode', { dataset: DATASET, textColumn: TEXT });
    expect(summary).toEqual({
      coder: 'suggesties',
      records: 6,
      withoutText: 0,
      suggested: 5,
      codings: expect.any(Number),
    });
    const codes = await suggestions(engine);
    // "Meer betaalbare huurwoningen en hulp bij schulden." → security (financial resources, housing)
    expect(codes[0]).toContain(code.security);
    // "Een buurthuis waar je buren kunt ontmoeten." → cohesion
    expect(codes[1]).toContain(code.cohesion);
    // "Betere informatie over voorzieningen voor ouderen." → inclusion
    expect(codes[2]).toContain(code.inclusion);
    // "Meer invloed van bewoners op plannen van de gemeente." → empowerment
    expect(codes[3]).toContain(code.empowerment);
    // "Niets, het is hier prima." → coded, with nothing
    expect(codes[5]).toEqual([]);
    // Running it again replaces its codings instead of adding to them.
    await engine.call('coding.autocode', { dataset: DATASET, textColumn: TEXT });
    expect(await suggestions(engine)).toEqual(codes);
  });

  it('leaves records without text uncoded, so they do not dilute the profile', async () => {
    const made = await surveyProject(tempFolder(), 6, (i) => (i % 2 === 0 ? '  ' : 'Ik zoek werk.'));
    engines.push(made.engine);
    const summary = await made.engine.call<AutocodeSummary>('coding.autocode', { dataset: DATASET, textColumn: TEXT });
    expect(summary).toMatchObject({ records: 3, withoutText: 3, suggested: 3 });
    const profile = await made.engine.call<CodingProfile>('coding.profile', { dataset: DATASET, coder: 'suggesties' });
    expect(profile.overall).toEqual({ coded: 3, shares: { security: 1, inclusion: 0, cohesion: 0, empowerment: 0 } });
  });

  it('suggests no archived code', async () => {
    const engine = await project();
    await engine.call('codebook.archiveCode', { guid: code.work, archived: true });
    expect((await engine.call<KeywordDictionary>('keywords.get')).entries.map((entry) => entry.code)).not.toContain(
      code.work,
    );
    await engine.call('coding.autocode', { dataset: DATASET, textColumn: TEXT });
    const page = await engine.call<CodingPage>('coding.page', {
      dataset: DATASET,
      coder: 'suggesties',
      textColumn: TEXT,
      filter: { code: code.work },
    });
    expect(page.matching).toBe(0);
    expect(await engine.result('keywords.set', { code: code.work, patterns: ['baan'] })).toMatchObject({
      ok: false,
      error: { code: 'code_not_codable' },
    });
  });

  it('uses the project’s own dictionary once changed, refuses a bad pattern, and can go back', async () => {
    const engine = await project();
    const changed = await engine.call<KeywordDictionary>('keywords.set', {
      code: code.trust,
      patterns: ['Prima', 'vertrouw*'],
    });
    expect(changed.customised).toBe(true);
    expect(changed.entries.find((entry) => entry.code === code.trust)?.patterns).toEqual(['prima', 'vertrouw*']);
    // The rest of the built-in dictionary came along.
    expect(changed.entries.find((entry) => entry.code === code.work)?.patterns).toContain('werk');
    await engine.call('coding.autocode', { dataset: DATASET, textColumn: TEXT });
    expect((await suggestions(engine))[5]!.sort()).toEqual([code.cohesion, code.trust].sort());

    const bad = await engine.result('keywords.set', { code: code.trust, patterns: ['goed', 'a*'] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'keyword_invalid' } });
    expect(bad.ok === false && bad.error.message.nl).toContain('"a*"');
    expect(
      (await engine.call<KeywordDictionary>('keywords.get')).entries.find((entry) => entry.code === code.trust)
        ?.patterns,
    ).toEqual(['prima', 'vertrouw*']);

    expect((await engine.call<KeywordDictionary>('keywords.reset')).customised).toBe(false);
  });
});

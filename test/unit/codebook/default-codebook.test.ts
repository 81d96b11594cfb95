import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { conditions } from '../../../shared/conditions';
import { defaultCodebook, type DefaultCode } from '../../../shared/codebook/default-codebook';
import type { CodebookCode } from '../../../shared/codebook/codebook-types';
import { GUID_PATTERN } from '../../../shared/codebook/guid';
import { readCodebook } from '../../../engine/codebook/read-codebook';
import { loadMigrations } from '../../../engine/db/migrations';
import { createProject, openProject } from '../../../engine/project/project-file';
import { repoRoot } from '../../helpers/run-cli';
import { useTempFolder } from '../../helpers/temp-folder';
import { allCodes, useCodebookProjects } from './codebook-harness';

const project = useCodebookProjects();

function asDefault(code: CodebookCode): DefaultCode {
  return {
    guid: code.guid,
    conditionId: code.conditionId,
    label: { nl: code.label.nl, en: code.label.en ?? '' },
    description: code.description,
    color: code.color,
    children: code.children.map(asDefault),
  };
}

describe('the default Social Quality codebook', () => {
  it('is in every new project: the four conditions in their order with their domains, labels, descriptions and colours', async () => {
    const { call } = await project();
    const codebook = await call('codebook.get', {});

    expect(codebook.codes.map((code) => code.conditionId)).toEqual([
      'security',
      'inclusion',
      'cohesion',
      'empowerment',
    ]);
    expect(codebook.codes.map((code) => [code.label.nl, code.label.en, code.color])).toEqual(
      conditions.map((c) => [c.label.nl, c.label.en, c.color]),
    );
    for (const [index, condition] of conditions.entries()) {
      const code = codebook.codes[index];
      expect(code?.children.map((domain) => domain.label)).toEqual(condition.domains);
      // Domains show their condition's colour.
      expect(code?.children.every((domain) => domain.color === null && domain.effectiveColor === condition.color)).toBe(
        true,
      );
      expect(code?.description.nl).toContain(condition.value.nl);
      expect(code?.description.en).toContain(condition.value.en);
    }
    expect(codebook.codes.map(asDefault)).toEqual(defaultCodebook);
    expect(codebook.sets).toEqual([]);
  });

  it('has the same fixed GUIDs in every project, so codebooks from two projects merge', async () => {
    const first = await (await project('een')).call('codebook.get', {});
    const second = await (await project('twee')).call('codebook.get', {});
    const guids = allCodes(first.codes).map((code) => code.guid);
    expect(guids).toHaveLength(22);
    expect(new Set(guids).size).toBe(22);
    expect(guids.every((guid) => GUID_PATTERN.test(guid))).toBe(true);
    expect(allCodes(second.codes).map((code) => code.guid)).toEqual(guids);
  });

  it('is version 1 of the codebook history', async () => {
    const { call } = await project();
    expect((await call('codebook.get', {})).version).toBe(1);
    const history = await call('codebook.history', {});
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ version: 1, kind: 'create', coder: null, after: { codes: 22 } });
  });

  it('uses the condition colours the interface uses', () => {
    const tokens = readFileSync(path.join(repoRoot, 'renderer/src/styles/tokens.css'), 'utf8');
    for (const code of defaultCodebook) {
      expect(tokens.toLowerCase()).toContain(`--condition-${code.conditionId}: ${code.color?.toLowerCase()};`);
    }
  });

  it('comes with migration 0004, numbered after the others without gaps', () => {
    const migrations = loadMigrations();
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
    expect(migrations.find((migration) => migration.name === 'codebook')?.version).toBe(4);
  });
});

describe('a project made before the codebook existed', () => {
  const tempFolder = useTempFolder();

  it('gets the default codebook when it is opened and upgraded', async () => {
    const file = path.join(tempFolder(), 'oud.skw');
    const migrations = loadMigrations();
    const codebookVersion = migrations.find((migration) => migration.name === 'codebook')!.version;
    // A project of the version before the codebook: every migration up to it, none after.
    createProject(file, {
      appVersion: '0.0.0-test',
      migrations: migrations.filter((migration) => migration.version < codebookVersion),
    }).close();

    const upgraded = await openProject(file, { appVersion: '0.0.0-test', migrations });
    try {
      const codebook = readCodebook(upgraded.db, false);
      expect(codebook.version).toBe(1);
      expect(codebook.codes.map((code) => code.guid)).toEqual(defaultCodebook.map((code) => code.guid));
    } finally {
      upgraded.close();
    }
  });
});

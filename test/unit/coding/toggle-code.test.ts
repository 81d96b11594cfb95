import { describe, expect, it } from 'vitest';
import type { CodebookCode } from '../../../shared/codebook/codebook-types';
import type { ConditionId } from '../../../shared/conditions';
import { codeLineage } from '../../../shared/coding/code-lineage';
import { addCodes, markCoded, toggleCode } from '../../../shared/coding/toggle-code';

function code(guid: string, children: CodebookCode[] = [], extra: Partial<CodebookCode> = {}): CodebookCode {
  return {
    guid,
    conditionId: null,
    label: { nl: guid, en: null },
    description: { nl: null, en: null },
    color: null,
    effectiveColor: null,
    codable: true,
    archived: false,
    children,
    ...extra,
  };
}

const condition = (id: ConditionId, children: CodebookCode[]) => code(id, children, { conditionId: id });

/** Security with a domain and a sub-code under it; cohesion with a domain, a category that is not codable, and an archived code. */
const lineage = codeLineage([
  condition('security', [code('money', [code('debts')]), code('housing')]),
  condition('inclusion', []),
  condition('cohesion', [
    code('trust'),
    code('group', [code('neighbours')], { codable: false }),
    code('old', [], { archived: true }),
  ]),
  condition('empowerment', []),
]);

const uncoded = { codes: [], coded: false };

describe('toggling codes of a record', () => {
  it('turns a condition on, and off again, leaving the record coded with none of the conditions', () => {
    const on = toggleCode(uncoded, 'security', lineage);
    expect(on).toEqual({ codes: ['security'], coded: true });
    expect(toggleCode(on, 'security', lineage)).toEqual({ codes: [], coded: true });
  });

  it('turns the condition (and the domain between) on with a sub-code', () => {
    expect(toggleCode(uncoded, 'debts', lineage)).toEqual({ codes: ['security', 'money', 'debts'], coded: true });
  });

  it('removes a condition’s sub-codes with it, and only those', () => {
    const state = { codes: ['security', 'money', 'debts', 'housing', 'cohesion', 'trust'], coded: true };
    expect(toggleCode(state, 'security', lineage)).toEqual({ codes: ['cohesion', 'trust'], coded: true });
    expect(toggleCode(state, 'money', lineage)).toEqual({
      codes: ['security', 'housing', 'cohesion', 'trust'],
      coded: true,
    });
  });

  it('keeps the codes in codebook order, whatever order they were turned on in', () => {
    const state = toggleCode(
      toggleCode(toggleCode(uncoded, 'empowerment', lineage), 'housing', lineage),
      'inclusion',
      lineage,
    );
    expect(state.codes).toEqual(['security', 'housing', 'inclusion', 'empowerment']);
  });

  it('skips a category above a sub-code that cannot be coded itself', () => {
    expect(toggleCode(uncoded, 'neighbours', lineage).codes).toEqual(['cohesion', 'neighbours']);
  });
});

describe('accepting suggestions', () => {
  it('adds the suggested codes with their conditions and keeps what was given', () => {
    const state = { codes: ['inclusion'], coded: false };
    expect(addCodes(state, ['trust', 'debts'], lineage)).toEqual({
      codes: ['security', 'money', 'debts', 'inclusion', 'cohesion', 'trust'],
      coded: true,
    });
  });

  it('leaves out archived codes and codes the codebook does not have', () => {
    expect(addCodes(uncoded, ['old', 'gone'], lineage)).toEqual({ codes: [], coded: true });
  });
});

describe('marking a record coded', () => {
  it('codes a record with no code as "none of the conditions"', () => {
    expect(markCoded(uncoded)).toEqual({ codes: [], coded: true });
    expect(markCoded({ codes: ['trust'], coded: false })).toEqual({ codes: ['trust'], coded: true });
  });
});

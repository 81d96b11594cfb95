import { normalizeMunicipalityCode } from '../../../shared/import/area-codes';
import type { ImportChoices, ImportColumn } from '../../../shared/import/import-plan';

export type ColumnChange = NonNullable<ImportChoices['columns']>[string];
export type ColumnRole = NonNullable<ImportColumn['role']>;
export type SourceChange = Pick<ImportChoices, 'encoding' | 'delimiter' | 'quote' | 'hasHeader' | 'sheet'>;

const roleChoiceKeys = {
  id: 'idColumn',
  area_code: 'areaColumn',
  area_name: 'areaNameColumn',
  weight: 'weightColumn',
} as const satisfies Record<ColumnRole, keyof ImportChoices>;

/**
 * A change to how the file is read. The columns are detected anew (with another header choice or
 * encoding their names change), so choices made per column no longer apply and are dropped rather
 * than left to name columns that are gone.
 */
export function withSourceChange(choices: ImportChoices, change: SourceChange): ImportChoices {
  const {
    columns: _columns,
    idColumn: _id,
    areaColumn: _area,
    areaNameColumn: _areaName,
    weightColumn: _weight,
    ...rest
  } = choices;
  return { ...rest, ...change };
}

export function withColumnChange(choices: ImportChoices, column: string, change: ColumnChange): ImportChoices {
  return { ...choices, columns: { ...choices.columns, [column]: { ...choices.columns?.[column], ...change } } };
}

/**
 * Gives `column` a role, or none. A role goes through the engine's role choices (`areaColumn`, …),
 * which take it away from the column that held it, so two columns never share the id or area role.
 * That column is also told it has no role any more: otherwise it would get its detected role back
 * as soon as the role moved on again.
 */
export function withColumnRole(
  choices: ImportChoices,
  column: string,
  role: ColumnRole | null,
  planned: Pick<ImportColumn, 'name' | 'role'>[],
): ImportChoices {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  let next: ImportChoices = { ...choices };
  for (const key of Object.values(roleChoiceKeys)) {
    const holder = next[key];
    if (holder !== undefined && same(holder, column)) delete next[key];
  }
  const { role: _role, ...otherChanges } = next.columns?.[column] ?? {};
  next.columns = { ...next.columns, [column]: role === null ? { ...otherChanges, role: null } : otherChanges };
  if (role !== null) {
    for (const previous of planned) {
      if (previous.role === role && !same(previous.name, column))
        next = withColumnChange(next, previous.name, { role: null });
    }
    next[roleChoiceKeys[role]] = column;
  }
  return next;
}

/** "99, 999" → ["99", "999"]. */
export function parseCodeList(text: string): string[] {
  return text
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

/** A municipality as typed (`GM0268`, `0268`, `268`) as its CBS code; empty is none. */
export function normaliseMunicipality(text: string): { code: string | null; valid: boolean } {
  if (text.trim() === '') return { code: null, valid: true };
  const code = normalizeMunicipalityCode(text);
  return { code, valid: code !== null };
}

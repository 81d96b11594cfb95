import type { CodebookCode } from '../codebook/codebook-types';
import type { ConditionId } from '../conditions';

/** A code of the codebook with where it sits: what coding needs to know about it. */
export interface CodePlace {
  code: CodebookCode;
  parent: string | null;
  /** The condition at the top of its branch. */
  condition: ConditionId | null;
  /** Depth-first position in the codebook: codes are listed in this order. */
  order: number;
}

/** Every code of a codebook by GUID, with its parent, its condition and its place in the order. */
export type CodeLineage = ReadonlyMap<string, CodePlace>;

export function codeLineage(codes: readonly CodebookCode[]): CodeLineage {
  const lineage = new Map<string, CodePlace>();
  const visit = (list: readonly CodebookCode[], parent: string | null, condition: ConditionId | null) => {
    for (const code of list) {
      const own = code.conditionId ?? condition;
      lineage.set(code.guid, { code, parent, condition: own, order: lineage.size });
      visit(code.children, code.guid, own);
    }
  };
  visit(codes, null, null);
  return lineage;
}

/** The GUIDs above the code, nearest first. */
export function ancestorGuids(lineage: CodeLineage, guid: string): string[] {
  const ancestors: string[] = [];
  for (let parent = lineage.get(guid)?.parent ?? null; parent !== null; parent = lineage.get(parent)?.parent ?? null)
    ancestors.push(parent);
  return ancestors;
}

/** Whether `guid` is `ancestor` itself or lies under it. */
export function isWithin(lineage: CodeLineage, guid: string, ancestor: string): boolean {
  return guid === ancestor || ancestorGuids(lineage, guid).includes(ancestor);
}

/** Whether a record can be coded with the code now: it is codable and neither it nor a code above it is archived. */
export function isCodable(lineage: CodeLineage, guid: string): boolean {
  const place = lineage.get(guid);
  if (!place || !place.code.codable) return false;
  return [guid, ...ancestorGuids(lineage, guid)].every((code) => !lineage.get(code)?.code.archived);
}

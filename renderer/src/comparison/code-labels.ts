import { ancestorGuids, isCodable, type CodeLineage } from '../../../shared/coding/code-lineage';
import { conditionIds, conditions, type Condition, type ConditionId } from '../../../shared/conditions';
import type { Language } from '../../../shared/contract/channels';
import { codeLabel as nameOf } from '../../../shared/codebook/code-label';

export const conditionById = new Map<ConditionId, Condition>(conditions.map((condition) => [condition.id, condition]));

/** A code's name in the UI language (Dutch where it has no English one); the GUID for a code this codebook lacks. */
export function codeLabel(lineage: CodeLineage, guid: string, language: Language): string {
  const code = lineage.get(guid)?.code;
  return code ? nameOf(code, language) : guid;
}

/** The GUID of each condition's code. */
export function conditionGuids(lineage: CodeLineage): Record<ConditionId, string> {
  const guids = {} as Record<ConditionId, string>;
  for (const [guid, place] of lineage) if (place.code.conditionId) guids[place.code.conditionId] = guid;
  return guids;
}

/** A coding's codes grouped by condition, each with the sub-codes given under it (codes outside the tree are left out). */
export function codesByCondition(lineage: CodeLineage, codes: readonly string[]): Map<ConditionId, string[]> {
  const grouped = new Map<ConditionId, string[]>();
  for (const guid of codes) {
    const place = lineage.get(guid);
    if (!place?.condition) continue;
    const subCodes = grouped.get(place.condition) ?? [];
    if (!place.code.conditionId) subCodes.push(guid);
    grouped.set(place.condition, subCodes);
  }
  return new Map(conditionIds.flatMap((id) => (grouped.has(id) ? [[id, grouped.get(id)!]] : [])));
}

/** A sub-code with the codes above it, `Sociale cohesie › vertrouwen`, so codes with the same name keep apart. */
export function codePath(lineage: CodeLineage, guid: string, language: Language): string {
  return [...ancestorGuids(lineage, guid).reverse(), guid]
    .map((code) => codeLabel(lineage, code, language))
    .join(' › ');
}

/** The codes here that another file's code can be merged into: every code that can be given now, in codebook order. */
export function mergeTargets(lineage: CodeLineage, language: Language): { value: string; label: string }[] {
  return [...lineage.keys()]
    .filter((guid) => isCodable(lineage, guid))
    .map((guid) => ({ value: guid, label: codePath(lineage, guid, language) }));
}

import type { KeywordDictionary } from '../../../shared/coding/coding-types';
import type { CodeLineage } from '../../../shared/coding/code-lineage';
import { compileKeywords, type KeywordHit, type KeywordMatcher } from '../../../shared/coding/keyword-match';
import { conditionIds, type ConditionId } from '../../../shared/conditions';

/** A suggested code with the words of the text that triggered it, each once, as written. */
export interface SuggestedCode {
  guid: string;
  words: string[];
}

/** The suggestions for one condition: hits on the condition itself or on codes under it. */
export interface ConditionSuggestion {
  condition: ConditionId;
  codes: SuggestedCode[];
}

/**
 * The matcher for a dictionary. An entry names its code by GUID, or a condition by its id (as the built-in
 * dictionary does); entries for codes this codebook lacks are left out.
 */
export function dictionaryMatcher(dictionary: KeywordDictionary, lineage: CodeLineage): KeywordMatcher {
  const conditionGuids = new Map(
    [...lineage.values()]
      .filter((place) => place.code.conditionId)
      .map((place) => [place.code.conditionId as string, place.code.guid]),
  );
  const keywords = dictionary.entries.flatMap((entry) => {
    const guid = lineage.has(entry.code) ? entry.code : conditionGuids.get(entry.code);
    return guid ? entry.patterns.map((pattern) => ({ codeGuid: guid, pattern })) : [];
  });
  return compileKeywords(keywords);
}

/** The hits grouped per condition in the fixed order, codes in codebook order. */
export function suggestionsFrom(hits: readonly KeywordHit[], lineage: CodeLineage): ConditionSuggestion[] {
  const words = new Map<string, string[]>();
  for (const hit of hits) {
    const list = words.get(hit.codeGuid) ?? [];
    if (!list.some((word) => word.toLowerCase() === hit.word.toLowerCase())) list.push(hit.word);
    words.set(hit.codeGuid, list);
  }
  const order = (guid: string) => lineage.get(guid)?.order ?? 0;
  return conditionIds.flatMap((condition) => {
    const codes = [...words]
      .filter(([guid]) => lineage.get(guid)?.condition === condition)
      .sort(([a], [b]) => order(a) - order(b))
      .map(([guid, list]) => ({ guid, words: list }));
    return codes.length ? [{ condition, codes }] : [];
  });
}

export function suggestedGuids(suggestions: readonly ConditionSuggestion[]): string[] {
  return suggestions.flatMap((suggestion) => suggestion.codes.map((code) => code.guid));
}

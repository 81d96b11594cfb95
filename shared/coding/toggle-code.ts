import { ancestorGuids, isCodable, isWithin, type CodeLineage } from './code-lineage';

/** A coder's whole-record coding as the keys change it: the codes given and whether the record counts as coded. */
export interface RecordCodes {
  codes: string[];
  coded: boolean;
}

/** The codes in codebook order, each once; codes the codebook does not know go last, as they came. */
function ordered(lineage: CodeLineage, codes: Iterable<string>): string[] {
  const unique = [...new Set(codes)];
  const rank = (guid: string) => lineage.get(guid)?.order ?? Number.MAX_SAFE_INTEGER;
  return unique.sort((a, b) => rank(a) - rank(b));
}

/** The code with the codes above it that can be coded: a sub-code implies its domain and its condition. */
function withAncestors(lineage: CodeLineage, guid: string): string[] {
  return [guid, ...ancestorGuids(lineage, guid).filter((ancestor) => isCodable(lineage, ancestor))];
}

/**
 * Turns a code on or off for the whole record. On also turns on the codes above it (its condition); off
 * also removes the codes under it, so a record never holds a sub-code without its condition. Any coding
 * action codes the record, so turning the last code off leaves it coded with none of the conditions.
 */
export function toggleCode(state: RecordCodes, guid: string, lineage: CodeLineage): RecordCodes {
  if (state.codes.includes(guid)) {
    return { codes: state.codes.filter((code) => !isWithin(lineage, code, guid)), coded: true };
  }
  return addCodes(state, [guid], lineage);
}

/** Adds codes (accepted suggestions) with the codes above them; codes already given stay. */
export function addCodes(state: RecordCodes, guids: readonly string[], lineage: CodeLineage): RecordCodes {
  const added = guids.filter((guid) => isCodable(lineage, guid)).flatMap((guid) => withAncestors(lineage, guid));
  return { codes: ordered(lineage, [...state.codes, ...added]), coded: true };
}

/** Marks the record coded as it is; with no code that means "none of the conditions", not "not coded". */
export function markCoded(state: RecordCodes): RecordCodes {
  return { codes: [...state.codes], coded: true };
}

export function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code) => b.includes(code));
}

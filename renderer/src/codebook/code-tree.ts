import type { CodebookCode } from '../../../shared/codebook/codebook-types';

/** A code with where it sits: the tree's parent and the siblings it is ordered among. */
interface CodePlace {
  code: CodebookCode;
  parent: CodebookCode | null;
  siblings: CodebookCode[];
  level: number;
}

export function findPlace(
  codes: CodebookCode[],
  guid: string,
  parent: CodebookCode | null = null,
  level = 1,
): CodePlace | null {
  for (const code of codes) {
    if (code.guid === guid) return { code, parent, siblings: codes, level };
    const found = findPlace(code.children, guid, code, level + 1);
    if (found) return found;
  }
  return null;
}

/** The GUIDs from the top down to the code's parent: what must be open for the code to show. */
export function ancestorsOf(codes: CodebookCode[], guid: string): string[] {
  const place = findPlace(codes, guid);
  return place?.parent ? [...ancestorsOf(codes, place.parent.guid), place.parent.guid] : [];
}

export function visibleChildren(code: { children: CodebookCode[] }, showArchived: boolean): CodebookCode[] {
  return showArchived ? code.children : code.children.filter((child) => !child.archived);
}

/** The tree items a keyboard user moves through: open codes' children, in order, with their level. */
export function visibleItems(
  codes: CodebookCode[],
  expanded: ReadonlySet<string>,
  showArchived: boolean,
  level = 1,
): { code: CodebookCode; level: number; parent: string | null }[] {
  return (showArchived ? codes : codes.filter((code) => !code.archived)).flatMap((code) => [
    { code, level, parent: null as string | null },
    ...(expanded.has(code.guid)
      ? visibleItems(code.children, expanded, showArchived, level + 1).map((item) => ({
          ...item,
          parent: item.parent ?? code.guid,
        }))
      : []),
  ]);
}

/** Every code, depth first, with its depth: the choices of a parent list. */
export function flattenCodes(codes: CodebookCode[], depth = 0): { code: CodebookCode; depth: number }[] {
  return codes.flatMap((code) => [{ code, depth }, ...flattenCodes(code.children, depth + 1)]);
}

export function isWithinCode(code: CodebookCode, guid: string): boolean {
  return code.guid === guid || code.children.some((child) => isWithinCode(child, guid));
}

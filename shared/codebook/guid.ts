/** How a code's GUID is stored and sent: a hyphenated UUID in lower case, without braces. */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * REFI-QDA's GUIDType allows either case and optional braces (ATLAS.ti and MAXQDA write upper case),
 * so the same code read from two tools is only recognised as the same after this normalisation.
 */
export function normaliseGuid(text: string): string | null {
  const bare = text
    .trim()
    .replace(/^\{(.*)\}$/, '$1')
    .toLowerCase();
  return GUID_PATTERN.test(bare) ? bare : null;
}

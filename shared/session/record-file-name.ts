/**
 * The file name proposed for a session's record: `sessie-<date>-<area>.html`, the area being the first in
 * focus that partners may see (an area under the publication threshold never names the file), written as
 * a file name can hold it; without such an area `sessie-<date>.html`.
 */
export function recordFileName(
  date: string,
  areas: readonly { code: string; name: string | null; suppressed: boolean }[],
): string {
  const shown = areas.find((area) => !area.suppressed);
  const slug = (shown?.name ?? shown?.code ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? `sessie-${date}.html` : `sessie-${date}-${slug}.html`;
}

import type { Session } from '../../../shared/session/session-types';
import type { AreaChoice } from './session-store';

/** A name as a file name part: lower case, letters and digits, words joined by hyphens ("Nijmegen-Oost" → "nijmegen-oost"). */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The record's file name: `sessie-<date>-<area>.html`, the area the session's first one that partners may
 * see (an area under the threshold never appears in the record, so not in its name either).
 */
export function recordFileName(session: Session, areas: AreaChoice[]): string {
  // Only an area known to be above the threshold: one whose figures are not known yet is left out.
  const shown = session.areas
    .map((code) => areas.find((area) => area.code === code))
    .find((area) => area !== undefined && !area.suppressed);
  const area = shown ? slug(shown.name ?? shown.code) : '';
  return `sessie-${session.date}${area ? `-${area}` : ''}.html`;
}

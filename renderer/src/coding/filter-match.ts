import type { CodingFilter, RecordCoding } from '../../../shared/coding/coding-types';
import { isWithin, type CodeLineage } from '../../../shared/coding/code-lineage';

/** Whether a record's coding still passes the grid's filter, as the engine's page query decides it (the text search aside: coding does not change it). */
export function passesFilter(coding: RecordCoding, filter: CodingFilter, lineage: CodeLineage): boolean {
  if (filter.status === 'coded' && !coding.coded) return false;
  if (filter.status === 'uncoded' && coding.coded) return false;
  // Whether a record is still in disagreement depends on the other coders too: it stays until the next page.
  const code = filter.code;
  if (code === null) return true;
  return [...coding.codes, ...coding.segments.map((segment) => segment.code)].some((given) =>
    isWithin(lineage, given, code),
  );
}

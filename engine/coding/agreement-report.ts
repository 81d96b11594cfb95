import type Database from 'better-sqlite3';
import { agreement } from '../../shared/coding/agreement';
import type { AgreementFigure, AgreementReport } from '../../shared/coding/coding-types';
import { conditionIds, type ConditionId } from '../../shared/conditions';
import { codingDataset } from './coding-dataset';
import { codingMatrix, comparedCoders, conditionOfCode, conditionsIn } from './coding-matrix';

/**
 * Agreement per condition: each record is present (1) or absent (0) per coder, or missing where the coder
 * did not code it. A condition counts as present when it or one of its sub-codes was given.
 */
export function agreementReport(
  db: Database.Database,
  request: { dataset: string; coders?: string[] },
): AgreementReport {
  const dataset = codingDataset(db, request.dataset);
  const coders = comparedCoders(db, dataset, request.coders);
  const matrix = [...codingMatrix(db, dataset, coders).values()];
  const conditionOf = conditionOfCode(db);
  const present = matrix.map((row) => row.map((codes) => (codes ? conditionsIn(codes, conditionOf) : null)));
  const conditions = Object.fromEntries(
    conditionIds.map((condition) => [
      condition,
      agreement(present.map((row) => row.map((set) => (set ? Number(set.has(condition)) : null)))),
    ]),
  ) as Record<ConditionId, AgreementFigure>;
  const conditionGuids = new Set(
    db.prepare('SELECT guid FROM codebook_code WHERE condition_id IS NOT NULL').pluck().all() as string[],
  );
  const subCodes = new Set<string>();
  for (const row of matrix)
    for (const codes of row) for (const code of codes ?? []) if (!conditionGuids.has(code)) subCodes.add(code);
  const codes: Record<string, AgreementFigure> = {};
  for (const code of [...subCodes].sort()) {
    codes[code] = agreement(matrix.map((row) => row.map((set) => (set ? Number(set.has(code)) : null))));
  }
  return { coders: coders.map((coder) => coder.name), conditions, codes };
}

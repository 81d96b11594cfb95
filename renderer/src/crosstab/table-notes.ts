import { crosstabText } from '../../../shared/crosstab/crosstab-texts';
import type { CrossTable, CrosstabResult } from '../../../shared/crosstab/crosstab-types';
import { baseName, unitNoun } from '../../../shared/units/count-unit';
import type { Translate } from './table-wording';

/** The message parameters for what a table counts and hides: `unit` ("respondenten", "wijken"), `threshold`, `base`. */
export function countWords(result: CrosstabResult): { unit: string; threshold: string; base: string } {
  const rule = result.publication;
  return {
    unit: unitNoun(result.unit, result.areaLevel, 2, result.language),
    threshold: result.threshold === null ? '' : String(result.threshold),
    base: rule.basis === 'base' ? baseName(rule) : '',
  };
}

/**
 * What partners are told about the threshold: the rule (respondents, a base column's own, or none for
 * area data), and where something is hidden, what its marks mean.
 */
export function partnerThresholdLines(
  result: CrosstabResult,
  suppressed: boolean,
  t: Translate,
): { rule: string; marks: string | null } {
  const words = countWords(result);
  const basis = result.publication.basis;
  if (basis === 'none') return { rule: t('crosstab.partnerLineNone', words), marks: null };
  const base = basis === 'base';
  return {
    rule: t(base ? 'crosstab.partnerLineBase' : 'crosstab.partnerLine', words),
    marks: suppressed ? t(base ? 'crosstab.partnerMarksBase' : 'crosstab.partnerMarks', words) : null,
  };
}

/**
 * The engine's notes of all tables, once each, without those the view says in its own place: the
 * threshold (the line under the table), why tests are missing and the low-expected warning (the tests
 * panel). What is left: the weighting, rows left out, missing values as a category.
 */
export function remainingNotes(result: CrosstabResult): string[] {
  const { language } = result;
  const shownElsewhere = new Set<string>([
    crosstabText.thresholdPartner(result, language),
    crosstabText.thresholdResearcher(result, language),
    crosstabText.statisticsHidden(language),
    crosstabText.statisticsNotPossible(language),
    ...result.tables.flatMap((table) => (table.statistics?.warning ? [table.statistics.warning] : [])),
  ]);
  return [...new Set(result.tables.flatMap((table) => table.notes))].filter((note) => !shownElsewhere.has(note));
}

/** Whether the threshold hides (partner) or would hide (researcher) a cell or a margin of a table. */
function hidesAnything(table: CrossTable): boolean {
  return (
    table.suppressed.some((row) => row.some((mark) => mark !== null)) ||
    [...table.rowTotals, ...table.colTotals, table.total].some((margin) => margin.suppressed !== null)
  );
}

/** Whether the threshold hides (partner) or would hide (researcher) anything in these tables. */
export function anySuppressed(result: CrosstabResult): boolean {
  return result.tables.some(hidesAnything);
}

/** Why a table has no tests: partners would learn hidden cells from them, or there is nothing to test. */
export function statisticsMissingReason(result: CrosstabResult, table: CrossTable): 'hidden' | 'notPossible' {
  return result.audience === 'partner' && hidesAnything(table) ? 'hidden' : 'notPossible';
}

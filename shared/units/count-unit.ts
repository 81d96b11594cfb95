import { z } from 'zod';
import { expecting } from '../contract/request-issues';
import type { AreaLevel } from '../import/area-codes';
import type { Language } from '../i18n/language';
import { defineMessages, translate } from '../i18n/messages';

/**
 * What a dataset's n counts (docs/ARCHITECTURE.md §1, Units): respondents in a survey, areas in an area dataset
 * (one row per area), area-years in a long file (one row per area and year).
 */
export const CountUnitSchema = z.enum(['respondents', 'areas', 'area_years']);
export type CountUnit = z.infer<typeof CountUnitSchema>;

export function countUnitOf(kind: 'survey' | 'area'): CountUnit {
  return kind === 'survey' ? 'respondents' : 'areas';
}

/**
 * An area dataset's base: a column that says how many people an area's figures stand for (such as
 * "Bevolking 19 jaar en ouder"). It is the area's n, and may carry a publication threshold of its own.
 */
export interface DatasetBase {
  variable: string;
  label: string | null;
  /** Areas (and cross-table cells) whose base is below this are hidden from partners; null: none. */
  threshold: number | null;
}

/** Chooses an area dataset's base column (null: none) and the threshold it carries (null: none). */
export const DatasetBaseRequestSchema = z
  .object({
    dataset: z.string().trim().min(1),
    variable: z.string().trim().min(1).nullable(),
    threshold: z.number().int().min(1).max(100_000_000).nullable().default(null),
  })
  .strict()
  .refine((request) => request.variable !== null || request.threshold === null, {
    error: expecting('threshold_needs_base'),
    path: ['threshold'],
  });
export type DatasetBaseRequest = z.infer<typeof DatasetBaseRequestSchema>;

/**
 * Which publication threshold applies to a table or score, and to what it counts. The project's
 * threshold is about respondents, so it applies to surveys only; an area dataset has none unless its
 * base carries one.
 */
export type PublicationRule =
  | { basis: 'respondents'; threshold: number }
  | { basis: 'base'; variable: string; label: string | null; threshold: number }
  | { basis: 'none' };

export function publicationRule(unit: CountUnit, projectThreshold: number, base: DatasetBase | null): PublicationRule {
  if (unit === 'respondents') return { basis: 'respondents', threshold: projectThreshold };
  if (base && base.threshold !== null)
    return { basis: 'base', variable: base.variable, label: base.label, threshold: base.threshold };
  return { basis: 'none' };
}

/** The figure below which a count is hidden, in what the rule counts; null where nothing is hidden. */
export function ruleThreshold(rule: PublicationRule): number | null {
  return rule.basis === 'none' ? null : rule.threshold;
}

const unitWords = defineMessages({
  nl: {
    respondents: (p: { one: boolean }) => (p.one ? 'respondent' : 'respondenten'),
    /** An area of a level ("wijk", "wijken"); "gebied" where the level is not known. */
    area: (p: { level: AreaLevel | 'area'; one: boolean }) =>
      ({
        gemeente: ['gemeente', 'gemeenten'],
        wijk: ['wijk', 'wijken'],
        buurt: ['buurt', 'buurten'],
        area: ['gebied', 'gebieden'],
      })[p.level][p.one ? 0 : 1]!,
    /** Area-years ("wijkjaren"): a dataset with a row per area and year. */
    areaYears: (p: { singular: string; one: boolean; level: AreaLevel | null }) =>
      `${p.level === null ? 'gebieds' : p.singular}${p.one ? 'jaar' : 'jaren'}`,
    fewerRespondents: 'minder dan {threshold} respondenten',
    fewerOfBase: 'minder dan {threshold} {base} (of geen waarde daarvoor)',
    baseThreshold: '{threshold} {base} (basis)',
    noThreshold: 'geen (telt {counted}, geen respondenten)',
  },
  en: {
    respondents: (p) => (p.one ? 'respondent' : 'respondents'),
    area: (p) =>
      ({
        gemeente: ['municipality', 'municipalities'],
        wijk: ['wijk', 'wijken'],
        buurt: ['buurt', 'buurten'],
        area: ['area', 'areas'],
      })[p.level][p.one ? 0 : 1]!,
    areaYears: (p) => `${p.singular}-${p.one ? 'year' : 'years'}`,
    fewerRespondents: 'fewer than {threshold} respondents',
    fewerOfBase: 'fewer than {threshold} {base} (or no value for it)',
    baseThreshold: '{threshold} {base} (base)',
    noThreshold: 'none (counts {counted}, not respondents)',
  },
});

/**
 * The word for what a count counts, for one or for more: "respondent(en)", and for areas the level
 * when all of a dataset's areas have one ("wijken"), else "gebieden".
 */
export function unitNoun(unit: CountUnit, level: AreaLevel | null, count: number, language: Language): string {
  const one = count === 1;
  if (unit === 'respondents') return translate(language, unitWords, 'respondents', { one });
  if (unit === 'areas') return translate(language, unitWords, 'area', { level: level ?? 'area', one });
  const singular = translate(language, unitWords, 'area', { level: level ?? 'area', one: true });
  return translate(language, unitWords, 'areaYears', { singular, one, level });
}

/** The name of a base column as the user sees it. */
export function baseName(base: { variable: string; label: string | null }): string {
  return `‘${base.label ?? base.variable}’`;
}

/**
 * What the rule hides, as the end of "Hidden: areas with …": "fewer than 10 respondents", or for a base
 * "fewer than 100 ‘Bevolking 19 jaar en ouder’ (or no value for it)". Null where nothing is hidden.
 */
export function belowThreshold(rule: PublicationRule, language: Language): string | null {
  if (rule.basis === 'none') return null;
  if (rule.basis === 'respondents')
    return translate(language, unitWords, 'fewerRespondents', { threshold: rule.threshold });
  return translate(language, unitWords, 'fewerOfBase', { threshold: rule.threshold, base: baseName(rule) });
}

/** The threshold in a line of its own ("Publication threshold: …"): "10 respondents", "100 ‘…’ (base)", "none (…)". */
export function thresholdSummary(
  rule: PublicationRule,
  unit: CountUnit,
  level: AreaLevel | null,
  language: Language,
): string {
  if (rule.basis === 'respondents')
    return `${rule.threshold} ${unitNoun('respondents', null, rule.threshold, language)}`;
  if (rule.basis === 'base')
    return translate(language, unitWords, 'baseThreshold', { threshold: rule.threshold, base: baseName(rule) });
  return translate(language, unitWords, 'noThreshold', { counted: unitNoun(unit, level, 2, language) });
}

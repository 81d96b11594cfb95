import type { Language } from '../contract/channels';
import { conditionIds, conditions, type ConditionId } from '../conditions';
import type { AreaScores, IndicatorSummary, ScoreTable } from './score-types';
import { belowThreshold } from '../units/count-unit';
import { indexOf } from './standardise';

/** How far a profile zooms: a condition per axis, a domain per axis, or an indicator per axis. */
export type ChartLevel = 'conditions' | 'domains' | 'indicators';
/** Areas by name, or by a condition's index (highest first). */
export type AreaSort = 'name' | ConditionId;

/** An axis of a profile: what it shows, and which condition it belongs to. */
export interface ProfileAxis {
  id: string;
  label: string;
  /** Marks the axis end: the condition's colour. */
  color: string | null;
  condition: ConditionId;
  /** The indicators whose z make up the axis's value. */
  variables: string[];
}

/** How a condition's colour is written: a token in the app, the plain colour in an exported file. */
export type ConditionPaint = (condition: ConditionId) => string;

const conditionById = new Map(conditions.map((condition) => [condition.id, condition]));

export function conditionOf(id: ConditionId) {
  return conditionById.get(id)!;
}

export const plainPaint: ConditionPaint = (id) => conditionOf(id).color;

export function areaLabel(area: Pick<AreaScores, 'code' | 'name'>): string {
  return area.name ?? area.code;
}

/** A domain as stored (its Dutch name, or a user's own text) in the UI language. */
export function domainLabel(condition: ConditionId, domain: string, language: Language): string {
  const known = conditionOf(condition).domains.find((d) => d.nl === domain || d.en === domain);
  return known ? known[language] : domain;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export interface AxisTexts {
  language: Language;
  /** A condition's short name, to tell apart domains with the same name under two conditions. */
  shortName: (condition: ConditionId) => string;
  /** The axis of a condition's indicators without a domain. */
  noDomain: (condition: ConditionId) => string;
}

/** The axes of a radar at the chosen level; zoomed in on one condition, only its domains or indicators. */
export function profileAxes(
  table: ScoreTable,
  level: ChartLevel,
  zoom: ConditionId | null,
  texts: AxisTexts,
  paint: ConditionPaint,
): ProfileAxis[] {
  if (level === 'conditions') {
    return conditions.map((condition) => ({
      id: condition.id,
      label: condition.label[texts.language],
      color: paint(condition.id),
      condition: condition.id,
      variables: table.indicators.filter((i) => i.condition === condition.id).map((i) => i.variable),
    }));
  }
  const shown = conditionIds.filter((id) => zoom === null || zoom === id);
  const indicators = shown.flatMap((id) => table.indicators.filter((indicator) => indicator.condition === id));
  if (level === 'indicators') {
    return indicators.map((indicator) => ({
      id: `${indicator.condition}:${indicator.variable}`,
      label: indicator.label ?? indicator.variable,
      color: paint(indicator.condition),
      condition: indicator.condition,
      variables: [indicator.variable],
    }));
  }
  return domainAxes(indicators, texts, paint);
}

function domainAxes(indicators: IndicatorSummary[], texts: AxisTexts, paint: ConditionPaint): ProfileAxis[] {
  const groups = new Map<string, { condition: ConditionId; domain: string | null; variables: string[] }>();
  for (const indicator of indicators) {
    const key = `${indicator.condition}:${indicator.domain ?? ''}`;
    const group = groups.get(key) ?? { condition: indicator.condition, domain: indicator.domain, variables: [] };
    group.variables.push(indicator.variable);
    groups.set(key, group);
  }
  // The conditions' own order, and within one the domains in the order of docs/ARCHITECTURE.md §1; the rest after.
  const rank = (group: { condition: ConditionId; domain: string | null }) => {
    const domains = conditionOf(group.condition).domains;
    const position =
      group.domain === null
        ? domains.length + 1
        : domains.findIndex((d) => d.nl === group.domain || d.en === group.domain);
    return conditionIds.indexOf(group.condition) * 100 + (position < 0 ? domains.length : position);
  };
  const ordered = [...groups.entries()].sort(([, a], [, b]) => rank(a) - rank(b));
  const names = ordered.map(([, group]) =>
    group.domain === null ? null : domainLabel(group.condition, group.domain, texts.language),
  );
  return ordered.map(([key, group], index) => {
    const name = names[index] ?? null;
    const shared = name !== null && names.filter((other) => other === name).length > 1;
    const label =
      name === null
        ? texts.noDomain(group.condition)
        : shared
          ? `${capitalise(name)} (${texts.shortName(group.condition)})`
          : capitalise(name);
    return { id: key, label, color: paint(group.condition), condition: group.condition, variables: group.variables };
  });
}

/**
 * An area's value on each axis: the condition index, or zoomed in, 100 + 10 × the (weighted) mean z of
 * the axis's indicators, the same rule the engine uses for a condition.
 */
export function profileValues(
  table: ScoreTable,
  area: AreaScores,
  level: ChartLevel,
  axes: ProfileAxis[],
): (number | null)[] {
  if (level === 'conditions') return axes.map((axis) => area.scores[axis.condition]);
  const weights = new Map(table.indicators.map((indicator) => [indicator.variable, indicator.weight]));
  const zs = new Map(area.details.map((detail) => [detail.variable, detail.z]));
  return axes.map((axis) => {
    let weighted = 0;
    let total = 0;
    for (const variable of axis.variables) {
      const z = zs.get(variable);
      const weight = weights.get(variable) ?? 1;
      if (z === null || z === undefined) continue;
      weighted += weight * z;
      total += weight;
    }
    return total > 0 ? indexOf(weighted / total) : null;
  });
}

/**
 * The words for what hides a table's suppressed areas, as message parameters: `below` ("fewer than 10
 * respondents", or a base column's own threshold) and `threshold` (the figure of "n < 10", where n is the
 * respondents or the base). Empty where nothing is hidden, which is the only case without them.
 */
export function suppressionWords(table: ScoreTable, language: Language): { below: string; threshold: string } {
  return {
    below: belowThreshold(table.publication, language) ?? '',
    threshold: table.threshold === null ? '' : String(table.threshold),
  };
}

/** Whether an area's figures may be shown: never a suppressed area's in the partner view. */
export function isHidden(area: AreaScores, audience: ScoreTable['audience']): boolean {
  return area.suppressed && audience === 'partner';
}

export function sortAreas(areas: readonly AreaScores[], sort: AreaSort, language: Language): AreaScores[] {
  const byName = (a: AreaScores, b: AreaScores) => areaLabel(a).localeCompare(areaLabel(b), language);
  if (sort === 'name') return [...areas].sort(byName);
  // Highest first; areas without a score last, by name.
  return [...areas].sort((a, b) => {
    const x = a.scores[sort];
    const y = b.scores[sort];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return y - x || byName(a, b);
  });
}

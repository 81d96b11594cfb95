import { describe, expect, it } from 'vitest';
import type { ConditionId } from '../../../shared/conditions';
import type { AreaScores, IndicatorSummary, ScoreTable } from '../../../shared/scores/score-types';
import {
  areaLabel,
  domainLabel,
  isHidden,
  plainPaint,
  profileAxes,
  profileValues,
  sortAreas,
  suppressionWords,
  type AxisTexts,
} from '../../../shared/scores/profile-data';

function indicator(variable: string, condition: ConditionId, domain: string | null, weight: number): IndicatorSummary {
  return {
    dataset: 'wijken',
    variable,
    condition,
    domain,
    polarity: 'positive',
    weight,
    reverse: false,
    label: `Label ${variable}`,
    scale: null,
    mean: null,
    sd: null,
    areas: 3,
  };
}

function areaScores(
  code: string,
  name: string | null,
  scores: Partial<Record<ConditionId, number | null>>,
  suppressed = false,
): AreaScores {
  return {
    code,
    name,
    n: null,
    suppressed,
    inReference: true,
    scores: { security: null, inclusion: null, cohesion: null, empowerment: null, ...scores },
    details: [],
  };
}

const indicators = [
  indicator('v1', 'inclusion', 'sociale netwerken', 1),
  indicator('v2', 'inclusion', 'arbeidsmarkt', 2),
  indicator('v3', 'inclusion', 'sociale netwerken', 3),
  indicator('v4', 'cohesion', 'sociale netwerken', 1),
  indicator('v5', 'security', null, 1),
  indicator('v6', 'cohesion', 'vertrouwen', 1),
];

const table = {
  dataset: 'wijken',
  audience: 'researcher',
  publication: { basis: 'respondents', threshold: 10 },
  threshold: 10,
  indicators,
  areas: [],
} as unknown as ScoreTable;

const texts: AxisTexts = {
  language: 'nl',
  shortName: (condition) =>
    ({ security: 'zekerheid', inclusion: 'inclusie', cohesion: 'cohesie', empowerment: 'empowerment' })[condition],
  noDomain: (condition) => `overig (${condition})`,
};

describe('profile axes (shared/scores/profile-data)', () => {
  it('has the four conditions at the conditions level, each with its indicators', () => {
    const axes = profileAxes(table, 'conditions', null, texts, plainPaint);
    expect(axes.map((axis) => axis.id)).toEqual(['security', 'inclusion', 'cohesion', 'empowerment']);
    expect(axes.map((axis) => axis.variables)).toEqual([['v5'], ['v1', 'v2', 'v3'], ['v4', 'v6'], []]);
    expect(axes[1]!.label).toBe('Sociale inclusie');
  });

  /**
   * By hand: the groups are condition:domain. In the conditions' order (security, inclusion, cohesion),
   * and within a condition in the order its domains are listed (inclusion: burgerschapsrechten,
   * arbeidsmarkt, voorzieningen, sociale netwerken; cohesion: vertrouwen, integrerende normen en waarden,
   * sociale netwerken, identiteit), indicators without a domain last. "sociale netwerken" is a domain of
   * both inclusion and cohesion, so both axes say whose it is.
   */
  it('groups the indicators by domain in the conditions’ order, naming a domain two conditions share', () => {
    const axes = profileAxes(table, 'domains', null, texts, plainPaint);
    expect(axes.map((axis) => axis.id)).toEqual([
      'security:',
      'inclusion:arbeidsmarkt',
      'inclusion:sociale netwerken',
      'cohesion:vertrouwen',
      'cohesion:sociale netwerken',
    ]);
    expect(axes.map((axis) => axis.label)).toEqual([
      'overig (security)',
      'Arbeidsmarkt',
      'Sociale netwerken (inclusie)',
      'Vertrouwen',
      'Sociale netwerken (cohesie)',
    ]);
    expect(axes[2]!.variables).toEqual(['v1', 'v3']);
  });

  it('zoomed in on one condition, shows only its domains or indicators', () => {
    expect(profileAxes(table, 'domains', 'cohesion', texts, plainPaint).map((axis) => axis.label)).toEqual([
      'Vertrouwen',
      // Alone in view, the shared name needs no condition after it.
      'Sociale netwerken',
    ]);
    expect(profileAxes(table, 'indicators', 'inclusion', texts, plainPaint).map((axis) => axis.id)).toEqual([
      'inclusion:v1',
      'inclusion:v2',
      'inclusion:v3',
    ]);
  });

  it('paints an axis in its condition’s own colour in an exported file', () => {
    expect(profileAxes(table, 'conditions', null, texts, plainPaint).every((axis) => axis.color?.startsWith('#'))).toBe(
      true,
    );
  });
});

describe('profile values', () => {
  /**
   * By hand, one area with z: v1 +1, v2 −1, v3 +0.5, v4 none, v5 +0.2, v6 −0.4.
   * - security (no domain): v5 alone → 100 + 10 × 0.2 = 102
   * - inclusion:arbeidsmarkt: v2 alone → 100 − 10 = 90
   * - inclusion:sociale netwerken: weights 1 (v1) and 3 (v3) → (1 × 1 + 3 × 0.5) / 4 = 0.625 → 106.25
   * - cohesion:vertrouwen: v6 → 100 − 4 = 96
   * - cohesion:sociale netwerken: v4 has no z → no value
   * At the conditions level the values are the engine's own condition scores, unchanged.
   */
  const area: AreaScores = {
    ...areaScores('W1', 'Oost', { security: 101, inclusion: 99.5 }),
    details: [
      { variable: 'v1', value: 1, z: 1, n: null },
      { variable: 'v2', value: 1, z: -1, n: null },
      { variable: 'v3', value: 1, z: 0.5, n: null },
      { variable: 'v4', value: null, z: null, n: null },
      { variable: 'v5', value: 1, z: 0.2, n: null },
      { variable: 'v6', value: 1, z: -0.4, n: null },
    ],
  };

  it('averages the z of a domain’s indicators by their weights, on the index scale', () => {
    const axes = profileAxes(table, 'domains', null, texts, plainPaint);
    const values = profileValues(table, area, 'domains', axes);
    expect(values[0]).toBeCloseTo(102, 10);
    expect(values[1]).toBeCloseTo(90, 10);
    expect(values[2]).toBeCloseTo(106.25, 10);
    expect(values[3]).toBeCloseTo(96, 10);
    expect(values[4]).toBeNull();
  });

  it('takes the engine’s condition scores at the conditions level', () => {
    const axes = profileAxes(table, 'conditions', null, texts, plainPaint);
    expect(profileValues(table, area, 'conditions', axes)).toEqual([101, 99.5, null, null]);
  });
});

describe('areas: names, order and what partners may see', () => {
  const areas = [
    areaScores('W3', 'Zuid', { security: 95 }),
    areaScores('W1', 'Oost', { security: null }),
    areaScores('W2', null, { security: 105 }, true),
    areaScores('W4', 'Centrum', { security: 95 }),
  ];

  it('names an area by its name, else its code', () => {
    expect(areas.map(areaLabel)).toEqual(['Zuid', 'Oost', 'W2', 'Centrum']);
  });

  it('sorts by name, or by a condition highest first with ties by name and the areas without a score last', () => {
    expect(sortAreas(areas, 'name', 'nl').map(areaLabel)).toEqual(['Centrum', 'Oost', 'W2', 'Zuid']);
    // 105 (W2), then the two 95s by name (Centrum, Zuid), then Oost without a score.
    expect(sortAreas(areas, 'security', 'nl').map(areaLabel)).toEqual(['W2', 'Centrum', 'Zuid', 'Oost']);
  });

  it('hides a suppressed area from partners only', () => {
    expect(isHidden(areas[2]!, 'partner')).toBe(true);
    expect(isHidden(areas[2]!, 'researcher')).toBe(false);
    expect(isHidden(areas[0]!, 'partner')).toBe(false);
  });

  it('words what hides the suppressed areas, and nothing where no threshold applies', () => {
    expect(suppressionWords(table, 'nl')).toEqual({ below: 'minder dan 10 respondenten', threshold: '10' });
    expect(suppressionWords(table, 'en')).toEqual({ below: 'fewer than 10 respondents', threshold: '10' });
    const none = { ...table, publication: { basis: 'none' }, threshold: null } as ScoreTable;
    expect(suppressionWords(none, 'nl')).toEqual({ below: '', threshold: '' });
  });

  it('writes a known domain in the UI language, and a user’s own domain as typed', () => {
    expect(domainLabel('inclusion', 'sociale netwerken', 'en')).toBe('social networks');
    expect(domainLabel('cohesion', 'trust', 'nl')).toBe('vertrouwen');
    expect(domainLabel('cohesion', 'buurtfeesten', 'en')).toBe('buurtfeesten');
  });
});

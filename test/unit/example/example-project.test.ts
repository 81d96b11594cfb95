import { describe, expect, it } from 'vitest';
import { surveyItems } from '../../../engine/example/generate-survey';
import type { MappedIndicator, ScoreTable } from '../../../shared/scores/score-types';
import { EXAMPLE_SURVEY, useExampleProject } from '../../helpers/example-project';

const example = useExampleProject();
const GGD = 'GGD Gezondheidsmonitor 2016 (Nijmegen)';

/**
 * The example's GGD indices, computed apart from the project with Python's statistics module on the
 * raw CSV (datasets/ggd-wijk-eenzaamheid-2016.csv, the 9 rows of WK0268xx): per indicator
 * 100 + 10 × polarity × (x − mean) / stdev (n − 1); each condition has one indicator, so that is its index.
 */
const PYTHON_INDICES = {
  WK026801: { security: 110.2813, inclusion: 111.2581, cohesion: 107.0253, empowerment: 109.3159 },
  WK026807: { security: 85.0453, inclusion: 84.8261, cohesion: 84.444, empowerment: 84.6561 },
};

describe('the example project', () => {
  it('comes with its survey items and four GGD indicators mapped to the conditions', async () => {
    const mappings = (await example.call('mappings.list', {})) as MappedIndicator[];
    const survey = mappings.filter((m) => m.dataset === EXAMPLE_SURVEY);
    expect(survey.map((m) => [m.variable, m.condition, m.domain])).toEqual(
      surveyItems.map((item) => [item.name, item.condition, item.domain]),
    );
    expect(mappings.filter((m) => m.dataset === GGD).map((m) => [m.variable, m.condition, m.polarity])).toEqual([
      ['% met goede ervaren gezondheid*', 'security', 'positive'],
      ['% sociaal eenzaam*', 'inclusion', 'negative'],
      ['% eenzaam*', 'cohesion', 'negative'],
      ['% met voldoende regie over het eigen leven*', 'empowerment', 'positive'],
    ]);
  });

  it('shows a profile over all four conditions at once, for the GGD figures and the survey', async () => {
    const ggd = (await example.call('scores.compute', {
      dataset: GGD,
      municipality: null,
      audience: 'partner',
    })) as ScoreTable;
    expect(ggd.areas).toHaveLength(9);
    for (const [code, expected] of Object.entries(PYTHON_INDICES)) {
      const area = ggd.areas.find((a) => a.code === code)!;
      for (const [condition, index] of Object.entries(expected))
        expect(area.scores[condition as keyof typeof expected]).toBeCloseTo(index, 3);
    }
    const survey = (await example.call('scores.compute', {
      dataset: EXAMPLE_SURVEY,
      municipality: null,
      audience: 'partner',
    })) as ScoreTable;
    const published = survey.areas.filter((a) => !a.suppressed);
    expect(published).toHaveLength(8);
    for (const area of published)
      expect(Object.values(area.scores).every((index) => typeof index === 'number')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { CodingProfile, CodingProgress, WordsIndexReport } from '../../../shared/coding/coding-types';
import { wordsIndex } from '../../../shared/coding/words-index';
import { conditionIds } from '../../../shared/conditions';
import type { ScoreTable } from '../../../shared/scores/score-types';
import { EXAMPLE_SURVEY, useExampleProject } from '../../helpers/example-project';
import { runCli } from '../../helpers/run-cli';
import { useTempFolder } from '../../helpers/temp-folder';
import { code } from './coding-fixture';

describe('werkbank words', () => {
  const example = useExampleProject();
  const home = useTempFolder();
  const words = (...args: string[]) => runCli(['words', example.path(), ...args], home());

  it('gives the numbers Woorden en cijfers overlays: the coder and figures the view opens on, standardised alike', async () => {
    const run = words('--dataset', EXAMPLE_SURVEY, '--json');
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as WordsIndexReport;

    // What the view does (coding-profile-store, analysis-store, WordsAndFiguresView), step by step through the contract:
    // the first coder with codings (the example has only the auto-coder's) …
    const progress = (await example.call('coding.progress', { dataset: EXAMPLE_SURVEY })) as CodingProgress[];
    const coder = progress.find((candidate) => candidate.coded > 0)!.coder;
    expect(coder).toBe('suggesties');
    const profile = (await example.call('coding.profile', { dataset: EXAMPLE_SURVEY, coder })) as CodingProfile;
    // … and the figures of the first dataset with mapped indicators, in the list's order.
    const datasets = (await example.call('datasets.list', {})) as { name: string }[];
    const mappings = (await example.call('mappings.list', {})) as { dataset: string }[];
    const figures = datasets.find((dataset) => mappings.some((mapping) => mapping.dataset === dataset.name))!.name;
    const scores = (await example.call('scores.compute', { dataset: figures })) as ScoreTable;
    const view = wordsIndex(profile, new Set(scores.areas.filter((area) => area.inReference).map((area) => area.code)));

    expect(report.coder).toBe(coder);
    expect(report.figures).toBe(figures);
    expect(report.reference).toEqual(view.reference);
    expect(report.areas.map((area) => area.code)).toEqual(profile.areas.map((area) => area.code));
    for (const area of report.areas) expect(area.index).toEqual(view.index.get(area.code));
  });

  it('puts the reference areas on the index scale: per condition their mean is 100 and their standard deviation 10', () => {
    const report = JSON.parse(words('--dataset', EXAMPLE_SURVEY, '--json').stdout) as WordsIndexReport;
    const inReference = report.areas.filter((area) => area.inReference);
    expect(inReference.length).toBeGreaterThanOrEqual(report.minimumAreas);
    // z has mean 0 and (n − 1) standard deviation 1 over the areas it is computed over, so 100 + 10 z has 100 and 10.
    for (const id of conditionIds) {
      const values = inReference.map((area) => area.index[id]!);
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1));
      expect(mean).toBeCloseTo(100, 8);
      expect(sd).toBeCloseTo(10, 8);
    }
    // An area with fewer coded records than the threshold gets an index, but is not standardised over.
    for (const area of report.areas.filter((candidate) => candidate.belowThreshold)) {
      expect(area.inReference).toBe(false);
      expect(report.reference).not.toContain(area.code);
    }
  });

  it('writes a table in Dutch by default, with decimal commas', () => {
    const run = words('--dataset', EXAMPLE_SURVEY);
    expect(run.status, run.stderr).toBe(0);
    const [heading, header, first] = run.stdout.split('\n');
    expect(heading).toMatch(
      /^Woordenindex van Bewonersenquête Nijmegen \(gegenereerd\), codeur suggesties; gestandaardiseerd over \d+ gebieden van /,
    );
    expect(header).toBe(
      'Gebied\tgecodeerd\tSociaaleconomische zekerheid\tSociale inclusie\tSociale cohesie\tSociale empowerment',
    );
    expect(first).toMatch(/^WK\d+ .+\t\d+(\t\d+,\d\d){4}$/);
  });

  it('refuses an unknown coder or dataset with a clear message, and a missing --dataset as wrong usage', () => {
    const coder = words('--dataset', EXAMPLE_SURVEY, '--coder', 'Piet');
    expect(coder.status).toBe(1);
    expect(coder.stderr).toBe('werkbank: Er is geen codeur met de naam "Piet".\n');
    const dataset = words('--dataset', 'Onbekend', '--lang', 'en');
    expect(dataset.status).toBe(1);
    expect(dataset.stderr).toBe('werkbank: There is no dataset named "Onbekend".\n');
    const usage = words();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('werkbank words PROJECT --dataset D');
  });
  // Last: it adds a coder, who would come before the auto-coder as the view's first choice.
  it('says so when too few areas have enough coded records to standardise over', async () => {
    // Anna codes two records: every area stays under the threshold of 10 coded records.
    for (const record of [1, 2])
      await example.call('coding.set', { dataset: EXAMPLE_SURVEY, coder: 'Anna', record, codes: [code.security] });
    const run = words('--dataset', EXAMPLE_SURVEY, '--coder', 'Anna');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Minder dan 3 gebieden om over te standaardiseren');
    const report = JSON.parse(
      words('--dataset', EXAMPLE_SURVEY, '--coder', 'Anna', '--json').stdout,
    ) as WordsIndexReport;
    expect(report.reference).toEqual([]);
    expect(report.areas.every((area) => conditionIds.every((id) => area.index[id] === null))).toBe(true);
  });
});

import path from 'node:path';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { channels, contract, type Channel } from '../../../shared/contract/channels';
import type { ContractError } from '../../../shared/contract/result';
import { createDispatch, type Handlers } from '../../../shared/contract/serve-contract';
import { runCli } from '../../helpers/run-cli';
import { useTempFolder } from '../../helpers/temp-folder';

const tempFolder = useTempFolder();

/**
 * The dispatch every host serves the contract through (Electron's IPC, the HTTP bridge, the CLI), over
 * handlers that must never be reached: a request that fails validation stops before any handler.
 */
const dispatch = createDispatch(
  new Proxy({} as Handlers, {
    get: () => () => {
      throw new Error('a handler was reached');
    },
  }),
);

/** What zod writes itself (English only, in types and regular expressions), and must never reach a user. */
const RAW = /invalid|expected|received|must match|pattern|too small|too big|unrecognized|[<>]=|\/\^|\$\//i;

/** The message without what it quotes: a value may be called "expected" (a cross-tab measure). */
const unquoted = (message: string) => message.replace(/"[^"]*"/g, '""');

/** Values of every wrong kind, tried in every top-level field of every channel's request. */
const WRONG: unknown[] = [42, -1, 1.5, 'x', '', true, [], [1], {}, { x: 1 }];

function fieldsOf(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

async function refusals(channel: Channel): Promise<{ request: unknown; error: ContractError }[]> {
  const requests: unknown[] = [
    42,
    'text',
    [1, 2],
    { unknownField: 1 },
    ...fieldsOf(contract[channel].request).flatMap((field) => WRONG.map((value) => ({ [field]: value }))),
  ];
  const found: { request: unknown; error: ContractError }[] = [];
  for (const request of requests) {
    const result = await dispatch(channel, request);
    if (!result.ok && result.error.code === 'invalid_request') found.push({ request, error: result.error });
  }
  return found;
}

describe('a request the contract refuses', () => {
  it('is told in Dutch and English, naming the field and what it takes, never in the validator’s words: every channel', async () => {
    for (const channel of channels) {
      const found = await refusals(channel);
      expect(found.length, channel).toBeGreaterThan(0);
      for (const { request, error } of found) {
        for (const language of ['nl', 'en'] as const) {
          const message = error.message[language];
          expect(unquoted(message), `${channel} ${JSON.stringify(request)} (${language})`).not.toMatch(RAW);
          expect(
            message.startsWith(`${channel} ${language === 'nl' ? 'is niet uitgevoerd.' : 'was not carried out.'} `),
            message,
          ).toBe(true);
          // A field by name, or the request as a whole.
          expect(message, message).toMatch(language === 'nl' ? /"[\w.[\]]+"|Het verzoek/ : /"[\w.[\]]+"|The request/);
        }
      }
      // A request that is no object at all says so.
      expect(found[0]!.error.message.nl, channel).toBe(
        `${channel} is niet uitgevoerd. Het verzoek moet een object met velden zijn (niet 42).`,
      );
      expect(found[0]!.error.message.en, channel).toBe(
        `${channel} was not carried out. The request must be an object with fields (not 42).`,
      );
    }
  });

  it.each<[Channel, unknown, string, string]>([
    ['datasets.variables', {}, '"dataset" ontbreekt.', '"dataset" is missing.'],
    [
      'project.open',
      { path: 'a.skw', extra: true },
      'Het verzoek heeft een onbekend veld: "extra".',
      'The request has an unknown field: "extra".',
    ],
    [
      'scores.compute',
      { dataset: 'ggd', municipality: 'Nijmegen' },
      '"municipality" moet een gemeentecode zijn, zoals GM0268, 0268 of 268 (niet "Nijmegen").',
      '"municipality" must be a municipality code, such as GM0268, 0268 or 268 (not "Nijmegen").',
    ],
    [
      'scores.compute',
      { dataset: 'ggd', audience: 'iedereen' },
      '"audience" moet een van deze zijn: "researcher" of "partner" (niet "iedereen").',
      '"audience" must be one of: "researcher" or "partner" (not "iedereen").',
    ],
    [
      'project.updateSettings',
      { publicationThreshold: 0 },
      '"publicationThreshold" moet minstens 1 zijn (niet 0).',
      '"publicationThreshold" must be at least 1 (not 0).',
    ],
    [
      'project.updateSettings',
      { publicationThreshold: 2.5 },
      '"publicationThreshold" moet een geheel getal zijn (niet 2.5).',
      '"publicationThreshold" must be a whole number (not 2.5).',
    ],
    [
      'crosstab.compute',
      { dataset: 'd', rows: { variable: 'a', bins: [110, 90] }, cols: { variable: 'b' } },
      '"rows.bins" moet oplopende grenzen hebben, zoals 90, 110.',
      '"rows.bins" must have rising cut points, such as 90, 110.',
    ],
    [
      'crosstab.compute',
      { dataset: 'd', rows: { variable: '' }, cols: { variable: 'b' } },
      '"rows.variable" mag niet leeg zijn (niet "").',
      '"rows.variable" must not be empty (not "").',
    ],
    [
      'codebook.addCode',
      { parent: 'geen-guid', nl: 'Buurt' },
      '"parent" moet een GUID zijn (32 hexadecimale tekens met streepjes) (niet "geen-guid").',
      '"parent" must be a GUID (32 hexadecimal characters with hyphens) (not "geen-guid").',
    ],
    [
      'datasets.setBase',
      { dataset: 'ggd', variable: null, threshold: 100 },
      '"threshold" kan alleen samen met een basiskolom (variable).',
      '"threshold" can only go with a base column (variable).',
    ],
  ])('%s %j', async (channel, request, nl, en) => {
    const result = await dispatch(channel, request);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    if (result.ok) return;
    expect(result.error.message.nl).toContain(nl);
    expect(result.error.message.en).toContain(en);
  });

  it('names the field deep inside an import plan, and a choice by its options', async () => {
    const plan = {
      file: 'a.csv',
      name: 'a',
      kind: 'area',
      source: { format: 'sav' },
      columns: [
        {
          source: 'x',
          name: 'x',
          label: null,
          type: 'getal',
          role: null,
          missingCodes: [],
          valueLabels: {},
          ordinal: false,
          decimalMark: null,
        },
      ],
    };
    const result = await dispatch('import.start', { plan });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const language of ['nl', 'en'] as const) expect(unquoted(result.error.message[language])).not.toMatch(RAW);
    expect(result.error.message.nl).toContain(
      '"plan.source.format" moet een van deze zijn: "csv" of "xlsx" (niet "sav").',
    );
    expect(result.error.message.en).toContain('"plan.source.format" must be one of: "csv" or "xlsx" (not "sav").');
  });
});

describe('the command line, refused by the contract', () => {
  it('says what a flag takes in the chosen language, never the validator’s text', () => {
    const home = tempFolder();
    const project = path.join(home, 'p.skw');
    expect(runCli(['init', project], home).status).toBe(0);
    const cases: [string[], string][] = [
      [
        ['scores', project, '--dataset', 'd', '--audience', 'iedereen'],
        '"audience" moet een van deze zijn: "researcher" of "partner" (niet "iedereen").',
      ],
      [
        ['scores', project, '--dataset', 'd', '--municipality', '12345'],
        '"municipality" moet een gemeentecode zijn, zoals GM0268, 0268 of 268 (niet "12345").',
      ],
      [
        ['scores', project, '--dataset', 'd', '--reference', 'landelijk'],
        '"reference" moet een van deze zijn: "municipality" of "all" (niet "landelijk").',
      ],
      [
        ['crosstab', project, '--dataset', 'd', '--rows', 'a', '--cols', 'b', '--bins-rows', '110,90'],
        '"rows.bins" moet oplopende grenzen hebben, zoals 90, 110.',
      ],
      [
        ['base', project, '--dataset', 'd', '--variable', 'v', '--threshold', 'veel'],
        '"threshold" moet een getal zijn (niet "veel").',
      ],
      [
        ['map', project, '--dataset', 'd', '--variable', 'v', '--condition', 'geluk'],
        '"condition" moet een van deze zijn: "security", "inclusion", "cohesion" of "empowerment" (niet "geluk").',
      ],
    ];
    for (const [args, expected] of cases) {
      for (const language of ['nl', 'en']) {
        const run = runCli([...args, '--lang', language], home);
        expect(run.status, run.stderr).toBe(1);
        expect(unquoted(run.stderr)).not.toMatch(RAW);
        if (language === 'nl') expect(run.stderr).toContain(expected);
      }
    }
  });
});

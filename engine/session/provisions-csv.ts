import type Database from 'better-sqlite3';
import path from 'node:path';
import type { z } from 'zod';
import { conditionIds, conditions, type ConditionId } from '../../shared/conditions';
import { contractError, raise } from '../../shared/contract/errors';
import type { CsvProblem } from '../../shared/contract/session-errors';
import type { ImportProvisionsSchema, Provision } from '../../shared/session/session-types';
import { readCsvFile, readCsvRows } from '../import/read-csv-file';
import { saveProvision } from './provisions';

/** The columns of a provisions CSV, in Dutch; `gebied` may be left out when the request names the area. */
const columns = ['naam', 'organisator', 'collectief', 'preventief', 'condities', 'bereik', 'gebied'] as const;
type Column = (typeof columns)[number];
const required: readonly Column[] = ['naam', 'collectief', 'preventief', 'condities'];

const yes = new Set(['ja', 'j', 'yes', 'y', '1', 'true', 'waar', 'x']);
const no = new Set(['nee', 'n', 'no', '0', 'false', 'onwaar']);

/** A condition by its id, its Dutch or English name, or the Dutch short name a researcher types. */
const conditionWords = new Map<string, ConditionId>(
  conditions.flatMap((condition) => {
    const short = condition.label.nl.split(' ').at(-1)!.toLowerCase();
    return [condition.id, condition.label.nl, condition.label.en, short].map((word): [string, ConditionId] => [
      word.toLowerCase(),
      condition.id,
    ]);
  }),
);

const MAX_TEXT = 200;

/**
 * Reads a CSV of provisions (Dutch headers: naam, organisator, collectief, preventief, condities, bereik,
 * gebied) and adds them to the sociale basis: checked in full first, so an error names the file, line and
 * column and nothing is added; then added in one transaction. Answers the number added.
 */
export async function importProvisions(
  db: Database.Database,
  request: z.output<typeof ImportProvisionsSchema>,
): Promise<{ added: number; areas: string[] }> {
  const file = path.resolve(request.path);
  const { name, text, dialect, header } = readCsvFile(file);
  const index = new Map<Column, number>();
  header.forEach((field, i) => {
    const column = columns.find((c) => c === field.toLowerCase());
    if (column && !index.has(column)) index.set(column, i);
  });
  for (const column of [...required, ...(request.area === undefined ? (['gebied'] as const) : [])])
    if (!index.has(column)) raise('provisions_csv_missing_column', { file: name, column });

  const parsed: Omit<Provision, 'id'>[] = [];
  await readCsvRows(
    name,
    (async function* () {
      yield text;
    })(),
    { delimiter: dialect.delimiter, quote: dialect.quote, hasHeader: true },
    header.length,
    {
      record: (fields, line) => {
        const cell = (column: Column) => {
          const at = index.get(column);
          return at === undefined ? '' : (fields[at] ?? '').trim();
        };
        const refuse = (column: Column, problem: CsvProblem, value = ''): never =>
          raise('provisions_csv_invalid', { file: name, line, column, problem, value });
        if (fields.every((field) => field.trim() === '')) return;
        const text = (column: Column, needed: boolean) => {
          const value = cell(column);
          if (needed && value === '') refuse(column, 'empty');
          if (value.length > MAX_TEXT) refuse(column, 'too_long');
          return value;
        };
        const flag = (column: Column) => {
          const value = cell(column);
          if (value === '') refuse(column, 'empty');
          if (yes.has(value.toLowerCase())) return true;
          if (no.has(value.toLowerCase())) return false;
          return refuse(column, 'not_yes_no', value);
        };
        const words = cell('condities')
          .split(/[;,|/]/)
          .map((word) => word.trim())
          .filter((word) => word !== '');
        if (words.length === 0) refuse('condities', 'empty');
        const served = words.map(
          (word) => conditionWords.get(word.toLowerCase()) ?? refuse('condities', 'unknown_condition', word),
        );
        parsed.push({
          area: text('gebied', request.area === undefined) || request.area!,
          name: text('naam', true),
          organiser: text('organisator', false),
          collective: flag('collectief'),
          preventive: flag('preventief'),
          conditions: conditionIds.filter((id) => served.includes(id)),
          reach: text('bereik', false),
        });
      },
      ragged: (fields, line) =>
        contractError('codings_ragged_row', { file: name, line, found: fields.length, expected: header.length }),
      cancelled: () => false,
    },
  );
  if (parsed.length === 0) raise('provisions_csv_empty', { file: name });
  db.transaction(() => parsed.forEach((provision) => saveProvision(db, provision)))();
  return { added: parsed.length, areas: [...new Set(parsed.map((p) => p.area))] };
}

import { codebookErrors } from './codebook-errors';
import { codingErrors } from './coding-errors';
import { commonErrors } from './common-errors';
import { crosstabErrors } from './crosstab-errors';
import { datasetsErrors } from './datasets-errors';
import { importErrors } from './import-errors';
import { mappingsErrors } from './mappings-errors';
import { projectErrors } from './project-errors';
import { scoresErrors } from './scores-errors';
import type { ContractError, LocalizedText } from './result';

/**
 * Every error the engine can report to a user, with its message in Dutch and English, composed from the
 * capabilities' own `*-errors.ts`: a new capability adds one line here. Parameters are filled in where the
 * error is raised, so a message can name the file, line and column.
 */
const catalogue = {
  ...commonErrors,
  ...projectErrors,
  ...datasetsErrors,
  ...importErrors,
  ...mappingsErrors,
  ...scoresErrors,
  ...codebookErrors,
  ...crosstabErrors,
  ...codingErrors,
} satisfies Record<string, (params: never) => LocalizedText>;

export type ErrorCode = keyof typeof catalogue;
export type ErrorParams<C extends ErrorCode> = Parameters<(typeof catalogue)[C]>[0];

export function contractError<C extends ErrorCode>(
  code: C,
  ...params: ErrorParams<C> extends undefined ? [] : [ErrorParams<C>]
): ContractError {
  const make = catalogue[code] as (p: unknown) => LocalizedText;
  return { code, message: make(params[0]) };
}

/** Thrown by engine code; the contract turns it into `{ ok: false, error }`. */
export class WerkbankError extends Error {
  readonly error: ContractError;
  constructor(error: ContractError) {
    super(error.message.en);
    this.name = 'WerkbankError';
    this.error = error;
  }
}

export function raise<C extends ErrorCode>(
  code: C,
  ...params: ErrorParams<C> extends undefined ? [] : [ErrorParams<C>]
): never {
  throw new WerkbankError(contractError(code, ...params));
}

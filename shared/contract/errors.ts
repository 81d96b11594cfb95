import { codebookErrors } from './codebook-errors';
import { codingErrors } from './coding-errors';
import { commonErrors } from './common-errors';
import { crosstabErrors } from './crosstab-errors';
import { datasetsErrors } from './datasets-errors';
import { fileTransferErrors } from './file-transfer-errors';
import { importErrors } from './import-errors';
import { mappingsErrors } from './mappings-errors';
import { projectErrors } from './project-errors';
import { scoresErrors } from './scores-errors';
import { sessionErrors } from './session-errors';
import type { Language } from '../i18n/language';
import { mergeMessages } from '../i18n/messages';
import type { ContractError } from './result';

/**
 * Every error the engine can report to a user, with its message in Dutch and English, composed from the
 * capabilities' own `*-errors.ts`: a new capability adds one line here. Parameters are filled in where the
 * error is raised, so a message can name the file, line and column.
 */
const catalogue = mergeMessages(
  commonErrors,
  projectErrors,
  datasetsErrors,
  importErrors,
  mappingsErrors,
  scoresErrors,
  codebookErrors,
  crosstabErrors,
  codingErrors,
  sessionErrors,
  fileTransferErrors,
);

type Catalogue = typeof catalogue.nl;
export type ErrorCode = keyof Catalogue & string;
export type ErrorParams<C extends ErrorCode> = Parameters<Catalogue[C]>[0];

export function contractError<C extends ErrorCode>(
  code: C,
  ...params: ErrorParams<C> extends undefined ? [] : [ErrorParams<C>]
): ContractError {
  const say = (language: Language) => (catalogue[language][code] as (p: unknown) => string)(params[0]);
  return { code, message: { nl: say('nl'), en: say('en') } };
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

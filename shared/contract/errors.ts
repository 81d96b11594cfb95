import type { ContractError, LocalizedText } from './result';

/**
 * Every error the engine can report to a user, with its message in Dutch and English.
 * Parameters are filled in where the error is raised, so a message can name the file, line and column.
 */
const catalogue = {
  invalid_request: (p: { channel: string; issues: string }) => ({
    nl: `Ongeldig verzoek voor ${p.channel}: ${p.issues}`,
    en: `Invalid request for ${p.channel}: ${p.issues}`,
  }),
  unknown_channel: (p: { channel: string }) => ({
    nl: `Onbekende opdracht: ${p.channel}`,
    en: `Unknown command: ${p.channel}`,
  }),
  not_available: (p: { what: string }) => ({
    nl: `Niet beschikbaar in deze omgeving: ${p.what}`,
    en: `Not available here: ${p.what}`,
  }),
  file_not_found: (p: { file: string }) => ({
    nl: `Bestand niet gevonden: ${p.file}`,
    en: `File not found: ${p.file}`,
  }),
  is_a_folder: (p: { file: string }) => ({
    nl: `${p.file} is een map, geen bestand.`,
    en: `${p.file} is a folder, not a file.`,
  }),
  file_exists: (p: { file: string }) => ({
    nl: `Er bestaat al een bestand ${p.file}; kies een andere naam.`,
    en: `A file ${p.file} already exists; choose another name.`,
  }),
  not_a_project: (p: { file: string }) => ({
    nl: `${p.file} is geen project van de Werkbank Sociale Kwaliteit (geen SQLite-projectbestand). Het bestand is niet gewijzigd.`,
    en: `${p.file} is not a Werkbank Sociale Kwaliteit project (not a SQLite project file). The file was not changed.`,
  }),
  project_damaged: (p: { file: string; detail: string }) => ({
    nl: `${p.file} is beschadigd en kan niet worden geopend (${p.detail}). Het bestand is niet gewijzigd; open een reservekopie.`,
    en: `${p.file} is damaged and cannot be opened (${p.detail}). The file was not changed; open a backup copy.`,
  }),
  project_too_new: (p: { file: string; fileVersion: number; appVersion: number }) => ({
    nl: `${p.file} is gemaakt met een nieuwere versie van de Werkbank (projectversie ${p.fileVersion}; deze versie kent tot en met ${p.appVersion}). Werk de Werkbank bij om het te openen. Het bestand is niet gewijzigd.`,
    en: `${p.file} was written by a newer version of the Werkbank (project version ${p.fileVersion}; this version knows up to ${p.appVersion}). Update the Werkbank to open it. The file was not changed.`,
  }),
  project_locked: (p: { file: string }) => ({
    nl: `${p.file} is in gebruik door een ander programma. Sluit het daar en probeer het opnieuw.`,
    en: `${p.file} is in use by another program. Close it there and try again.`,
  }),
  no_project_open: () => ({
    nl: 'Er is geen project geopend.',
    en: 'No project is open.',
  }),
  cannot_write: (p: { file: string; detail: string }) => ({
    nl: `Kan ${p.file} niet schrijven: ${p.detail}`,
    en: `Cannot write ${p.file}: ${p.detail}`,
  }),
  internal: (p: { detail: string }) => ({
    nl: `Er ging iets onverwachts mis: ${p.detail}`,
    en: `Something unexpected went wrong: ${p.detail}`,
  }),
} satisfies Record<string, (params: never) => LocalizedText>;

export type ErrorCode = keyof typeof catalogue;
export type ErrorParams<C extends ErrorCode> = Parameters<(typeof catalogue)[C]>[0];

export function contractError<C extends ErrorCode>(code: C, ...params: ErrorParams<C> extends undefined ? [] : [ErrorParams<C>]): ContractError {
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

export function raise<C extends ErrorCode>(code: C, ...params: ErrorParams<C> extends undefined ? [] : [ErrorParams<C>]): never {
  throw new WerkbankError(contractError(code, ...params));
}

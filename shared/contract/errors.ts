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
  import_empty_file: (p: { file: string }) => ({
    nl: `${p.file} is leeg: er valt niets te importeren.`,
    en: `${p.file} is empty: there is nothing to import.`,
  }),
  import_header_only: (p: { file: string }) => ({
    nl: `${p.file} bevat alleen een kopregel en geen gegevens.`,
    en: `${p.file} has a header row but no data.`,
  }),
  import_binary_file: (p: { file: string; spreadsheet: boolean }) => ({
    nl: p.spreadsheet
      ? `${p.file} is een spreadsheetbestand, geen tekstbestand. Importeer het als Excel-bestand (.xlsx) of sla het op als CSV.`
      : `${p.file} is geen tekstbestand (het bevat binaire gegevens) en kan niet als CSV worden gelezen.`,
    en: p.spreadsheet
      ? `${p.file} is a spreadsheet, not a text file. Import it as an Excel file (.xlsx) or save it as CSV.`
      : `${p.file} is not a text file (it holds binary data) and cannot be read as CSV.`,
  }),
  import_undecodable: (p: { file: string; encoding: string; line: number }) => ({
    nl: `${p.file}, regel ${p.line}: de tekst is geen geldige ${p.encoding}. Kies een andere tekenset (bijvoorbeeld windows-1252).`,
    en: `${p.file}, line ${p.line}: the text is not valid ${p.encoding}. Choose another encoding (for example windows-1252).`,
  }),
  import_unclosed_quote: (p: { file: string; line: number }) => ({
    nl: `${p.file}, regel ${p.line}: een aanhalingsteken wordt geopend maar nergens gesloten.`,
    en: `${p.file}, line ${p.line}: a quote is opened but never closed.`,
  }),
  import_ragged_row: (p: { file: string; line: number; found: number; expected: number }) => ({
    nl: `${p.file}, regel ${p.line}: ${p.found} velden, terwijl de kopregel er ${p.expected} heeft. Herstel de regel of kies "slechte regels overslaan".`,
    en: `${p.file}, line ${p.line}: ${p.found} fields where the header has ${p.expected}. Fix the line or choose to skip bad rows.`,
  }),
  import_column_not_found: (p: { file: string; column: string; available: string }) => ({
    nl: `${p.file} heeft geen kolom "${p.column}". Kolommen: ${p.available}.`,
    en: `${p.file} has no column "${p.column}". Columns: ${p.available}.`,
  }),
  import_no_area_column: (p: { file: string }) => ({
    nl: `${p.file}: er is geen kolom met gebiedscodes gekozen, dus er kan niet op gebied worden gefilterd.`,
    en: `${p.file}: no area code column is chosen, so rows cannot be filtered by area.`,
  }),
  import_no_rows_left: (p: { file: string }) => ({
    nl: `${p.file}: na het filteren op gebied blijft er geen enkele rij over.`,
    en: `${p.file}: no row is left after filtering by area.`,
  }),
  import_sheet_not_found: (p: { file: string; sheet: string; sheets: string }) => ({
    nl: `${p.file} heeft geen werkblad "${p.sheet}". Werkbladen: ${p.sheets}.`,
    en: `${p.file} has no sheet "${p.sheet}". Sheets: ${p.sheets}.`,
  }),
  dataset_exists: (p: { name: string }) => ({
    nl: `Er is al een dataset met de naam "${p.name}". Kies een andere naam.`,
    en: `A dataset named "${p.name}" already exists. Choose another name.`,
  }),
  dataset_not_found: (p: { name: string }) => ({
    nl: `Er is geen dataset met de naam "${p.name}".`,
    en: `There is no dataset named "${p.name}".`,
  }),
  import_cancelled: (p: { file: string }) => ({
    nl: `Het importeren van ${p.file} is geannuleerd; het project is niet gewijzigd.`,
    en: `The import of ${p.file} was cancelled; the project was not changed.`,
  }),
  job_not_found: (p: { id: string }) => ({
    nl: `Onbekende taak: ${p.id}`,
    en: `Unknown task: ${p.id}`,
  }),
  unauthorized: () => ({
    nl: 'Geen toegang tot de Werkbank: het toegangstoken ontbreekt of klopt niet. Open de link met het toegangstoken opnieuw (de link die "werkbank serve" toont).',
    en: 'No access to the Werkbank: the access token is missing or wrong. Open the link with the access token again (the link "werkbank serve" shows).',
  }),
  untrusted_sender: () => ({
    nl: 'Geweigerd: dit verzoek kwam niet van het venster van de Werkbank.',
    en: 'Refused: this request did not come from the Werkbank window.',
  }),
  host_unreachable: () => ({
    nl: 'Geen verbinding met de Werkbank. Draait "werkbank serve" nog? Start het opnieuw en open de link die het toont.',
    en: 'No connection to the Werkbank. Is "werkbank serve" still running? Start it again and open the link it shows.',
  }),
  variable_not_found: (p: { dataset: string; variable: string }) => ({
    nl: `Dataset "${p.dataset}" heeft geen variabele "${p.variable}".`,
    en: `Dataset "${p.dataset}" has no variable "${p.variable}".`,
  }),
  variable_not_numeric: (p: { dataset: string; variable: string }) => ({
    nl: `"${p.variable}" in "${p.dataset}" is geen getal of ordinale schaal en kan geen indicator zijn.`,
    en: `"${p.variable}" in "${p.dataset}" is not a number or an ordinal scale and cannot be an indicator.`,
  }),
  no_area_column: (p: { dataset: string }) => ({
    nl: `Dataset "${p.dataset}" heeft geen kolom met gebiedscodes; scores per gebied kunnen niet worden berekend.`,
    en: `Dataset "${p.dataset}" has no area code column; scores per area cannot be computed.`,
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

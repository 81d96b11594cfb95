import { localeOf } from '../i18n/locale';
import { defineErrors } from './define-errors';

interface RepeatedAreas {
  file: string;
  areas: number;
  complete: boolean;
  code: string;
  rows: number;
  column: string | null;
  values: string[];
}

/** The values that tell repeated areas apart: the first twenty. */
const shownValues = (values: string[]) => values.slice(0, 20).join(', ') + (values.length > 20 ? ', …' : '');

/** The workbook's other sheets, quoted: `"a"`, `"a" and "b"`, `"a", "b" and "c"`. */
function sheetList(sheets: string[], and: string): string {
  const quoted = sheets.map((name) => `"${name}"`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${and} ${quoted.at(-1)}`;
}

interface HeaderOnly {
  file: string;
  sheet?: string;
  otherSheets?: string[];
}

/** The import's errors: reading a CSV or Excel file, its rows and columns, and the import job. */
export const importErrors = defineErrors({
  nl: {
    import_repeated_areas: (p: RepeatedAreas) =>
      `${p.file}: ${p.complete ? '' : 'minstens '}${p.areas} gebied(en) staan op meer dan één regel (${p.code} op ${p.rows} regels). Een gebiedsdataset heeft één regel per gebied, en de Werkbank middelt die regels niet. ` +
      (p.column
        ? `De kolom "${p.column}" onderscheidt ze (${shownValues(p.values)}): kies welke waarde je bewaart, met --keep "${p.column}=WAARDE" of in de wizard onder "Eén regel per gebied".`
        : `Geen kolom onderscheidt ze: kies een andere gebiedscodekolom, of de soort "enquête" als elke regel een respondent is.`),
    import_empty_file: (p: { file: string }) => `${p.file} is leeg: er valt niets te importeren.`,
    /** `sheet`: the Excel sheet read, with `otherSheets` the workbook's others (a first sheet of notes). */
    import_header_only: (p: HeaderOnly) => {
      const others = p.otherSheets ?? [];
      if (p.sheet === undefined) return `${p.file} bevat alleen een kopregel en geen gegevens.`;
      return `Werkblad "${p.sheet}" van ${p.file} bevat alleen een kopregel en geen gegevens.${others.length > 0 ? ` De werkmap heeft ook ${sheetList(others, 'en')}: kies het werkblad met de gegevens.` : ''}`;
    },
    import_binary_file: (p: { file: string; spreadsheet: boolean }) =>
      p.spreadsheet
        ? `${p.file} is een spreadsheetbestand, geen tekstbestand. Importeer het als Excel-bestand (.xlsx) of sla het op als CSV.`
        : `${p.file} is geen tekstbestand (het bevat binaire gegevens) en kan niet als CSV worden gelezen.`,
    import_undecodable: (p: { file: string; encoding: string; line: number }) =>
      `${p.file}, regel ${p.line}: de tekst is geen geldige ${p.encoding}. Kies een andere tekenset (bijvoorbeeld windows-1252).`,
    import_unclosed_quote: (p: { file: string; line: number }) =>
      `${p.file}, regel ${p.line}: een aanhalingsteken wordt geopend maar nergens gesloten.`,
    import_ragged_row: (p: { file: string; line: number; found: number; expected: number }) =>
      `${p.file}, regel ${p.line}: ${p.found} velden, terwijl de kopregel er ${p.expected} heeft. Herstel de regel of kies "slechte regels overslaan".`,
    import_too_many_columns: (p: { file: string; found: number; max: number; atLeast: boolean }) =>
      `${p.file} heeft ${p.atLeast ? 'meer dan ' : ''}${p.found.toLocaleString(localeOf('nl'))} kolommen; een dataset kan er hoogstens ${p.max.toLocaleString(localeOf('nl'))} hebben (zoveel houdt SQLite, waarin het project is opgeslagen, in één tabel). Verwijder de kolommen die je niet nodig hebt, of verdeel ze over twee bestanden.`,
    /** `quoted`: the line is one quoted field that goes on, rather than text without line ends. */
    import_record_too_long: (p: { file: string; line: number; megabytes: number; quoted: boolean }) =>
      p.quoted
        ? `${p.file}, regel ${p.line}: hier opent een aanhalingsteken een veld dat na ${p.megabytes} MB nog niet is gesloten. Waarschijnlijk wordt het nergens gesloten; herstel het aanhalingsteken.`
        : `${p.file}, regel ${p.line}: deze regel is langer dan ${p.megabytes} MB en eindigt niet. Het bestand heeft daar geen regeleinden (CR, LF of CRLF) en is dus geen tabel met een rij per regel.`,
    import_column_not_found: (p: { file: string; column: string; available: string }) =>
      `${p.file} heeft geen kolom "${p.column}". Kolommen: ${p.available}.`,
    import_no_area_column: (p: { file: string }) =>
      `${p.file}: er is geen kolom met gebiedscodes gekozen, dus er kan niet op gebied worden gefilterd.`,
    import_no_rows_left: (p: { file: string }) =>
      `${p.file}: na het filteren op gebied blijft er geen enkele rij over.`,
    import_out_of_memory: (p: { file: string; format: 'csv' | 'xlsx' }) =>
      p.format === 'xlsx'
        ? `${p.file} is te groot om in het geheugen te lezen. Sla het werkblad op als CSV (UTF-8) en importeer dat: een CSV-bestand wordt in stukken gelezen, hoe groot ook. Het project is niet gewijzigd.`
        : `Het importeren van ${p.file} had meer geheugen nodig dan er vrij is. Sluit andere programma's en probeer het opnieuw, of verdeel het bestand. Het project is niet gewijzigd.`,
    import_xlsx_unreadable: (p: { file: string }) =>
      `${p.file} kan niet als Excel-werkmap (.xlsx) worden gelezen: het bestand is beschadigd of geen werkmap. Open het in Excel en sla het opnieuw op, of sla het op als CSV.`,
    import_sheet_not_found: (p: { file: string; sheet: string; sheets: string }) =>
      `${p.file} heeft geen werkblad "${p.sheet}". Werkbladen: ${p.sheets}.`,
    dataset_exists: (p: { name: string }) => `Er is al een dataset met de naam "${p.name}". Kies een andere naam.`,
    import_cancelled: (p: { file: string }) =>
      `Het importeren van ${p.file} is geannuleerd; het project is niet gewijzigd.`,
    job_not_found: (p: { id: string }) => `Onbekende taak: ${p.id}`,
  },
  en: {
    import_empty_file: (p) => `${p.file} is empty: there is nothing to import.`,
    import_binary_file: (p) =>
      p.spreadsheet
        ? `${p.file} is a spreadsheet, not a text file. Import it as an Excel file (.xlsx) or save it as CSV.`
        : `${p.file} is not a text file (it holds binary data) and cannot be read as CSV.`,
    import_undecodable: (p) =>
      `${p.file}, line ${p.line}: the text is not valid ${p.encoding}. Choose another encoding (for example windows-1252).`,
    import_unclosed_quote: (p) => `${p.file}, line ${p.line}: a quote is opened but never closed.`,
    import_ragged_row: (p) =>
      `${p.file}, line ${p.line}: ${p.found} fields where the header has ${p.expected}. Fix the line or choose to skip bad rows.`,
    import_too_many_columns: (p) =>
      `${p.file} has ${p.atLeast ? 'more than ' : ''}${p.found.toLocaleString(localeOf('en'))} columns; a dataset can have at most ${p.max.toLocaleString(localeOf('en'))} (what SQLite, which holds the project, keeps in one table). Remove the columns you do not need, or split them over two files.`,
    import_record_too_long: (p) =>
      p.quoted
        ? `${p.file}, line ${p.line}: a quote opens a field here that is still open after ${p.megabytes} MB. It is probably never closed; fix the quote.`
        : `${p.file}, line ${p.line}: this line is longer than ${p.megabytes} MB and does not end. The file has no line ends there (CR, LF or CRLF), so it is not a table with a row per line.`,
    import_column_not_found: (p) => `${p.file} has no column "${p.column}". Columns: ${p.available}.`,
    import_no_area_column: (p) => `${p.file}: no area code column is chosen, so rows cannot be filtered by area.`,
    import_no_rows_left: (p) => `${p.file}: no row is left after filtering by area.`,
    import_out_of_memory: (p) =>
      p.format === 'xlsx'
        ? `${p.file} is too large to read in memory. Save the sheet as CSV (UTF-8) and import that: a CSV file is read piece by piece, however large. The project was not changed.`
        : `Importing ${p.file} needed more memory than is free. Close other programs and try again, or split the file. The project was not changed.`,
    import_xlsx_unreadable: (p) =>
      `${p.file} cannot be read as an Excel workbook (.xlsx): the file is damaged or not a workbook. Open it in Excel and save it again, or save it as CSV.`,
    import_sheet_not_found: (p) => `${p.file} has no sheet "${p.sheet}". Sheets: ${p.sheets}.`,
    dataset_exists: (p) => `A dataset named "${p.name}" already exists. Choose another name.`,
    import_cancelled: (p) => `The import of ${p.file} was cancelled; the project was not changed.`,
    job_not_found: (p) => `Unknown task: ${p.id}`,
    import_repeated_areas: (p) =>
      `${p.file}: ${p.complete ? '' : 'at least '}${p.areas} area(s) stand on more than one line (${p.code} on ${p.rows} lines). An area dataset holds one line per area, and the Werkbank does not average them. ` +
      (p.column
        ? `The column "${p.column}" tells them apart (${shownValues(p.values)}): choose which value to keep, with --keep "${p.column}=VALUE" or in the wizard under "One line per area".`
        : `No column tells them apart: choose another area code column, or the kind "survey" if every line is a respondent.`),
    import_header_only: (p) => {
      const others = p.otherSheets ?? [];
      if (p.sheet === undefined) return `${p.file} has a header row but no data.`;
      return `Sheet "${p.sheet}" of ${p.file} has a header row but no data.${others.length > 0 ? ` The workbook also has ${sheetList(others, 'and')}: choose the sheet with the data.` : ''}`;
    },
  },
});

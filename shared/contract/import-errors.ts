import { defineErrors } from './define-errors';

/** The import's errors: reading a CSV or Excel file, its rows and columns, and the import job. */
export const importErrors = defineErrors({
  import_repeated_areas: (p: {
    file: string;
    areas: number;
    complete: boolean;
    code: string;
    rows: number;
    column: string | null;
    values: string[];
  }) => {
    const shown = p.values.slice(0, 20).join(', ') + (p.values.length > 20 ? ', …' : '');
    return {
      nl:
        `${p.file}: ${p.complete ? '' : 'minstens '}${p.areas} gebied(en) staan op meer dan één regel (${p.code} op ${p.rows} regels). Een gebiedsdataset heeft één regel per gebied, en de Werkbank middelt die regels niet. ` +
        (p.column
          ? `De kolom "${p.column}" onderscheidt ze (${shown}): kies welke waarde je bewaart, met --keep "${p.column}=WAARDE" of in de wizard onder "Eén regel per gebied".`
          : `Geen kolom onderscheidt ze: kies een andere gebiedscodekolom, of de soort "enquête" als elke regel een respondent is.`),
      en:
        `${p.file}: ${p.complete ? '' : 'at least '}${p.areas} area(s) stand on more than one line (${p.code} on ${p.rows} lines). An area dataset holds one line per area, and the Werkbank does not average them. ` +
        (p.column
          ? `The column "${p.column}" tells them apart (${shown}): choose which value to keep, with --keep "${p.column}=VALUE" or in the wizard under "One line per area".`
          : `No column tells them apart: choose another area code column, or the kind "survey" if every line is a respondent.`),
    };
  },
  import_empty_file: (p: { file: string }) => ({
    nl: `${p.file} is leeg: er valt niets te importeren.`,
    en: `${p.file} is empty: there is nothing to import.`,
  }),
  /** `sheet`: the Excel sheet read, with `otherSheets` the workbook's others (a first sheet of notes). */
  import_header_only: (p: { file: string; sheet?: string; otherSheets?: string[] }) => {
    const others = p.otherSheets ?? [];
    const quoted = others.map((name) => `"${name}"`);
    const list = (and: string) =>
      quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${and} ${quoted.at(-1)}`;
    if (p.sheet === undefined)
      return {
        nl: `${p.file} bevat alleen een kopregel en geen gegevens.`,
        en: `${p.file} has a header row but no data.`,
      };
    return {
      nl: `Werkblad "${p.sheet}" van ${p.file} bevat alleen een kopregel en geen gegevens.${others.length > 0 ? ` De werkmap heeft ook ${list('en')}: kies het werkblad met de gegevens.` : ''}`,
      en: `Sheet "${p.sheet}" of ${p.file} has a header row but no data.${others.length > 0 ? ` The workbook also has ${list('and')}: choose the sheet with the data.` : ''}`,
    };
  },
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
  import_too_many_columns: (p: { file: string; found: number; max: number; atLeast: boolean }) => ({
    nl: `${p.file} heeft ${p.atLeast ? 'meer dan ' : ''}${p.found.toLocaleString('nl-NL')} kolommen; een dataset kan er hoogstens ${p.max.toLocaleString('nl-NL')} hebben (zoveel houdt SQLite, waarin het project is opgeslagen, in één tabel). Verwijder de kolommen die je niet nodig hebt, of verdeel ze over twee bestanden.`,
    en: `${p.file} has ${p.atLeast ? 'more than ' : ''}${p.found.toLocaleString('en-GB')} columns; a dataset can have at most ${p.max.toLocaleString('en-GB')} (what SQLite, which holds the project, keeps in one table). Remove the columns you do not need, or split them over two files.`,
  }),
  /** `quoted`: the line is one quoted field that goes on, rather than text without line ends. */
  import_record_too_long: (p: { file: string; line: number; megabytes: number; quoted: boolean }) => ({
    nl: p.quoted
      ? `${p.file}, regel ${p.line}: hier opent een aanhalingsteken een veld dat na ${p.megabytes} MB nog niet is gesloten. Waarschijnlijk wordt het nergens gesloten; herstel het aanhalingsteken.`
      : `${p.file}, regel ${p.line}: deze regel is langer dan ${p.megabytes} MB en eindigt niet. Het bestand heeft daar geen regeleinden (CR, LF of CRLF) en is dus geen tabel met een rij per regel.`,
    en: p.quoted
      ? `${p.file}, line ${p.line}: a quote opens a field here that is still open after ${p.megabytes} MB. It is probably never closed; fix the quote.`
      : `${p.file}, line ${p.line}: this line is longer than ${p.megabytes} MB and does not end. The file has no line ends there (CR, LF or CRLF), so it is not a table with a row per line.`,
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
  import_out_of_memory: (p: { file: string; format: 'csv' | 'xlsx' }) => ({
    nl:
      p.format === 'xlsx'
        ? `${p.file} is te groot om in het geheugen te lezen. Sla het werkblad op als CSV (UTF-8) en importeer dat: een CSV-bestand wordt in stukken gelezen, hoe groot ook. Het project is niet gewijzigd.`
        : `Het importeren van ${p.file} had meer geheugen nodig dan er vrij is. Sluit andere programma's en probeer het opnieuw, of verdeel het bestand. Het project is niet gewijzigd.`,
    en:
      p.format === 'xlsx'
        ? `${p.file} is too large to read in memory. Save the sheet as CSV (UTF-8) and import that: a CSV file is read piece by piece, however large. The project was not changed.`
        : `Importing ${p.file} needed more memory than is free. Close other programs and try again, or split the file. The project was not changed.`,
  }),
  import_xlsx_unreadable: (p: { file: string }) => ({
    nl: `${p.file} kan niet als Excel-werkmap (.xlsx) worden gelezen: het bestand is beschadigd of geen werkmap. Open het in Excel en sla het opnieuw op, of sla het op als CSV.`,
    en: `${p.file} cannot be read as an Excel workbook (.xlsx): the file is damaged or not a workbook. Open it in Excel and save it again, or save it as CSV.`,
  }),
  import_sheet_not_found: (p: { file: string; sheet: string; sheets: string }) => ({
    nl: `${p.file} heeft geen werkblad "${p.sheet}". Werkbladen: ${p.sheets}.`,
    en: `${p.file} has no sheet "${p.sheet}". Sheets: ${p.sheets}.`,
  }),
  dataset_exists: (p: { name: string }) => ({
    nl: `Er is al een dataset met de naam "${p.name}". Kies een andere naam.`,
    en: `A dataset named "${p.name}" already exists. Choose another name.`,
  }),
  import_cancelled: (p: { file: string }) => ({
    nl: `Het importeren van ${p.file} is geannuleerd; het project is niet gewijzigd.`,
    en: `The import of ${p.file} was cancelled; the project was not changed.`,
  }),
  job_not_found: (p: { id: string }) => ({
    nl: `Onbekende taak: ${p.id}`,
    en: `Unknown task: ${p.id}`,
  }),
});

import type { WeightCandidate, WeightProblem } from '../import/weight-problem';
import type { ContractError, LocalizedText } from './result';

/**
 * Every error the engine can report to a user, with its message in Dutch and English.
 * Parameters are filled in where the error is raised, so a message can name the file, line and column.
 */
const catalogue = {
  /** `issues`: what is wrong with which field, worded by describeRequestIssues (never the validator's own text). */
  invalid_request: (p: { channel: string; issues: LocalizedText }) => ({
    nl: `${p.channel} is niet uitgevoerd. ${p.issues.nl}`,
    en: `${p.channel} was not carried out. ${p.issues.en}`,
  }),
  unknown_channel: (p: { channel: string }) => ({
    nl: `Onbekende opdracht: ${p.channel}`,
    en: `Unknown command: ${p.channel}`,
  }),
  not_available: (p: { what: string }) => ({
    nl: `Niet beschikbaar in deze omgeving: ${p.what}`,
    en: `Not available here: ${p.what}`,
  }),
  renderer_not_built: (p: { folder: string }) => ({
    nl: `De gebruikersinterface is niet gebouwd (${p.folder} ontbreekt). Voer in de map van de Werkbank \`npm ci\` of \`npm run build:cli\` uit.`,
    en: `The user interface has not been built (${p.folder} is missing). Run \`npm ci\` or \`npm run build:cli\` in the Werkbank's folder.`,
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
  variable_has_role: (p: { dataset: string; variable: string; role: string }) => ({
    nl: `"${p.variable}" in "${p.dataset}" is de ${{ id: 'id-kolom', weight: 'weging', area_code: 'gebiedscode', area_name: 'gebiedsnaam' }[p.role] ?? p.role} van de dataset en kan geen indicator zijn.`,
    en: `"${p.variable}" in "${p.dataset}" is the dataset's ${{ id: 'id column', weight: 'weight', area_code: 'area code', area_name: 'area name' }[p.role] ?? p.role} and cannot be an indicator.`,
  }),
  no_area_column: (p: { dataset: string }) => ({
    nl: `Dataset "${p.dataset}" heeft geen kolom met gebiedscodes; scores per gebied kunnen niet worden berekend.`,
    en: `Dataset "${p.dataset}" has no area code column; scores per area cannot be computed.`,
  }),
  /** `codes`: every municipality the dataset has areas in, sorted; the message lists the first of many. */
  unknown_municipality: (p: { dataset: string; municipality: string; codes: string[] }) => {
    const shown = p.codes.length > 12 ? p.codes.slice(0, 10) : p.codes;
    const list = (and: string) =>
      shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join(', ')} ${and} ${shown.at(-1)}`;
    const more = p.codes.length - shown.length;
    if (p.codes.length === 0) {
      return {
        nl: `"${p.dataset}" heeft geen gebieden in gemeente ${p.municipality}: de gebieden van deze dataset hebben geen CBS-code (GM, WK of BU), dus ook geen gemeente.`,
        en: `"${p.dataset}" has no areas in municipality ${p.municipality}: the areas of this dataset have no CBS code (GM, WK or BU), so no municipality either.`,
      };
    }
    return {
      nl: `"${p.dataset}" heeft geen gebieden in gemeente ${p.municipality}. ${
        p.codes.length === 1
          ? `De dataset heeft alleen gebieden in gemeente ${list('en')}.`
          : `De dataset heeft gebieden in ${p.codes.length} gemeenten: ${more > 0 ? `${shown.join(', ')} en nog ${more}.` : `${list('en')}.`}`
      }`,
      en: `"${p.dataset}" has no areas in municipality ${p.municipality}. ${
        p.codes.length === 1
          ? `The dataset only has areas in municipality ${list('and')}.`
          : `The dataset has areas in ${p.codes.length} municipalities: ${more > 0 ? `${shown.join(', ')} and ${more} more.` : `${list('and')}.`}`
      }`,
    };
  },
  base_for_survey: (p: { dataset: string }) => ({
    nl: `"${p.dataset}" is een enquête: de n is daar het aantal respondenten, en daarvoor geldt de publicatiedrempel van het project. Een basiskolom is er voor gebiedsgegevens.`,
    en: `"${p.dataset}" is a survey: its n is the number of respondents, to which the project's publication threshold applies. A base column is for area data.`,
  }),
  base_not_numeric: (p: { dataset: string; variable: string }) => ({
    nl: `"${p.variable}" in "${p.dataset}" is geen getal en kan dus geen basis zijn: de basis is een aantal mensen per gebied, zoals "Bevolking 19 jaar en ouder".`,
    en: `"${p.variable}" in "${p.dataset}" is not a number, so it cannot be the base: the base is a number of people per area, such as "Bevolking 19 jaar en ouder".`,
  }),
  codebook_code_not_found: (p: { guid: string }) => ({
    nl: `Het codeboek heeft geen code ${p.guid}. Misschien is het codeboek intussen gewijzigd; laad het opnieuw.`,
    en: `The codebook has no code ${p.guid}. The codebook may have changed meanwhile; load it again.`,
  }),
  codebook_condition_fixed: (p: { label: string; action: 'archive' | 'move' | 'recolour' }) => ({
    nl: {
      archive: `"${p.label}" is een van de vier condities van sociale kwaliteit en kan niet worden gearchiveerd.`,
      move: `"${p.label}" is een van de vier condities van sociale kwaliteit: de condities staan altijd bovenaan, in vaste volgorde, en kunnen niet worden verplaatst.`,
      recolour: `"${p.label}" is een van de vier condities van sociale kwaliteit: haar kleur is in de hele Werkbank dezelfde en kan niet worden gewijzigd.`,
    }[p.action],
    en: {
      archive: `"${p.label}" is one of the four conditions of social quality and cannot be archived.`,
      move: `"${p.label}" is one of the four conditions of social quality: the conditions are always at the top, in a fixed order, and cannot be moved.`,
      recolour: `"${p.label}" is one of the four conditions of social quality: its colour is the same throughout the Werkbank and cannot be changed.`,
    }[p.action],
  }),
  codebook_color_not_in_palette: (p: { color: string; paletteNl: string; paletteEn: string }) => ({
    nl: `De kleur "${p.color}" hoort niet bij het palet. Kies een kleur die ook bij kleurenblindheid te onderscheiden is: ${p.paletteNl}.`,
    en: `The colour "${p.color}" is not in the palette. Choose a colour that stays distinct with colour blindness: ${p.paletteEn}.`,
  }),
  codebook_parent_archived: (p: { label: string }) => ({
    nl: `"${p.label}" is gearchiveerd; zet het eerst terug uit het archief om er codes onder te plaatsen.`,
    en: `"${p.label}" is archived; restore it first to place codes under it.`,
  }),
  codebook_move_into_itself: (p: { label: string; target: string }) => ({
    nl: `"${p.label}" kan niet onder "${p.target}" komen: dat is de code zelf of een van haar subcodes.`,
    en: `"${p.label}" cannot go under "${p.target}": that is the code itself or one of its sub-codes.`,
  }),
  codebook_qdc_malformed: (p: { file: string; line: number | null; detail: string }) => ({
    nl: `${p.file}${p.line === null ? '' : `, regel ${p.line}`}: geen geldig XML (${p.detail}). Er is niets geïmporteerd.`,
    en: `${p.file}${p.line === null ? '' : `, line ${p.line}`}: not well-formed XML (${p.detail}). Nothing was imported.`,
  }),
  codebook_qdc_not_codebook: (p: { file: string; found: string }) => ({
    nl: `${p.file} is geen REFI-QDA-codeboek (.qdc): het bestand bevat ${p.found === 'zip' ? 'een zip-archief, zoals een project (.qdpx)' : `een <${p.found}>-element`} in plaats van <CodeBook>. Er is niets geïmporteerd.`,
    en: `${p.file} is not a REFI-QDA codebook (.qdc): it holds ${p.found === 'zip' ? 'a zip archive, such as a project (.qdpx)' : `a <${p.found}> element`} instead of <CodeBook>. Nothing was imported.`,
  }),
  codebook_qdc_wrong_namespace: (p: { file: string; found: string | null }) => ({
    nl: `${p.file}: het <CodeBook>-element hoort bij de naamruimte urn:QDA-XML:codebook:1.0 van de REFI-QDA-standaard, maar ${p.found === null ? 'heeft geen naamruimte' : `heeft ${p.found}`}. Er is niets geïmporteerd.`,
    en: `${p.file}: the <CodeBook> element belongs in the REFI-QDA namespace urn:QDA-XML:codebook:1.0, but ${p.found === null ? 'has no namespace' : `has ${p.found}`}. Nothing was imported.`,
  }),
  codebook_qdc_invalid: (p: {
    file: string;
    problem: 'no_codes' | 'missing_guid' | 'bad_guid' | 'missing_name' | 'duplicate_guid' | 'cycle';
    where: string;
  }) => ({
    nl: `${p.file}: ${
      {
        no_codes: 'het codeboek heeft geen <Codes>-element met codes',
        missing_guid: `de code "${p.where}" heeft geen guid`,
        bad_guid: `de guid "${p.where}" is geen geldige GUID`,
        missing_name: `de code met guid ${p.where} heeft geen naam`,
        duplicate_guid: `de guid ${p.where} komt meer dan eens voor`,
        cycle: `de code "${p.where}" zou samen met de codes van dit project onder zichzelf komen te staan`,
      }[p.problem]
    }. Er is niets geïmporteerd.`,
    en: `${p.file}: ${
      {
        no_codes: 'the codebook has no <Codes> element with codes',
        missing_guid: `the code "${p.where}" has no guid`,
        bad_guid: `the guid "${p.where}" is not a valid GUID`,
        missing_name: `the code with guid ${p.where} has no name`,
        duplicate_guid: `the guid ${p.where} occurs more than once`,
        cycle: `together with this project's codes, the code "${p.where}" would end up under itself`,
      }[p.problem]
    }. Nothing was imported.`,
  }),
  crosstab_too_many_categories: (p: {
    dataset: string;
    variable: string;
    count: number;
    max: number;
    numeric: boolean;
  }) => ({
    nl: `"${p.variable}" in "${p.dataset}" heeft ${p.count} verschillende waarden; een kruistabel kan er hoogstens ${p.max} per variabele tonen.${p.numeric ? ' Deel de getallen in klassen in (bijvoorbeeld < 90, 90–110, > 110).' : ''}`,
    en: `"${p.variable}" in "${p.dataset}" has ${p.count} different values; a cross-table can show at most ${p.max} per variable.${p.numeric ? ' Group the numbers into bins (for example < 90, 90–110, > 110).' : ''}`,
  }),
  crosstab_bins_not_numeric: (p: { dataset: string; variable: string }) => ({
    nl: `"${p.variable}" in "${p.dataset}" is geen getal; alleen getallen kunnen in klassen worden ingedeeld.`,
    en: `"${p.variable}" in "${p.dataset}" is not a number; only numbers can be grouped into bins.`,
  }),
  weight_unusable: (p: {
    dataset: string;
    variable: string;
    problem: WeightProblem;
    type: WeightCandidate['type'];
    min: number | null;
    missing: number;
  }) => {
    const where = `"${p.variable}" in "${p.dataset}"`;
    const lowest = { nl: String(p.min).replace('.', ','), en: String(p.min) };
    // Missing codes are whole numbers (-1, -99); a fraction below 0 is a wrong value, not a code.
    const code = Number.isInteger(p.min);
    const type = {
      nl: { number: 'een getal', category: 'een categorie', text: 'tekst', date: 'een datum' },
      en: { number: 'a number', category: 'a category', text: 'text', date: 'a date' },
    };
    return {
      not_numeric: {
        nl: `${where} is ${type.nl[p.type]}, geen getal, en kan dus geen weegfactor zijn. Het type van een kolom kies je bij het importeren: importeer het bestand opnieuw en kies in de stap Voorbeeld (Data → Gegevens importeren…) bij "${p.variable}" het type Getal of de rol weging; op de opdrachtregel: werkbank import PROJECT BESTAND --weight-column "${p.variable}". Waarden die geen getal zijn, worden dan als ontbrekend opgeslagen en gemeld.`,
        en: `${where} is ${type.en[p.type]}, not a number, so it cannot be a weight. A column's type is chosen when importing: import the file again and, in the Preview step (Data → Import data…), choose the type Number or the role weight for "${p.variable}"; on the command line: werkbank import PROJECT FILE --weight-column "${p.variable}". Values that are not numbers are then stored as missing and reported.`,
      },
      negative: {
        nl: `${where} heeft negatieve waarden (de laagste is ${lowest.nl}) en kan dus geen weegfactor zijn: een gewicht ligt niet onder 0. ${
          code
            ? `Is ${p.min} een code voor ontbrekend? Importeer het bestand dan opnieuw met die code bij Extra ontbrekende codes (stap Voorbeeld van Data → Gegevens importeren…), of op de opdrachtregel met werkbank import PROJECT BESTAND --missing "${p.min}".`
            : 'Kies een andere weegfactor, of verbeter de waarden in het bestand en importeer het opnieuw.'
        }`,
        en: `${where} has negative values (the lowest is ${lowest.en}), so it cannot be a weight: a weight is not below 0. ${
          code
            ? `Is ${p.min} a code for missing? Then import the file again with that code under Extra missing codes (Preview step of Data → Import data…), or on the command line with werkbank import PROJECT FILE --missing "${p.min}".`
            : 'Choose another weight, or correct the values in the file and import it again.'
        }`,
      },
      empty: {
        nl: `${where} heeft in geen enkele rij een waarde (alle ${p.missing} ontbreken) en kan dus geen weegfactor zijn. Kies een andere weegfactor of weeg niet. Staan de gewichten wel in het bestand, importeer het dan opnieuw en kijk in de stap Voorbeeld (Data → Gegevens importeren…) naar het type en het decimaalteken van "${p.variable}".`,
        en: `${where} has no value in any row (all ${p.missing} are missing), so it cannot be a weight. Choose another weight or none. If the file does hold the weights, import it again and check the type and decimal mark of "${p.variable}" in the Preview step (Data → Import data…).`,
      },
      zero: {
        nl: `${where} is in elke rij 0 of ontbrekend en kan dus geen weegfactor zijn: elke rij zou wegvallen. Kies een andere weegfactor of weeg niet.`,
        en: `${where} is 0 or missing in every row, so it cannot be a weight: every row would be left out. Choose another weight or none.`,
      },
    }[p.problem];
  },
  not_a_text_column: (p: { dataset: string; variable: string }) => ({
    nl: `"${p.variable}" in "${p.dataset}" is geen tekstkolom; alleen tekst kan worden gecodeerd.`,
    en: `"${p.variable}" in "${p.dataset}" is not a text column; only text can be coded.`,
  }),
  record_not_found: (p: { dataset: string; record: number }) => ({
    nl: `"${p.dataset}" heeft geen record ${p.record}.`,
    en: `"${p.dataset}" has no record ${p.record}.`,
  }),
  coder_not_found: (p: { name: string }) => ({
    nl: `Er is geen codeur met de naam "${p.name}".`,
    en: `There is no coder named "${p.name}".`,
  }),
  coder_reserved: (p: { name: string }) => ({
    nl: `"${p.name}" is gereserveerd voor de Werkbank (automatische suggesties of consensus); kies een andere naam.`,
    en: `"${p.name}" is reserved for the workbench (automatic suggestions or consensus); choose another name.`,
  }),
  code_not_codable: (p: { label: string }) => ({
    nl: `De code "${p.label}" is gearchiveerd of groepeert alleen andere codes en kan niet worden toegekend.`,
    en: `The code "${p.label}" is archived or only groups other codes, and cannot be given.`,
  }),
  segment_out_of_range: (p: { start: number; end: number; length: number }) => ({
    nl: `Het fragment ${p.start}–${p.end} valt buiten de tekst (${p.length} tekens).`,
    en: `The segment ${p.start}–${p.end} lies outside the text (${p.length} characters).`,
  }),
  segment_not_found: (p: { id: number }) => ({
    nl: `Er is geen gecodeerd fragment ${p.id} van deze codeur.`,
    en: `There is no coded segment ${p.id} of this coder.`,
  }),
  keyword_invalid: (p: { pattern: string }) => ({
    nl: `"${p.pattern}" is geen geldig trefwoord: gebruik een woord van minstens twee letters, met * aan het begin of eind voor woordvormen (werk*, *woning).`,
    en: `"${p.pattern}" is not a valid keyword: use a word of at least two letters, with * at the start or end for word forms (werk*, *woning).`,
  }),
  agreement_too_few_coders: (p: { dataset: string }) => ({
    nl: `Voor overeenstemming zijn minstens twee codeurs nodig die records van "${p.dataset}" hebben gecodeerd.`,
    en: `Agreement needs at least two coders who have coded records of "${p.dataset}".`,
  }),
  codings_no_id_column: (p: { file: string }) => ({
    nl: `${p.file} heeft geen kolom "id"; die is nodig om de codes aan records te koppelen.`,
    en: `${p.file} has no "id" column; it is needed to link the codes to records.`,
  }),
  codings_unknown_column: (p: { file: string; column: string; position: number }) => ({
    nl: `${p.file}, kolom ${p.position} ("${p.column}"): geen conditie of subcode uit het codeboek.`,
    en: `${p.file}, column ${p.position} ("${p.column}"): not a condition or sub-code of the codebook.`,
  }),
  codings_unknown_id: (p: { file: string; line: number; id: string; dataset: string }) => ({
    nl: `${p.file}, regel ${p.line}: "${p.dataset}" heeft geen record met id "${p.id}". Er is niets geïmporteerd.`,
    en: `${p.file}, line ${p.line}: "${p.dataset}" has no record with id "${p.id}". Nothing was imported.`,
  }),
  codings_duplicate_id: (p: { file: string; line: number; id: string }) => ({
    nl: `${p.file}, regel ${p.line}: id "${p.id}" komt al eerder voor. Er is niets geïmporteerd.`,
    en: `${p.file}, line ${p.line}: id "${p.id}" occurs earlier too. Nothing was imported.`,
  }),
  codings_bad_value: (p: { file: string; line: number; column: string; value: string }) => ({
    nl: `${p.file}, regel ${p.line}, kolom "${p.column}": "${p.value}" is geen 0 of 1 (leeg = niet gecodeerd). Er is niets geïmporteerd.`,
    en: `${p.file}, line ${p.line}, column "${p.column}": "${p.value}" is not 0 or 1 (empty = not coded). Nothing was imported.`,
  }),
  codings_ragged_row: (p: { file: string; line: number; found: number; expected: number }) => ({
    nl: `${p.file}, regel ${p.line}: ${p.found} velden, terwijl de kopregel er ${p.expected} heeft. Er is niets geïmporteerd.`,
    en: `${p.file}, line ${p.line}: ${p.found} fields where the header has ${p.expected}. Nothing was imported.`,
  }),
  codings_unreadable: (p: { file: string; detail: string }) => ({
    nl: `${p.file} kan niet als CSV worden gelezen: ${p.detail}. Er is niets geïmporteerd.`,
    en: `${p.file} cannot be read as CSV: ${p.detail}. Nothing was imported.`,
  }),
  merge_same_project: (p: { file: string }) => ({
    nl: `${p.file} is het project dat nu open is; kies het projectbestand van een andere codeur.`,
    en: `${p.file} is the project that is open now; choose another coder's project file.`,
  }),
  merge_no_matching_dataset: (p: { file: string }) => ({
    nl: `${p.file} bevat geen dataset uit hetzelfde bronbestand als een dataset hier (herkend aan de inhoud); er valt niets samen te voegen.`,
    en: `${p.file} holds no dataset from the same source file as a dataset here (recognised by its content); there is nothing to merge.`,
  }),
  merge_unresolved_code: (p: { label: string }) => ({
    nl: `Kies wat er moet gebeuren met de code "${p.label}", die dit codeboek niet heeft: toevoegen, overslaan of samenvoegen met een code hier.`,
    en: `Choose what to do with the code "${p.label}", which this codebook lacks: add it, skip it, or merge it into a code here.`,
  }),
  internal: (p: { detail: string }) => ({
    nl: `Er ging iets onverwachts mis: ${p.detail}`,
    en: `Something unexpected went wrong: ${p.detail}`,
  }),
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

import { defineMessages, mergeMessages } from '../../../shared/i18n/messages';
import { commonTexts } from '../i18n/common-texts';

/**
 * The Data section's texts: the datasets and their variables.
 * English must have exactly the same keys.
 */
const datasetsNl = {
  'data.title': 'Datasets',
  'data.columnName': 'Naam',
  'data.columnKind': 'Soort',
  'data.columnRows': 'Rijen',
  'data.columnColumns': 'Kolommen',
  'data.emptyTitle': 'Dit project bevat nog geen datasets.',
  'data.emptyBody':
    'Hier komen je enquêtes (één rij per respondent) en gebiedsgegevens zoals monitors en CBS-tabellen (één rij per gebied). Importeer een CSV- of Excelbestand om te beginnen.',

  'data.import': 'Gegevens importeren…',
  'data.datasetsIntro': 'Kies een dataset om de variabelen met hun beschrijvende cijfers te zien.',

  'import.report.title': 'Verslag van het importeren',
  'import.report.rows': '{rows} rijen geïmporteerd.',
  'import.report.filtered': '{count} rijen weggelaten door het gebiedsfilter of de gekozen waarde om te bewaren.',
  'import.report.skipped': 'Overgeslagen regels met een verkeerd aantal velden ({count}): {lines}',
  'import.report.more': 'en nog {count}',
  'import.report.duplicates':
    'Regels die een eerdere regel van hun gebied helemaal herhalen, en niet nog eens zijn bewaard ({count}): {lines}',
  'import.report.invalidTitle': 'Waarden die niet bij het type passen (opgeslagen als ontbrekend)',
  'import.report.column': 'Kolom',
  'import.report.count': 'Aantal',
  'import.report.examples': 'Voorbeelden',
  'import.report.example': 'regel {line}: “{value}”',

  'variables.back': 'Terug naar de datasets',
  'variables.summary': '{kind} · {rows} rijen · {count} variabelen',
  'variables.tableLabel': 'Variabelen van {dataset}',
  'variables.loading': 'De variabelen worden geladen…',
  'variables.name': 'Naam',
  'variables.label': 'Label',
  'variables.type': 'Type',
  'variables.role': 'Rol',
  'variables.n': 'n',
  'variables.missing': 'Ontbrekend',
  'variables.mean': 'Gemiddelde',
  'variables.min': 'Min',
  'variables.max': 'Max',
  'variables.distinct': 'Verschillend',
  'variables.top': 'Meest voorkomend',
  'variables.ordinal': 'ordinaal',
  'variables.topValue': '{value}\u00a0({count})',
};

const datasetsEn: Record<keyof typeof datasetsNl, string> = {
  'data.title': 'Datasets',
  'data.columnName': 'Name',
  'data.columnKind': 'Kind',
  'data.columnRows': 'Rows',
  'data.columnColumns': 'Columns',
  'data.emptyTitle': 'This project has no datasets yet.',
  'data.emptyBody':
    'Your surveys (one row per respondent) and area data such as monitors and CBS tables (one row per area) will be listed here. Import a CSV or Excel file to begin.',

  'data.import': 'Import data…',
  'data.datasetsIntro': 'Choose a dataset to see its variables with their descriptives.',

  'import.report.title': 'Import report',
  'import.report.rows': '{rows} rows imported.',
  'import.report.filtered': '{count} rows left out by the area filter or the value chosen to keep.',
  'import.report.skipped': 'Skipped lines with the wrong number of fields ({count}): {lines}',
  'import.report.more': 'and {count} more',
  'import.report.duplicates':
    'Lines that repeat an earlier line of their area in full, and were not stored again ({count}): {lines}',
  'import.report.invalidTitle': 'Values that do not fit the type (stored as missing)',
  'import.report.column': 'Column',
  'import.report.count': 'Count',
  'import.report.examples': 'Examples',
  'import.report.example': 'line {line}: “{value}”',

  'variables.back': 'Back to the datasets',
  'variables.summary': '{kind} · {rows} rows · {count} variables',
  'variables.tableLabel': 'Variables of {dataset}',
  'variables.loading': 'Loading the variables…',
  'variables.name': 'Name',
  'variables.label': 'Label',
  'variables.type': 'Type',
  'variables.role': 'Role',
  'variables.n': 'n',
  'variables.missing': 'Missing',
  'variables.mean': 'Mean',
  'variables.min': 'Min',
  'variables.max': 'Max',
  'variables.distinct': 'Distinct',
  'variables.top': 'Most frequent',
  'variables.ordinal': 'ordinal',
  'variables.topValue': '{value}\u00a0({count})',
};

/** What the section says, with the shared texts it uses: pass it to `useT`. */
export const datasetsTexts = mergeMessages(commonTexts, defineMessages({ nl: datasetsNl, en: datasetsEn }));
export type DatasetsKey = keyof typeof datasetsTexts.nl & string;

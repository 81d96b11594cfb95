import { defineMessages, mergeMessages } from '../../../shared/i18n/messages';
import { commonTexts } from '../i18n/common-texts';

/**
 * The Coderen section's texts.
 * English must have exactly the same keys.
 */
const codingNl = {
  'coding.title': 'Coderen',
  'coding.intro':
    'Codeer open antwoorden met de vier condities, met het toetsenbord. Elke codering wordt meteen opgeslagen onder je naam.',
  'coding.loading': 'De codering wordt geladen…',
  'coding.views': 'Coderen of vergelijken',
  'coding.view.code': 'Coderen (blind)',
  'coding.view.compare': 'Vergelijken met andere codeurs',
  'coding.noDataTitle': 'Nog geen teksten om te coderen',
  'coding.noDataBody':
    'Importeer eerst in het onderdeel Data een enquête met open antwoorden (een tekstkolom). Daarna codeer je die antwoorden hier.',
  'coding.workspace': 'Coderen met het toetsenbord',

  'coding.coder.chooseTitle': 'Wie codeert er?',
  'coding.coder.switchTitle': 'Andere codeur kiezen',
  'coding.coder.blind':
    'Coderingen worden onder je naam bewaard. Je ziet alleen je eigen coderingen, niet die van anderen: zo blijft de overeenstemming tussen codeurs eerlijk.',
  'coding.coder.name': 'Jouw naam',
  'coding.coder.nameHint': 'Bijvoorbeeld je voornaam of initialen; dezelfde naam in elk project.',
  'coding.coder.nameRequired': 'Vul je naam in.',
  'coding.coder.start': 'Beginnen met coderen',
  'coding.coder.existing': 'Of ga verder als',
  'coding.coder.continueAs': 'Verder als {name}',
  'coding.coder.current': 'Codeur:',
  'coding.coder.switch': 'Andere codeur',

  'coding.dataset': 'Dataset',
  'coding.datasetWithoutText': '{dataset} (geen tekstkolom)',
  'coding.textColumn': 'Tekstkolom',
  'coding.noTextColumns':
    '‘{dataset}’ heeft geen tekstkolom om te coderen. Kies een andere dataset, of geef bij het importeren een kolom met open antwoorden het type Tekst.',

  'coding.progress.label': 'Voortgang van {coder}',
  'coding.progress.text': '{coded} van {total} gecodeerd',
  'coding.progress.saving': 'Opslaan…',

  'coding.filter.title': 'Filters',
  'coding.filter.status': 'Toon',
  'coding.filter.all': 'Alle records',
  'coding.filter.uncoded': 'Nog niet gecodeerd',
  'coding.filter.coded': 'Gecodeerd',
  'coding.filter.disagreement': 'In onenigheid met andere codeurs',
  'coding.filter.code': 'Met code',
  'coding.filter.anyCode': 'Alle codes',
  'coding.filter.search': 'Zoeken in de tekst',
  'coding.filter.matching': '{count} records',
  'coding.filter.matchingOne': '1 record',

  'coding.grid.label': 'Records om te coderen',
  'coding.grid.id': 'Id',
  'coding.grid.area': 'Gebied',
  'coding.grid.text': 'Tekst',
  'coding.grid.conditions': 'Condities',
  'coding.grid.subCodes': 'Subcodes',
  'coding.grid.status': 'Status',
  'coding.grid.loading': 'Records worden geladen…',
  'coding.grid.loadingRow': 'Laden…',
  'coding.grid.none': 'Geen records die bij de filters passen.',
  'coding.chip.title': '{label} (toets {key})',
  'coding.text.empty': '(leeg)',
  'coding.text.emptyLong':
    'Dit record heeft hier geen tekst. Druk op Enter om het als gecodeerd zonder conditie te markeren.',
  'coding.status.coded': 'gecodeerd',
  'coding.status.uncoded': 'niet gecodeerd',
  'coding.status.segments': '{count} segm.',

  'coding.focus.title': 'Record in beeld',
  'coding.focus.record': 'Record {id}',
  'coding.focus.position': '{position} van {count}',
  'coding.focus.text': 'Tekst van het record',

  'coding.suggestions.title': 'Suggesties',
  'coding.suggestions.accept': 'Overnemen',
  'coding.suggestions.words': 'door {words}',
  'coding.suggestions.given': '(gegeven)',
  'coding.suggestions.none': 'Geen trefwoorden uit het woordenboek in deze tekst.',
  'coding.suggestions.unavailable': 'Suggesties zijn niet beschikbaar: het trefwoordenboek kon niet worden gelezen.',

  'coding.segments.title': 'Segmenten',
  'coding.segments.hint':
    'Selecteer een deel van de tekst en kies een code (knop of toets) om alleen dat deel te coderen.',
  'coding.segments.selection': 'Tekst geselecteerd: kies een code om de selectie te coderen.',
  'coding.segments.remove': 'Segment {code} verwijderen: “{text}”',
  'coding.segments.removeShort': 'Verwijderen',

  'coding.context.title': 'Overige gegevens van het record',
  'coding.context.loading': 'Gegevens worden geladen…',
  'coding.context.missing': 'ontbreekt',

  'coding.picker.record': 'Codes van dit record',
  'coding.picker.selection': 'Code voor de selectie',

  'coding.keys.title': 'Toetsen',
  'coding.keys.conditions': 'condities',
  'coding.keys.subCodes': 'subcodes',
  'coding.keys.accept': 'suggesties overnemen',
  'coding.keys.next': 'gecodeerd, volgende',
  'coding.keys.move': 'vorige, volgende',
  'coding.keys.undo': 'ongedaan maken',
  'coding.keys.all': 'alle toetsen',

  'coding.help.title': 'Toetsen voor het coderen',
  'coding.help.intro': 'De toetsen werken in de tabel en in de tekst van het record, niet in een invoerveld.',
  'coding.help.key': 'Toets',
  'coding.help.action': 'Wat hij doet',
  'coding.help.conditions':
    'Conditie aan of uit: 1 zekerheid, 2 inclusie, 3 cohesie, 4 empowerment. Uit haalt ook de subcodes weg.',
  'coding.help.subCodes': 'Subcode aan of uit (de letter staat naast de code); aan zet ook de conditie aan.',
  'coding.help.accept': 'De gesuggereerde codes overnemen.',
  'coding.help.enter': 'Record als gecodeerd markeren (ook zonder code: geen van de condities) en naar het volgende.',
  'coding.help.move': 'Vorig of volgend record.',
  'coding.help.page': 'Een scherm omhoog of omlaag.',
  'coding.help.ends': 'Eerste of laatste record.',
  'coding.help.undo': 'Laatste codering ongedaan maken.',
  'coding.help.redo': 'Opnieuw doen.',
  'coding.help.search': 'Naar het zoekveld.',
  'coding.help.escape': 'Tekstselectie opheffen.',
  'coding.help.help': 'Dit overzicht.',
  'coding.notSaved': 'Niet opgeslagen, de codering is teruggezet. {error}',
} satisfies Record<string, string>;

const codingEn: Record<keyof typeof codingNl, string> = {
  'coding.title': 'Coding',
  'coding.intro':
    'Code open answers against the four conditions, by keyboard. Every coding is saved at once under your name.',
  'coding.loading': 'Loading the coding…',
  'coding.views': 'Code or compare',
  'coding.view.code': 'Code (blind)',
  'coding.view.compare': 'Compare with other coders',
  'coding.noDataTitle': 'No texts to code yet',
  'coding.noDataBody':
    'First import a survey with open answers (a text column) in the Data section. Then code those answers here.',
  'coding.workspace': 'Coding by keyboard',

  'coding.coder.chooseTitle': 'Who is coding?',
  'coding.coder.switchTitle': 'Choose another coder',
  'coding.coder.blind':
    'Codings are kept under your name. You see only your own codings, not other coders’: that keeps the agreement between coders fair.',
  'coding.coder.name': 'Your name',
  'coding.coder.nameHint': 'For example your first name or initials; the same name in every project.',
  'coding.coder.nameRequired': 'Enter your name.',
  'coding.coder.start': 'Start coding',
  'coding.coder.existing': 'Or continue as',
  'coding.coder.continueAs': 'Continue as {name}',
  'coding.coder.current': 'Coder:',
  'coding.coder.switch': 'Another coder',

  'coding.dataset': 'Dataset',
  'coding.datasetWithoutText': '{dataset} (no text column)',
  'coding.textColumn': 'Text column',
  'coding.noTextColumns':
    '“{dataset}” has no text column to code. Choose another dataset, or give a column of open answers the type Text when importing.',

  'coding.progress.label': 'Progress of {coder}',
  'coding.progress.text': '{coded} of {total} coded',
  'coding.progress.saving': 'Saving…',

  'coding.filter.title': 'Filters',
  'coding.filter.status': 'Show',
  'coding.filter.all': 'All records',
  'coding.filter.uncoded': 'Not coded yet',
  'coding.filter.coded': 'Coded',
  'coding.filter.disagreement': 'In disagreement with other coders',
  'coding.filter.code': 'With code',
  'coding.filter.anyCode': 'Any code',
  'coding.filter.search': 'Search the text',
  'coding.filter.matching': '{count} records',
  'coding.filter.matchingOne': '1 record',

  'coding.grid.label': 'Records to code',
  'coding.grid.id': 'Id',
  'coding.grid.area': 'Area',
  'coding.grid.text': 'Text',
  'coding.grid.conditions': 'Conditions',
  'coding.grid.subCodes': 'Sub-codes',
  'coding.grid.status': 'Status',
  'coding.grid.loading': 'Loading records…',
  'coding.grid.loadingRow': 'Loading…',
  'coding.grid.none': 'No records match the filters.',
  'coding.chip.title': '{label} (key {key})',
  'coding.text.empty': '(empty)',
  'coding.text.emptyLong': 'This record has no text here. Press Enter to mark it coded with no condition.',
  'coding.status.coded': 'coded',
  'coding.status.uncoded': 'not coded',
  'coding.status.segments': '{count} segm.',

  'coding.focus.title': 'Record in focus',
  'coding.focus.record': 'Record {id}',
  'coding.focus.position': '{position} of {count}',
  'coding.focus.text': 'Text of the record',

  'coding.suggestions.title': 'Suggestions',
  'coding.suggestions.accept': 'Accept',
  'coding.suggestions.words': 'from {words}',
  'coding.suggestions.given': '(given)',
  'coding.suggestions.none': 'No keywords of the dictionary in this text.',
  'coding.suggestions.unavailable': 'Suggestions are not available: the keyword dictionary could not be read.',

  'coding.segments.title': 'Segments',
  'coding.segments.hint': 'Select part of the text and choose a code (button or key) to code only that part.',
  'coding.segments.selection': 'Text selected: choose a code to code the selection.',
  'coding.segments.remove': 'Remove segment {code}: “{text}”',
  'coding.segments.removeShort': 'Remove',

  'coding.context.title': 'Other data of the record',
  'coding.context.loading': 'Loading the data…',
  'coding.context.missing': 'missing',

  'coding.picker.record': 'Codes of this record',
  'coding.picker.selection': 'Code for the selection',

  'coding.keys.title': 'Keys',
  'coding.keys.conditions': 'conditions',
  'coding.keys.subCodes': 'sub-codes',
  'coding.keys.accept': 'accept suggestions',
  'coding.keys.next': 'coded, next',
  'coding.keys.move': 'previous, next',
  'coding.keys.undo': 'undo',
  'coding.keys.all': 'all keys',

  'coding.help.title': 'Keys for coding',
  'coding.help.intro': 'The keys work in the table and in the record’s text, not in an input field.',
  'coding.help.key': 'Key',
  'coding.help.action': 'What it does',
  'coding.help.conditions':
    'Condition on or off: 1 security, 2 inclusion, 3 cohesion, 4 empowerment. Off also removes its sub-codes.',
  'coding.help.subCodes': 'Sub-code on or off (the letter is shown next to the code); on also turns its condition on.',
  'coding.help.accept': 'Accept the suggested codes.',
  'coding.help.enter': 'Mark the record coded (also with no code: none of the conditions) and go to the next.',
  'coding.help.move': 'Previous or next record.',
  'coding.help.page': 'One screen up or down.',
  'coding.help.ends': 'First or last record.',
  'coding.help.undo': 'Undo the last coding.',
  'coding.help.redo': 'Redo.',
  'coding.help.search': 'To the search field.',
  'coding.help.escape': 'Clear the text selection.',
  'coding.help.help': 'This overview.',
  'coding.notSaved': 'Not saved; the coding was set back. {error}',
};

/** What the section says, with the shared texts it uses: pass it to `useT`. */
export const codingTexts = mergeMessages(commonTexts, defineMessages({ nl: codingNl, en: codingEn }));
export type CodingKey = keyof typeof codingTexts.nl & string;

import { defineMessages } from '../../../shared/i18n/messages';

/**
 * The texts of the keyword dictionary in the Codeboek section: a code's keywords, the tester and the
 * auto-coder. Spread into the message sets of `i18n/`; English must have exactly the same keys.
 */
const keywordsNl = {
  'keywords.title': 'Trefwoorden',
  'keywords.intro':
    'Woorden die deze code voorstellen bij het coderen. werk* = begint met werk, *woning = eindigt op woning, buren = precies dat woord. Hoofdletters en accenten tellen niet mee.',
  'keywords.builtIn': 'Uit de standaardwoordenlijst. Een wijziging maakt er de woordenlijst van dit project van.',
  'keywords.customised': 'De eigen woordenlijst van dit project.',
  'keywords.none': 'Nog geen trefwoorden voor deze code.',
  'keywords.list': 'Trefwoorden van {code}',
  'keywords.remove': 'Trefwoord {pattern} verwijderen',
  'keywords.add': 'Trefwoord toevoegen',
  'keywords.addHint': 'Bijvoorbeeld vacature* of *uitkering.',
  'keywords.addButton': 'Toevoegen',
  'keywords.required': 'Typ eerst een trefwoord.',
  'keywords.duplicate': '{pattern} staat er al bij.',

  'keywords.tools.title': 'Trefwoorden testen en automatisch coderen',
  'keywords.tools.intro':
    'De trefwoorden van alle codes samen: probeer ze uit op een zin, of codeer er een hele tekstkolom mee.',
  'keywords.reset': 'Standaardwoordenlijst herstellen',
  'keywords.resetHint': 'Zet de trefwoorden van alle codes terug naar de ingebouwde Nederlandse woordenlijst.',
  'keywords.resetConfirm': 'Alle eigen trefwoorden van dit project gaan verloren. Standaardwoordenlijst herstellen?',
  'keywords.resetYes': 'Ja, herstellen',
  'keywords.resetDone': 'De standaardwoordenlijst geldt weer.',
  'keywords.isBuiltIn': 'De standaardwoordenlijst geldt; er is niets te herstellen.',

  'keywords.test.title': 'Test de trefwoorden',
  'keywords.test.label': 'Typ een zin',
  'keywords.test.hint': 'Bijvoorbeeld: Ik zoek werk en voel me eenzaam sinds de buren verhuisd zijn.',
  'keywords.test.none': 'Geen enkel woord raakt een trefwoord.',
  'keywords.test.hits': 'Woorden die een trefwoord raken',
  'keywords.test.word': 'Woord',
  'keywords.test.pattern': 'Trefwoord',
  'keywords.test.code': 'Code',
  'keywords.test.condition': 'Conditie',
  'keywords.test.suggested': 'Voorgestelde condities: {conditions}',

  'autocode.title': 'Automatisch coderen',
  'autocode.intro':
    'Codeert elk record van een tekstkolom met de trefwoorden, als de codeur ‘suggesties’. Die is een codeur als ieder ander: zijn overeenstemming met mensen wordt net zo gemeten als die van mensen onderling. Een nieuwe ronde vervangt alleen de vorige codering van ‘suggesties’ in deze dataset, nooit die van mensen.',
  'autocode.dataset': 'Dataset',
  'autocode.textColumn': 'Tekstkolom',
  'autocode.noText': 'Geen dataset met een tekstkolom om te coderen. Importeer een enquête met open antwoorden.',
  'autocode.run': 'Automatisch coderen',
  'autocode.running': 'Bezig met coderen…',
  'autocode.done':
    '{records} records gelezen: {suggested} kregen een suggestie, samen {codings} codes, opgeslagen onder de codeur ‘{coder}’.',
  'autocode.withoutText': '{count} records zonder tekst bleven ongecodeerd.',
  'autocode.withoutTextOne': 'Eén record zonder tekst bleef ongecodeerd.',
} satisfies Record<`keywords.${string}` | `autocode.${string}`, string>;

const keywordsEn: Record<keyof typeof keywordsNl, string> = {
  'keywords.title': 'Keywords',
  'keywords.intro':
    'Words that suggest this code while coding. werk* = starts with werk, *woning = ends with woning, buren = exactly that word. Case and accents do not matter.',
  'keywords.builtIn': 'From the built-in list. A change makes it this project’s own list.',
  'keywords.customised': 'This project’s own list.',
  'keywords.none': 'No keywords for this code yet.',
  'keywords.list': 'Keywords of {code}',
  'keywords.remove': 'Remove keyword {pattern}',
  'keywords.add': 'Add a keyword',
  'keywords.addHint': 'For example vacature* or *uitkering.',
  'keywords.addButton': 'Add',
  'keywords.required': 'Type a keyword first.',
  'keywords.duplicate': '{pattern} is already there.',

  'keywords.tools.title': 'Test the keywords and auto-code',
  'keywords.tools.intro':
    'The keywords of all codes together: try them on a sentence, or code a whole text column with them.',
  'keywords.reset': 'Restore the built-in keyword list',
  'keywords.resetHint': 'Sets the keywords of every code back to the built-in Dutch list.',
  'keywords.resetConfirm': 'All of this project’s own keywords will be lost. Restore the built-in list?',
  'keywords.resetYes': 'Yes, restore',
  'keywords.resetDone': 'The built-in keyword list applies again.',
  'keywords.isBuiltIn': 'The built-in list applies; there is nothing to restore.',

  'keywords.test.title': 'Test the keywords',
  'keywords.test.label': 'Type a sentence',
  'keywords.test.hint': 'For example: Ik zoek werk en voel me eenzaam sinds de buren verhuisd zijn.',
  'keywords.test.none': 'No word hits a keyword.',
  'keywords.test.hits': 'Words that hit a keyword',
  'keywords.test.word': 'Word',
  'keywords.test.pattern': 'Keyword',
  'keywords.test.code': 'Code',
  'keywords.test.condition': 'Condition',
  'keywords.test.suggested': 'Suggested conditions: {conditions}',

  'autocode.title': 'Auto-code',
  'autocode.intro':
    'Codes every record of a text column by the keywords, as the coder ‘suggesties’. It is a coder like anyone: its agreement with people is measured just as people’s with each other. A new run replaces only the earlier coding of ‘suggesties’ in this dataset, never people’s.',
  'autocode.dataset': 'Dataset',
  'autocode.textColumn': 'Text column',
  'autocode.noText': 'No dataset with a text column to code. Import a survey with open answers.',
  'autocode.run': 'Auto-code',
  'autocode.running': 'Coding…',
  'autocode.done':
    '{records} records read: {suggested} got a suggestion, {codings} codes in all, stored under the coder ‘{coder}’.',
  'autocode.withoutText': '{count} records without text were left uncoded.',
  'autocode.withoutTextOne': 'One record without text was left uncoded.',
};

export const keywordTexts = defineMessages({ nl: keywordsNl, en: keywordsEn });

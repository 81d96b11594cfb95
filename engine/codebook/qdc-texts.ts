import { defineMessages } from '../../shared/i18n/messages';

/** The warnings of reading a `.qdc` codebook (`read-qdc.ts`) and of taking it into the project (`import-qdc.ts`). */
export const qdcTexts = defineMessages({
  nl: {
    notAColour: 'Code "{name}": "{colour}" is geen kleur (#RRGGBB); de code volgt de kleur van de bovenliggende code.',
    memberWithoutGuid: 'Set "{name}": een lid zonder geldige guid is overgeslagen.',
    conditionStaysOnTop: '"{label}" is een conditie en blijft bovenaan staan.',
    membersNotFound:
      'Set "{name}": {count} leden verwijzen naar codes die niet in het bestand of het project staan en zijn overgeslagen.',
    conditionKeepsColour:
      '"{label}" is een conditie en houdt haar kleur {colour}; {fileColour} uit het bestand is niet overgenomen.',
  },
  en: {
    notAColour: 'Code "{name}": "{colour}" is not a colour (#RRGGBB); the code follows its parent\'s colour.',
    memberWithoutGuid: 'Set "{name}": a member without a valid guid was skipped.',
    conditionStaysOnTop: '"{label}" is a condition and stays at the top.',
    membersNotFound:
      'Set "{name}": {count} members refer to codes that are neither in the file nor in the project and were skipped.',
    conditionKeepsColour:
      '"{label}" is a condition and keeps its colour {colour}; {fileColour} from the file was not taken over.',
  },
});

import { defineMessages } from '../i18n/messages';

/**
 * The blind spot rule in words, the same on the facilitator's screen, the projector and the record
 * (shared/session/blind-spot.ts is the rule itself), its reasons, and the room's question.
 */
export const blindSpotTexts = defineMessages({
  nl: {
    blindSpotRule:
      'Een conditie heeft aandacht nodig als de index van de cijfers onder 100 ligt (slechter dan het gemiddelde van de vergeleken gebieden); zonder cijfers telt elke conditie mee. De blinde vlek is daarvan de conditie met de minste voorzieningen in de sociale basis; bij gelijke stand de conditie die het minst genoemd wordt (index van de woorden), daarna de laagste index van de cijfers.',
    blindSpotQuestion: 'Welke conditie zien we over het hoofd?',
    blindSpotNone: 'Geen blinde vlek: geen enkele conditie scoort onder het gemiddelde.',
    reason_low_index: 'lage index (onder 100)',
    reason_few_provisions: 'de minste voorzieningen',
    reason_few_mentions: 'weinig genoemd (index van de woorden onder 100 of geen)',
  },
  en: {
    blindSpotRule:
      "A condition needs attention when its figures' index is below 100 (worse than the mean of the areas compared); without figures every condition counts. The blind spot is the one of these with the fewest provisions in the sociale basis; on a tie the one mentioned least (the words' index), then the lowest figures' index.",
    blindSpotQuestion: 'Which condition are we overlooking?',
    blindSpotNone: 'No blind spot: no condition scores below the mean.',
    reason_low_index: 'low index (below 100)',
    reason_few_provisions: 'the fewest provisions',
    reason_few_mentions: "rarely mentioned (words' index below 100 or none)",
  },
});

import type { Language } from '../i18n/language';
import { defineMessages, translate } from '../i18n/messages';
import type { AreaLevel } from '../import/area-codes';
import { baseName, unitNoun, type CountUnit, type PublicationRule } from '../units/count-unit';
import { formatNumber } from './number-format';

/** What a table's counts count and which threshold applies: the words of its notes follow from it. */
export interface CountWording {
  unit: CountUnit;
  areaLevel: AreaLevel | null;
  publication: PublicationRule;
}

const texts = defineMessages({
  nl: {
    fewerThan: 'Minder dan {threshold} {units}',
    /** Area data without a base threshold: the respondent threshold does not apply, and nothing is hidden. */
    noThreshold:
      'De publicatiedrempel voor respondenten geldt hier niet: niets is verborgen. Kies een basiskolom (zoals een bevolkingsaantal) met een eigen drempel om cellen met weinig inwoners te verbergen.',
    missingCategory: 'Ontbrekend',
    total: 'Totaal',
    weighted: 'Gewogen naar {weight}: aantallen en percentages zijn gewogen; n is het aantal {units}.',
    excludedMissing: '{who} weggelaten wegens een ontbrekende waarde.',
    missingAsCategory: 'Ontbrekende waarden staan in een eigen categorie.',
    excludedWeight: '{who} zonder bruikbaar gewicht (ontbrekend of 0) weggelaten.',
    excludedLayer: '{who} zonder waarde voor de laagvariabele weggelaten.',
    cellsCount: 'De cellen tellen {units}, geen respondenten.',
    researcherRespondents:
      'Onderzoekersweergave: alles getoond. Cellen met minder dan {threshold} respondenten, en cellen waaruit die te herleiden zijn, worden in partnerweergaven en exports verborgen.',
    researcherBase:
      'Onderzoekersweergave: alles getoond. De publicatiedrempel geldt hier voor de basis {base}: cellen waarvan de {units} samen minder dan {threshold} hebben (zonder waarde telt als 0), en cellen waaruit die te herleiden zijn, worden in partnerweergaven en exports verborgen.',
    partnerRespondents:
      'Publicatiedrempel: aantallen van minder dan {threshold} respondenten zijn verborgen (<{threshold}); met * verborgen zijn de percentages daarvan en cellen waaruit ze te herleiden zouden zijn.',
    partnerBase:
      'Publicatiedrempel op de basis {base}: aantallen van {units} met samen minder dan {threshold} {base} zijn verborgen (<{threshold}); met * verborgen zijn de percentages daarvan en cellen waaruit ze te herleiden zouden zijn.',
    statisticsHidden: 'Toetsen weggelaten: met verborgen cellen zouden ze die cellen kunnen prijsgeven.',
    statisticsNotPossible: 'Geen toetsen: de tabel heeft minder dan twee gevulde rijen of kolommen.',
    lowExpected:
      '{share}% van de cellen heeft een verwachte waarde kleiner dan 5 (kleinste {minimum}); de chi-kwadraattoets is daardoor onbetrouwbaar.',
  },
  en: {
    fewerThan: 'Fewer than {threshold} {units}',
    noThreshold:
      'The publication threshold for respondents does not apply here: nothing is hidden. Choose a base column (such as a population count) with a threshold of its own to hide cells with few residents.',
    missingCategory: 'Missing',
    total: 'Total',
    weighted: 'Weighted by {weight}: counts and percentages are weighted; n is the number of {units}.',
    excludedMissing: '{who} left out for a missing value.',
    missingAsCategory: 'Missing values form a category of their own.',
    excludedWeight: '{who} without a usable weight (missing or 0) left out.',
    excludedLayer: '{who} without a value for the layer variable left out.',
    cellsCount: 'The cells count {units}, not respondents.',
    researcherRespondents:
      'Researcher view: everything shown. Cells with fewer than {threshold} respondents, and cells they could be recomputed from, are hidden in partner views and exports.',
    researcherBase:
      'Researcher view: everything shown. The publication threshold applies to the base {base} here: cells whose {units} have fewer than {threshold} together (no value counts as 0), and cells they could be recomputed from, are hidden in partner views and exports.',
    partnerRespondents:
      'Publication threshold: counts of fewer than {threshold} respondents are hidden (<{threshold}); hidden with * are their percentages and cells they could be recomputed from.',
    partnerBase:
      'Publication threshold on the base {base}: counts of {units} with fewer than {threshold} {base} together are hidden (<{threshold}); hidden with * are their percentages and cells they could be recomputed from.',
    statisticsHidden: 'Tests left out: with hidden cells they could give those cells away.',
    statisticsNotPossible: 'No tests: the table has fewer than two non-empty rows or columns.',
    lowExpected:
      '{share}% of the cells have an expected count below 5 (smallest {minimum}); the chi-square test is unreliable.',
  },
});

const units = (wording: CountWording, language: Language) => unitNoun(wording.unit, wording.areaLevel, 2, language);

/** A number of left-out rows, or null where the respondent threshold hides it (only respondents are hidden so). */
const leftOut = (count: number | null, wording: CountWording, language: Language) => {
  if (count !== null)
    return `${formatNumber(count, language)} ${unitNoun(wording.unit, wording.areaLevel, count, language)}`;
  const threshold = wording.publication.basis === 'none' ? 0 : wording.publication.threshold;
  return translate(language, texts, 'fewerThan', { threshold, units: units(wording, language) });
};

/** The texts cross-tables carry (labels, notes, warnings) in both UI languages. */
export const crosstabText = {
  missingCategory: (language: Language) => translate(language, texts, 'missingCategory'),
  total: (language: Language) => translate(language, texts, 'total'),
  weighted: (weight: string, wording: CountWording, language: Language) =>
    translate(language, texts, 'weighted', { weight, units: units(wording, language) }),
  excludedMissing: (count: number | null, wording: CountWording, language: Language) =>
    translate(language, texts, 'excludedMissing', { who: leftOut(count, wording, language) }),
  missingAsCategory: (language: Language) => translate(language, texts, 'missingAsCategory'),
  excludedWeight: (count: number | null, wording: CountWording, language: Language) =>
    translate(language, texts, 'excludedWeight', { who: leftOut(count, wording, language) }),
  excludedLayer: (count: number | null, wording: CountWording, language: Language) =>
    translate(language, texts, 'excludedLayer', { who: leftOut(count, wording, language) }),
  /** What the cells count, said for area data, where it is not respondents. */
  cellsCount: (wording: CountWording, language: Language) =>
    translate(language, texts, 'cellsCount', { units: units(wording, language) }),
  thresholdResearcher: (wording: CountWording, language: Language) => {
    const rule = wording.publication;
    if (rule.basis === 'none') return translate(language, texts, 'noThreshold');
    if (rule.basis === 'respondents')
      return translate(language, texts, 'researcherRespondents', { threshold: rule.threshold });
    const params = { base: baseName(rule), units: units(wording, language), threshold: rule.threshold };
    return translate(language, texts, 'researcherBase', params);
  },
  thresholdPartner: (wording: CountWording, language: Language) => {
    const rule = wording.publication;
    if (rule.basis === 'none') return translate(language, texts, 'noThreshold');
    if (rule.basis === 'respondents')
      return translate(language, texts, 'partnerRespondents', { threshold: rule.threshold });
    const params = { base: baseName(rule), units: units(wording, language), threshold: rule.threshold };
    return translate(language, texts, 'partnerBase', params);
  },
  statisticsHidden: (language: Language) => translate(language, texts, 'statisticsHidden'),
  statisticsNotPossible: (language: Language) => translate(language, texts, 'statisticsNotPossible'),
  lowExpected: (share: number, minimum: number, language: Language) =>
    translate(language, texts, 'lowExpected', {
      share: formatNumber(share * 100, language, 1),
      minimum: formatNumber(minimum, language),
    }),
} as const;

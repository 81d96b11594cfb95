import type { AreaLevel } from '../import/area-codes';
import { baseName, unitNoun, type CountUnit, type PublicationRule } from '../units/count-unit';

/** The texts cross-tables carry (labels, notes, warnings) in both UI languages. */
export type CrosstabLanguage = 'nl' | 'en';

/** What a table's counts count and which threshold applies: the words of its notes follow from it. */
export interface CountWording {
  unit: CountUnit;
  areaLevel: AreaLevel | null;
  publication: PublicationRule;
}

const locales: Record<CrosstabLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A number as the language writes it, without thousands separators (so spreadsheets read it back). */
export function formatNumber(value: number, language: CrosstabLanguage, maximumFractionDigits = 2): string {
  return value.toLocaleString(locales[language], { maximumFractionDigits, useGrouping: false });
}

export function compareText(a: string, b: string, language: CrosstabLanguage): number {
  return a.localeCompare(b, locales[language], { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}

const counted = (count: number, wording: CountWording, language: CrosstabLanguage) =>
  `${formatNumber(count, language)} ${unitNoun(wording.unit, wording.areaLevel, count, language)}`;

/** A number of left-out rows, or null where the respondent threshold hides it (only respondents are hidden so). */
const leftOut = (count: number | null, wording: CountWording, language: CrosstabLanguage) => {
  if (count !== null) return counted(count, wording, language);
  const threshold = wording.publication.basis === 'none' ? 0 : wording.publication.threshold;
  return language === 'nl'
    ? `Minder dan ${threshold} ${unitNoun(wording.unit, wording.areaLevel, 2, language)}`
    : `Fewer than ${threshold} ${unitNoun(wording.unit, wording.areaLevel, 2, language)}`;
};

/** Area data without a base threshold: the respondent threshold does not apply, and nothing is hidden. */
const noThreshold = (language: CrosstabLanguage) =>
  language === 'nl'
    ? 'De publicatiedrempel voor respondenten geldt hier niet: niets is verborgen. Kies een basiskolom (zoals een bevolkingsaantal) met een eigen drempel om cellen met weinig inwoners te verbergen.'
    : 'The publication threshold for respondents does not apply here: nothing is hidden. Choose a base column (such as a population count) with a threshold of its own to hide cells with few residents.';

export const crosstabText = {
  missingCategory: (language: CrosstabLanguage) => (language === 'nl' ? 'Ontbrekend' : 'Missing'),
  total: (language: CrosstabLanguage) => (language === 'nl' ? 'Totaal' : 'Total'),
  weighted: (weight: string, wording: CountWording, language: CrosstabLanguage) =>
    language === 'nl'
      ? `Gewogen naar ${weight}: aantallen en percentages zijn gewogen; n is het aantal ${unitNoun(wording.unit, wording.areaLevel, 2, language)}.`
      : `Weighted by ${weight}: counts and percentages are weighted; n is the number of ${unitNoun(wording.unit, wording.areaLevel, 2, language)}.`,
  excludedMissing: (count: number | null, wording: CountWording, language: CrosstabLanguage) => {
    const who = leftOut(count, wording, language);
    return language === 'nl'
      ? `${who} weggelaten wegens een ontbrekende waarde.`
      : `${who} left out for a missing value.`;
  },
  missingAsCategory: (language: CrosstabLanguage) =>
    language === 'nl'
      ? 'Ontbrekende waarden staan in een eigen categorie.'
      : 'Missing values form a category of their own.',
  excludedWeight: (count: number | null, wording: CountWording, language: CrosstabLanguage) => {
    const who = leftOut(count, wording, language);
    return language === 'nl'
      ? `${who} zonder bruikbaar gewicht (ontbrekend of 0) weggelaten.`
      : `${who} without a usable weight (missing or 0) left out.`;
  },
  excludedLayer: (count: number | null, wording: CountWording, language: CrosstabLanguage) => {
    const who = leftOut(count, wording, language);
    return language === 'nl'
      ? `${who} zonder waarde voor de laagvariabele weggelaten.`
      : `${who} without a value for the layer variable left out.`;
  },
  /** What the cells count, said for area data, where it is not respondents. */
  cellsCount: (wording: CountWording, language: CrosstabLanguage) => {
    const what = unitNoun(wording.unit, wording.areaLevel, 2, language);
    return language === 'nl'
      ? `De cellen tellen ${what}, geen respondenten.`
      : `The cells count ${what}, not respondents.`;
  },
  thresholdResearcher: (wording: CountWording, language: CrosstabLanguage) => {
    const rule = wording.publication;
    if (rule.basis === 'none') return noThreshold(language);
    if (rule.basis === 'respondents') {
      return language === 'nl'
        ? `Onderzoekersweergave: alles getoond. Cellen met minder dan ${rule.threshold} respondenten, en cellen waaruit die te herleiden zijn, worden in partnerweergaven en exports verborgen.`
        : `Researcher view: everything shown. Cells with fewer than ${rule.threshold} respondents, and cells they could be recomputed from, are hidden in partner views and exports.`;
    }
    const areas = unitNoun(wording.unit, wording.areaLevel, 2, language);
    return language === 'nl'
      ? `Onderzoekersweergave: alles getoond. De publicatiedrempel geldt hier voor de basis ${baseName(rule)}: cellen waarvan de ${areas} samen minder dan ${rule.threshold} hebben (zonder waarde telt als 0), en cellen waaruit die te herleiden zijn, worden in partnerweergaven en exports verborgen.`
      : `Researcher view: everything shown. The publication threshold applies to the base ${baseName(rule)} here: cells whose ${areas} have fewer than ${rule.threshold} together (no value counts as 0), and cells they could be recomputed from, are hidden in partner views and exports.`;
  },
  thresholdPartner: (wording: CountWording, language: CrosstabLanguage) => {
    const rule = wording.publication;
    if (rule.basis === 'none') return noThreshold(language);
    if (rule.basis === 'respondents') {
      return language === 'nl'
        ? `Publicatiedrempel: aantallen van minder dan ${rule.threshold} respondenten zijn verborgen (<${rule.threshold}); met * verborgen zijn de percentages daarvan en cellen waaruit ze te herleiden zouden zijn.`
        : `Publication threshold: counts of fewer than ${rule.threshold} respondents are hidden (<${rule.threshold}); hidden with * are their percentages and cells they could be recomputed from.`;
    }
    const areas = unitNoun(wording.unit, wording.areaLevel, 2, language);
    return language === 'nl'
      ? `Publicatiedrempel op de basis ${baseName(rule)}: aantallen van ${areas} met samen minder dan ${rule.threshold} ${baseName(rule)} zijn verborgen (<${rule.threshold}); met * verborgen zijn de percentages daarvan en cellen waaruit ze te herleiden zouden zijn.`
      : `Publication threshold on the base ${baseName(rule)}: counts of ${areas} with fewer than ${rule.threshold} ${baseName(rule)} together are hidden (<${rule.threshold}); hidden with * are their percentages and cells they could be recomputed from.`;
  },
  statisticsHidden: (language: CrosstabLanguage) =>
    language === 'nl'
      ? 'Toetsen weggelaten: met verborgen cellen zouden ze die cellen kunnen prijsgeven.'
      : 'Tests left out: with hidden cells they could give those cells away.',
  statisticsNotPossible: (language: CrosstabLanguage) =>
    language === 'nl'
      ? 'Geen toetsen: de tabel heeft minder dan twee gevulde rijen of kolommen.'
      : 'No tests: the table has fewer than two non-empty rows or columns.',
  lowExpected: (share: number, minimum: number, language: CrosstabLanguage) =>
    language === 'nl'
      ? `${formatNumber(share * 100, language, 1)}% van de cellen heeft een verwachte waarde kleiner dan 5 (kleinste ${formatNumber(minimum, language)}); de chi-kwadraattoets is daardoor onbetrouwbaar.`
      : `${formatNumber(share * 100, language, 1)}% of the cells have an expected count below 5 (smallest ${formatNumber(minimum, language)}); the chi-square test is unreliable.`,
} as const;

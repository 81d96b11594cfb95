/** The texts cross-tables carry (labels, notes, warnings) in both UI languages. */
export type CrosstabLanguage = 'nl' | 'en';

const locales: Record<CrosstabLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A number as the language writes it, without thousands separators (so spreadsheets read it back). */
export function formatNumber(value: number, language: CrosstabLanguage, maximumFractionDigits = 2): string {
  return value.toLocaleString(locales[language], { maximumFractionDigits, useGrouping: false });
}

export function compareText(a: string, b: string, language: CrosstabLanguage): number {
  return a.localeCompare(b, locales[language], { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}

const respondents = (count: number, language: CrosstabLanguage) =>
  language === 'nl' ? `${formatNumber(count, language)} ${count === 1 ? 'respondent' : 'respondenten'}` : `${formatNumber(count, language)} ${count === 1 ? 'respondent' : 'respondents'}`;

export const crosstabText = {
  missingCategory: (language: CrosstabLanguage) => (language === 'nl' ? 'Ontbrekend' : 'Missing'),
  total: (language: CrosstabLanguage) => (language === 'nl' ? 'Totaal' : 'Total'),
  weighted: (weight: string, language: CrosstabLanguage) =>
    language === 'nl'
      ? `Gewogen naar ${weight}: aantallen en percentages zijn gewogen; n is het aantal respondenten.`
      : `Weighted by ${weight}: counts and percentages are weighted; n is the number of respondents.`,
  excludedMissing: (count: number | null, threshold: number, language: CrosstabLanguage) => {
    const who = count === null ? (language === 'nl' ? `Minder dan ${threshold} respondenten` : `Fewer than ${threshold} respondents`) : respondents(count, language);
    return language === 'nl' ? `${who} weggelaten wegens een ontbrekende waarde.` : `${who} left out for a missing value.`;
  },
  missingAsCategory: (language: CrosstabLanguage) =>
    language === 'nl' ? 'Ontbrekende waarden staan in een eigen categorie.' : 'Missing values form a category of their own.',
  excludedWeight: (count: number | null, threshold: number, language: CrosstabLanguage) => {
    const who = count === null ? (language === 'nl' ? `Minder dan ${threshold} respondenten` : `Fewer than ${threshold} respondents`) : respondents(count, language);
    return language === 'nl' ? `${who} zonder bruikbaar gewicht (ontbrekend of 0) weggelaten.` : `${who} without a usable weight (missing or 0) left out.`;
  },
  excludedLayer: (count: number | null, threshold: number, language: CrosstabLanguage) => {
    const who = count === null ? (language === 'nl' ? `Minder dan ${threshold} respondenten` : `Fewer than ${threshold} respondents`) : respondents(count, language);
    return language === 'nl' ? `${who} zonder waarde voor de laagvariabele weggelaten.` : `${who} without a value for the layer variable left out.`;
  },
  thresholdResearcher: (threshold: number, language: CrosstabLanguage) =>
    language === 'nl'
      ? `Onderzoekersweergave: alles getoond. Cellen met minder dan ${threshold} respondenten, en cellen waaruit die te herleiden zijn, worden in partnerweergaven en exports verborgen.`
      : `Researcher view: everything shown. Cells with fewer than ${threshold} respondents, and cells they could be recomputed from, are hidden in partner views and exports.`,
  thresholdPartner: (threshold: number, language: CrosstabLanguage) =>
    language === 'nl'
      ? `Publicatiedrempel: aantallen van minder dan ${threshold} respondenten zijn verborgen (<${threshold}); met * verborgen zijn de percentages daarvan en cellen waaruit ze te herleiden zouden zijn.`
      : `Publication threshold: counts of fewer than ${threshold} respondents are hidden (<${threshold}); hidden with * are their percentages and cells they could be recomputed from.`,
  statisticsHidden: (language: CrosstabLanguage) =>
    language === 'nl'
      ? 'Toetsen weggelaten: met verborgen cellen zouden ze die cellen kunnen prijsgeven.'
      : 'Tests left out: with hidden cells they could give those cells away.',
  statisticsNotPossible: (language: CrosstabLanguage) =>
    language === 'nl' ? 'Geen toetsen: de tabel heeft minder dan twee gevulde rijen of kolommen.' : 'No tests: the table has fewer than two non-empty rows or columns.',
  lowExpected: (share: number, minimum: number, language: CrosstabLanguage) =>
    language === 'nl'
      ? `${formatNumber(share * 100, language, 1)}% van de cellen heeft een verwachte waarde kleiner dan 5 (kleinste ${formatNumber(minimum, language)}); de chi-kwadraattoets is daardoor onbetrouwbaar.`
      : `${formatNumber(share * 100, language, 1)}% of the cells have an expected count below 5 (smallest ${formatNumber(minimum, language)}); the chi-square test is unreliable.`,
} as const;

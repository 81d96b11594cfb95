import { defineMessages, mergeMessages } from '../../../shared/i18n/messages';
import { chartTexts } from '../charts/chart-texts';

/** The texts the analysis views share: chart titles, condition short names, suppression and reference wording. */
const profileOwnTexts = defineMessages({
  nl: {
    'analysis.conditionShort.security': 'Zekerheid',
    'analysis.conditionShort.inclusion': 'Inclusie',
    'analysis.conditionShort.cohesion': 'Cohesie',
    'analysis.conditionShort.empowerment': 'Empowerment',
    'analysis.scores.loading': 'De scores worden berekend…',
    'analysis.reference.allText': 'alle gebieden in de dataset',
    'analysis.reference.municipalityText': 'de gebieden van gemeente {code}',
    'analysis.chart.axis.condition': 'Conditie',
    'analysis.chart.noDomain': '{condition}: zonder domein',
    'analysis.chart.suppressedSeries': '{area} (n = {n}, onder publicatiedrempel)',
    'analysis.chart.profileTitle': 'Profiel van {area}: {what}',
    'analysis.chart.compareTitle': '{areas}: {what}',
    'analysis.chart.multiplesTitle': 'Profielen van alle gebieden over de vier condities',
    'analysis.chart.what.conditions': 'vier condities',
    'analysis.chart.what.domains': 'domeinen',
    'analysis.chart.what.domainsOf': 'domeinen van {condition}',
    'analysis.chart.what.indicators': 'indicatoren',
    'analysis.chart.what.indicatorsOf': 'indicatoren van {condition}',
    'analysis.chart.subtitle': 'Index: 100 = gemiddelde van {reference}; 10 punten = 1 standaardafwijking.',
    'analysis.suppressed.notShown': 'niet getoond',
    'analysis.suppressed.reason': '(n < {threshold})',
    'analysis.export.omitted': 'Niet getoond wegens {below}: {areas}.',
    'analysis.export.nothing': 'Niets te exporteren: de gekozen gebieden vallen onder de publicatiedrempel.',
  },
  en: {
    'analysis.conditionShort.security': 'Security',
    'analysis.conditionShort.inclusion': 'Inclusion',
    'analysis.conditionShort.cohesion': 'Cohesion',
    'analysis.conditionShort.empowerment': 'Empowerment',
    'analysis.scores.loading': 'Computing the scores…',
    'analysis.reference.allText': 'all areas in the dataset',
    'analysis.reference.municipalityText': 'the areas of municipality {code}',
    'analysis.chart.axis.condition': 'Condition',
    'analysis.chart.noDomain': '{condition}: no domain',
    'analysis.chart.suppressedSeries': '{area} (n = {n}, below publication threshold)',
    'analysis.chart.profileTitle': 'Profile of {area}: {what}',
    'analysis.chart.compareTitle': '{areas}: {what}',
    'analysis.chart.multiplesTitle': 'Profiles of all areas over the four conditions',
    'analysis.chart.what.conditions': 'four conditions',
    'analysis.chart.what.domains': 'domains',
    'analysis.chart.what.domainsOf': 'domains of {condition}',
    'analysis.chart.what.indicators': 'indicators',
    'analysis.chart.what.indicatorsOf': 'indicators of {condition}',
    'analysis.chart.subtitle': 'Index: 100 = average of {reference}; 10 points = 1 standard deviation.',
    'analysis.suppressed.notShown': 'not shown',
    'analysis.suppressed.reason': '(n < {threshold})',
    'analysis.export.omitted': 'Not shown for having {below}: {areas}.',
    'analysis.export.nothing': 'Nothing to export: the chosen areas are below the publication threshold.',
  },
});

/** With the charts' texts, which the profile charts use too. */
export const profileTexts = mergeMessages(profileOwnTexts, chartTexts);
export type ProfileKey = keyof typeof profileTexts.nl & string;

import { defineMessages, mergeMessages } from '../../../shared/i18n/messages';
import { commonTexts } from '../i18n/common-texts';
import { profileTexts } from '../profile/profile-texts';
import { chartTexts } from '../charts/chart-texts';

/**
 * The texts of Analyse → Woorden en cijfers: the profile from codings beside the indicator profile.
 * Spread into the message sets of `i18n/`; English must have exactly the same keys.
 */
const codingProfileNl = {
  'codingProfile.view': 'Woorden en cijfers',
  'codingProfile.intro':
    'Waar de woorden van mensen wijzen, naast waar de cijfers wijzen. Links het profiel uit de indicatoren van de dataset die bovenaan gekozen is; rechts het aandeel van de gecodeerde records met elke conditie.',
  'codingProfile.loading': 'De gecodeerde datasets worden gelezen…',
  'codingProfile.emptyTitle': 'Nog geen gecodeerde records',
  'codingProfile.emptyBody':
    'Codeer de open antwoorden van een enquête in Coderen, of laat de trefwoorden ze coderen (Codeboek → Automatisch coderen). Daarna staat hier per gebied waar de woorden wijzen.',
  'codingProfile.dataset': 'Gecodeerde dataset',
  'codingProfile.coder': 'Codeur',
  'codingProfile.coderOption': '{coder}: {coded} van {total} records gecodeerd',
  'codingProfile.coder.suggestions': 'suggesties (automatisch)',
  'codingProfile.coder.chosenConsensus': 'Geopend op de consensus: de coderingen waarover de codeurs het eens zijn.',
  'codingProfile.coder.chosenMostCoded':
    'Geopend op {coder}: er is nog geen consensus, en deze codeur heeft de meeste records gecodeerd.',
  'codingProfile.area': 'Gebied',
  'codingProfile.areaHidden': '{area} (niet getoond: minder dan {threshold} gecodeerde records)',
  'codingProfile.areaBelow': '{area} (onder publicatiedrempel)',
  'codingProfile.arrangement': 'Weergave',
  'codingProfile.arrangement.pair': 'Naast elkaar',
  'codingProfile.arrangement.overlay': 'Over elkaar (als index)',
  'codingProfile.partner':
    'Partnerweergave: gebieden met minder dan {threshold} gecodeerde records tonen geen cijfers, ook niet in exports.',
  'codingProfile.researcherBelow':
    'Gebieden met minder dan {threshold} gecodeerde records ({count}) zijn alleen in deze onderzoekersweergave te zien, gemarkeerd, en blijven buiten exports.',

  'codingProfile.figures.heading': 'Waar de cijfers wijzen',
  'codingProfile.figures.source': 'Indicatoren uit {dataset}; index, 100 = gemiddelde van de referentiegebieden.',
  'codingProfile.figures.none': '{dataset} heeft nog geen indicatoren die aan een conditie gekoppeld zijn.',
  'codingProfile.figures.toIndicators': 'Naar Indicatoren',
  'codingProfile.figures.noArea':
    '{dataset} heeft geen cijfers voor {area}. Kies bovenaan een dataset met dezelfde gebieden.',

  'codingProfile.words.heading': 'Waar de woorden wijzen',
  'codingProfile.words.source':
    'Aandeel van de gecodeerde records met elke conditie; codeur: {coder}. Een record kan meer condities hebben, dus samen is het zelden 100%.',
  'codingProfile.words.title': '{area}: aandeel records per conditie',
  'codingProfile.words.subtitle':
    'Aandeel van de gecodeerde records met elke conditie; codeur: {coder}. Referentie: alle gecodeerde records van de dataset. Een record kan meer condities hebben.',
  'codingProfile.words.series': '{area} (n = {n})',
  'codingProfile.words.overall': 'Alle gecodeerde records (n = {n})',
  'codingProfile.words.notShown': 'Niet getoond',
  'codingProfile.words.reason': 'minder dan {threshold} gecodeerde records',
  'codingProfile.words.noneCoded': 'De codeur {coder} heeft in {area} nog niets gecodeerd.',
  'codingProfile.words.exportHidden': 'Niet te exporteren: {area} heeft minder dan {threshold} gecodeerde records.',

  'codingProfile.overlay.heading': 'Cijfers en woorden op één schaal',
  'codingProfile.overlay.title': '{area}: cijfers en woorden als index',
  'codingProfile.overlay.figures': 'Cijfers (hoger = gunstiger)',
  'codingProfile.overlay.words': 'Woorden (hoger = vaker genoemd)',
  'codingProfile.overlay.subtitle': 'Index: 100 = gemiddelde van de gebieden, 10 punten = één standaardafwijking.',
  'codingProfile.overlay.explain':
    'Het aandeel van elke conditie in de woorden is gestandaardiseerd over de {count} gebieden met minstens {threshold} gecodeerde records die ook in de referentie van de cijfers zitten: 100 + 10 × z, net als de cijfers. Lees de twee lijnen niet als hetzelfde: hoog bij de cijfers is gunstig, hoog bij de woorden betekent dat mensen de conditie vaker noemen dan in andere gebieden, vaak juist waar het schuurt.',
  'codingProfile.overlay.tooFew':
    'Over elkaar kan pas met minstens {min} gebieden die genoeg gecodeerde records hebben en in de referentie van de cijfers zitten (nu {count}): met minder is er geen eerlijke gemeenschappelijke schaal. De radars staan daarom naast elkaar.',
} satisfies Record<`codingProfile.${string}`, string>;

const codingProfileEn: Record<keyof typeof codingProfileNl, string> = {
  'codingProfile.view': 'Words and figures',
  'codingProfile.intro':
    'Where people’s words point, next to where the figures point. Left the profile from the indicators of the dataset chosen above; right the share of the coded records with each condition.',
  'codingProfile.loading': 'Reading the coded datasets…',
  'codingProfile.emptyTitle': 'No coded records yet',
  'codingProfile.emptyBody':
    'Code the open answers of a survey in Coding, or let the keywords code them (Codebook → Auto-code). Then this view shows, per area, where the words point.',
  'codingProfile.dataset': 'Coded dataset',
  'codingProfile.coder': 'Coder',
  'codingProfile.coderOption': '{coder}: {coded} of {total} records coded',
  'codingProfile.coder.suggestions': 'suggestions (automatic)',
  'codingProfile.coder.chosenConsensus': 'Opened on the consensus: the codings the coders agree on.',
  'codingProfile.coder.chosenMostCoded':
    'Opened on {coder}: there is no consensus yet, and this coder coded the most records.',
  'codingProfile.area': 'Area',
  'codingProfile.areaHidden': '{area} (not shown: fewer than {threshold} coded records)',
  'codingProfile.areaBelow': '{area} (below the publication threshold)',
  'codingProfile.arrangement': 'Arrangement',
  'codingProfile.arrangement.pair': 'Side by side',
  'codingProfile.arrangement.overlay': 'Overlaid (as an index)',
  'codingProfile.partner':
    'Partner view: areas with fewer than {threshold} coded records show no figures, nor in exports.',
  'codingProfile.researcherBelow':
    'Areas with fewer than {threshold} coded records ({count}) are shown only in this researcher view, marked, and are left out of exports.',

  'codingProfile.figures.heading': 'Where the figures point',
  'codingProfile.figures.source': 'Indicators from {dataset}; index, 100 = average of the reference areas.',
  'codingProfile.figures.none': '{dataset} has no indicators mapped to a condition yet.',
  'codingProfile.figures.toIndicators': 'To Indicators',
  'codingProfile.figures.noArea': '{dataset} has no figures for {area}. Choose a dataset with the same areas above.',

  'codingProfile.words.heading': 'Where the words point',
  'codingProfile.words.source':
    'Share of the coded records with each condition; coder: {coder}. A record can have several conditions, so together they rarely make 100%.',
  'codingProfile.words.title': '{area}: share of records per condition',
  'codingProfile.words.subtitle':
    'Share of the coded records with each condition; coder: {coder}. Reference: all coded records of the dataset. A record can have several conditions.',
  'codingProfile.words.series': '{area} (n = {n})',
  'codingProfile.words.overall': 'All coded records (n = {n})',
  'codingProfile.words.notShown': 'Not shown',
  'codingProfile.words.reason': 'fewer than {threshold} coded records',
  'codingProfile.words.noneCoded': 'Coder {coder} has coded nothing in {area} yet.',
  'codingProfile.words.exportHidden': 'Cannot be exported: {area} has fewer than {threshold} coded records.',

  'codingProfile.overlay.heading': 'Figures and words on one scale',
  'codingProfile.overlay.title': '{area}: figures and words as an index',
  'codingProfile.overlay.figures': 'Figures (higher = better)',
  'codingProfile.overlay.words': 'Words (higher = mentioned more often)',
  'codingProfile.overlay.subtitle': 'Index: 100 = average of the areas, 10 points = one standard deviation.',
  'codingProfile.overlay.explain':
    'Each condition’s share of the words is standardised over the {count} areas with at least {threshold} coded records that are also in the figures’ reference: 100 + 10 × z, like the figures. Do not read the two lines alike: high in the figures is favourable, high in the words means people mention the condition more often than in other areas, often just where it chafes.',
  'codingProfile.overlay.tooFew':
    'Overlaying needs at least {min} areas with enough coded records that are in the figures’ reference (now {count}): with fewer there is no honest common scale. So the radars stay side by side.',
};

/** What the section says, with the shared texts it uses: pass it to `useT`. */
export const codingProfileTexts = mergeMessages(
  commonTexts,
  defineMessages({ nl: codingProfileNl, en: codingProfileEn }),
  profileTexts,
  chartTexts,
);
export type CodingProfileKey = keyof typeof codingProfileTexts.nl & string;

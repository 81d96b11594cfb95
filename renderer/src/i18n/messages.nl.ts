/**
 * Dutch, the default UI language. Its keys define the message set: `messages.en.ts` must have exactly
 * the same keys. `{name}` marks a parameter filled in by `useT()`.
 */
export const nl = {
  'app.name': 'Werkbank Sociale Kwaliteit',
  'app.skipToContent': 'Naar de inhoud',
  'app.starting': 'De Werkbank wordt gestart…',
  'app.language': 'Taal',
  'app.about': 'Over',
  'app.close': 'Sluiten',
  'app.cancel': 'Annuleren',
  'app.dismissError': 'Melding sluiten',

  'start.tagline': 'Onderzoek naar sociale kwaliteit in buurten: gegevens, codering en analyse over de vier condities.',
  'start.privacy': 'Alles blijft op deze computer: de Werkbank verstuurt geen gegevens.',
  'start.newProject': 'Nieuw project',
  'start.openProject': 'Project openen…',
  'start.recentTitle': 'Recente projecten',
  'start.recentEmpty': 'Nog geen recente projecten. Maak een nieuw project of open een bestaand projectbestand (.skw).',
  'start.recentOpenedAt': 'Laatst geopend op {date}',
  'start.recentMissing': 'Bestand niet gevonden',
  'start.recentForget': 'Uit lijst verwijderen',

  'pathDialog.newTitle': 'Nieuw project maken',
  'pathDialog.openTitle': 'Project openen',
  'pathDialog.newIntro': 'Een project is één bestand met je datasets, codeboek en codering. Kies waar het komt te staan; .skw wordt toegevoegd als het ontbreekt.',
  'pathDialog.openIntro': 'Geef het volledige pad van een projectbestand op deze computer.',
  'pathDialog.label': 'Pad van het projectbestand (.skw)',
  'pathDialog.hint': 'Bijvoorbeeld C:\\Users\\naam\\Documenten\\buurtonderzoek.skw of /home/naam/buurtonderzoek.skw',
  'pathDialog.required': 'Vul het pad van het projectbestand in.',
  'pathDialog.create': 'Aanmaken',
  'pathDialog.open': 'Openen',

  'project.file': 'Bestand',
  'project.close': 'Project sluiten',
  'project.sections': 'Onderdelen van het project',

  'section.data': 'Data',
  'section.codebook': 'Codeboek',
  'section.coding': 'Coderen',
  'section.analysis': 'Analyse',
  'section.session': 'Sessie',

  'data.title': 'Datasets',
  'data.loading': 'De datasets worden geladen…',
  'data.columnName': 'Naam',
  'data.columnKind': 'Soort',
  'data.columnRows': 'Rijen',
  'data.columnColumns': 'Kolommen',
  'data.kind.survey': 'Enquête',
  'data.kind.area': 'Gebieden',
  'data.emptyTitle': 'Dit project bevat nog geen datasets.',
  'data.emptyBody':
    'Hier komen je enquêtes (één rij per respondent) en gebiedsgegevens zoals monitors en CBS-tabellen (één rij per gebied). Importeren kan vanaf een volgende versie.',

  'codebook.emptyTitle': 'Hier komt het codeboek',
  'codebook.emptyBody': 'In het codeboek koppel je indicatoren en codes aan de vier condities van sociale kwaliteit:',
  'coding.emptyTitle': 'Hier ga je coderen',
  'coding.emptyBody':
    'Codeer open antwoorden, activiteiten van de sociale basis en beleidsmaatregelen met een of meer condities. Meerdere codeurs coderen dezelfde records; de overeenstemming zie je per conditie.',
  'analysis.emptyTitle': 'Hier komt de analyse',
  'analysis.emptyBody':
    'Per buurt een profiel over de vier condities, als index (100 = gemiddelde van de vergelijkingsgroep), en de aandacht in beleid en aanbod naast de behoefte uit enquêtes en monitors. Elke rekenstap is zichtbaar; cijfers over kleine groepen worden niet gepubliceerd.',
  'session.emptyTitle': 'Hier komen de sessies',
  'session.emptyBody':
    'Bereid een sessie met partners voor, zoals gemeente en welzijnsorganisaties: een rustige weergave van de resultaten voor op de beamer, zonder cijfers over kleine groepen.',
  'placeholder.nextVersion': 'Volgt in een volgende versie.',

  'about.title': 'Over de Werkbank Sociale Kwaliteit',
  'about.body':
    'Een werkbank voor onderzoek naar sociale kwaliteit in buurten, rond de vier condities: sociaaleconomische zekerheid, sociale inclusie, sociale cohesie en sociale empowerment. Alle gegevens blijven op deze computer.',
  'about.version': 'Versie',
  'about.host': 'Omgeving',
  'about.host.electron': 'Bureaubladprogramma',
  'about.host.browser': 'In de browser',
  'about.schemaVersion': 'Versie van het projectbestand',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;

import { defineMessages, mergeMessages } from '../../../shared/i18n/messages';
import { commonTexts } from '../i18n/common-texts';

/**
 * The start screen's texts and the project path dialog's.
 * English must have exactly the same keys.
 */
const startNl = {
  'start.tagline': 'Onderzoek naar sociale kwaliteit in buurten: gegevens, codering en analyse over de vier condities.',
  'start.privacy': 'Alles blijft op deze computer: de Werkbank verstuurt geen gegevens.',
  'start.newProject': 'Nieuw project',
  'start.openProject': 'Project openen…',
  'start.openExample': 'Voorbeeldproject openen',
  'start.exampleBusy': 'Het voorbeeldproject wordt gemaakt (Nijmegen: GGD-cijfers en een bewonersenquête)…',
  'start.recentTitle': 'Recente projecten',
  'start.recentEmpty': 'Nog geen recente projecten. Maak een nieuw project of open een bestaand projectbestand (.skw).',
  'start.recentOpenedAt': 'Laatst geopend op {date}',
  'start.recentMissing': 'Bestand niet gevonden',
  'start.recentForget': 'Uit lijst verwijderen',

  'pathDialog.newTitle': 'Nieuw project maken',
  'pathDialog.openTitle': 'Project openen',
  'pathDialog.newIntro':
    'Een project is één bestand met je datasets, codeboek en codering. Kies waar het komt te staan; .skw wordt toegevoegd als het ontbreekt.',
  'pathDialog.openIntro': 'Geef het volledige pad van een projectbestand op deze computer.',
  'pathDialog.label': 'Pad van het projectbestand (.skw)',
  'pathDialog.hint':
    'Het pad op deze computer, waar de Werkbank draait: de browser kan de plaats van een projectbestand niet doorgeven. Bijvoorbeeld C:\\Users\\naam\\Documenten\\buurtonderzoek.skw of /home/naam/buurtonderzoek.skw',
  'pathDialog.required': 'Vul het pad van het projectbestand in.',
  'pathDialog.create': 'Aanmaken',
  'pathDialog.open': 'Openen',
};

const startEn: Record<keyof typeof startNl, string> = {
  'start.tagline':
    'Research into social quality in neighbourhoods: data, coding and analysis across the four conditions.',
  'start.privacy': 'Everything stays on this computer: the Werkbank sends no data anywhere.',
  'start.newProject': 'New project',
  'start.openProject': 'Open project…',
  'start.openExample': 'Open the example project',
  'start.exampleBusy': 'Building the example project (Nijmegen: GGD figures and a residents’ survey)…',
  'start.recentTitle': 'Recent projects',
  'start.recentEmpty': 'No recent projects yet. Create a new project or open an existing project file (.skw).',
  'start.recentOpenedAt': 'Last opened on {date}',
  'start.recentMissing': 'File not found',
  'start.recentForget': 'Remove from list',

  'pathDialog.newTitle': 'Create a new project',
  'pathDialog.openTitle': 'Open a project',
  'pathDialog.newIntro':
    'A project is one file holding your datasets, codebook and coding. Choose where it goes; .skw is added when missing.',
  'pathDialog.openIntro': 'Enter the full path of a project file on this computer.',
  'pathDialog.label': 'Project file path (.skw)',
  'pathDialog.hint':
    'The path on this computer, where the Werkbank runs: the browser cannot pass on where a project file is. For example C:\\Users\\name\\Documents\\neighbourhood-study.skw or /home/name/neighbourhood-study.skw',
  'pathDialog.required': 'Enter the path of the project file.',
  'pathDialog.create': 'Create',
  'pathDialog.open': 'Open',
};

/** What the section says, with the shared texts it uses: pass it to `useT`. */
export const startTexts = mergeMessages(commonTexts, defineMessages({ nl: startNl, en: startEn }));
export type StartKey = keyof typeof startTexts.nl & string;

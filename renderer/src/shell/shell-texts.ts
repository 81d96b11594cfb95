import { defineMessages, mergeMessages } from '../../../shared/i18n/messages';
import { commonTexts } from '../i18n/common-texts';

/**
 * The application shell's texts (the About dialog).
 * English must have exactly the same keys.
 */
const shellNl = {
  'app.language': 'Taal',
  'app.about': 'Over',

  'about.title': 'Over de Werkbank Sociale Kwaliteit',
  'about.body':
    'Een werkbank voor onderzoek naar sociale kwaliteit in buurten, rond de vier condities: sociaaleconomische zekerheid, sociale inclusie, sociale cohesie en sociale empowerment. Alle gegevens blijven op deze computer.',
  'about.version': 'Versie',
  'about.host': 'Omgeving',
  'about.host.electron': 'Bureaubladprogramma',
  'about.host.browser': 'In de browser',
  'about.schemaVersion': 'Versie van het projectbestand',
};

const shellEn: Record<keyof typeof shellNl, string> = {
  'app.language': 'Language',
  'app.about': 'About',

  'about.title': 'About the Werkbank Sociale Kwaliteit',
  'about.body':
    'A workbench for research into social quality in neighbourhoods, built around the four conditions: socio-economic security, social inclusion, social cohesion and social empowerment. All data stays on this computer.',
  'about.version': 'Version',
  'about.host': 'Runs as',
  'about.host.electron': 'Desktop app',
  'about.host.browser': 'In the browser',
  'about.schemaVersion': 'Project file version',
};

/** What the section says, with the shared texts it uses: pass it to `useT`. */
export const shellTexts = mergeMessages(commonTexts, defineMessages({ nl: shellNl, en: shellEn }));
export type ShellKey = keyof typeof shellTexts.nl & string;

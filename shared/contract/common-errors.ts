import { defineErrors } from './define-errors';
import type { LocalizedText } from './result';

/** Errors of the contract and its hosts (a refused request, a missing transport), and of files in general. */
export const commonErrors = defineErrors({
  /** `issues`: what is wrong with which field, worded by describeRequestIssues (never the validator's own text). */
  invalid_request: (p: { channel: string; issues: LocalizedText }) => ({
    nl: `${p.channel} is niet uitgevoerd. ${p.issues.nl}`,
    en: `${p.channel} was not carried out. ${p.issues.en}`,
  }),
  unknown_channel: (p: { channel: string }) => ({
    nl: `Onbekende opdracht: ${p.channel}`,
    en: `Unknown command: ${p.channel}`,
  }),
  not_available: (p: { what: string }) => ({
    nl: `Niet beschikbaar in deze omgeving: ${p.what}`,
    en: `Not available here: ${p.what}`,
  }),
  renderer_not_built: (p: { folder: string }) => ({
    nl: `De gebruikersinterface is niet gebouwd (${p.folder} ontbreekt). Voer in de map van de Werkbank \`npm ci\` of \`npm run build:cli\` uit.`,
    en: `The user interface has not been built (${p.folder} is missing). Run \`npm ci\` or \`npm run build:cli\` in the Werkbank's folder.`,
  }),
  unauthorized: () => ({
    nl: 'Geen toegang tot de Werkbank: het toegangstoken ontbreekt of klopt niet. Open de link met het toegangstoken opnieuw (de link die "werkbank serve" toont).',
    en: 'No access to the Werkbank: the access token is missing or wrong. Open the link with the access token again (the link "werkbank serve" shows).',
  }),
  untrusted_sender: () => ({
    nl: 'Geweigerd: dit verzoek kwam niet van het venster van de Werkbank.',
    en: 'Refused: this request did not come from the Werkbank window.',
  }),
  host_unreachable: () => ({
    nl: 'Geen verbinding met de Werkbank. Draait "werkbank serve" nog? Start het opnieuw en open de link die het toont.',
    en: 'No connection to the Werkbank. Is "werkbank serve" still running? Start it again and open the link it shows.',
  }),
  internal: (p: { detail: string }) => ({
    nl: `Er ging iets onverwachts mis: ${p.detail}`,
    en: `Something unexpected went wrong: ${p.detail}`,
  }),
  file_not_found: (p: { file: string }) => ({
    nl: `Bestand niet gevonden: ${p.file}`,
    en: `File not found: ${p.file}`,
  }),
  is_a_folder: (p: { file: string }) => ({
    nl: `${p.file} is een map, geen bestand.`,
    en: `${p.file} is a folder, not a file.`,
  }),
  file_exists: (p: { file: string }) => ({
    nl: `Er bestaat al een bestand ${p.file}; kies een andere naam.`,
    en: `A file ${p.file} already exists; choose another name.`,
  }),
  cannot_write: (p: { file: string; detail: string }) => ({
    nl: `Kan ${p.file} niet schrijven: ${p.detail}`,
    en: `Cannot write ${p.file}: ${p.detail}`,
  }),
});

import { defineErrors } from './define-errors';
import type { LocalizedText } from './result';

/** Errors of the contract and its hosts (a refused request, a missing transport), and of files in general. */
export const commonErrors = defineErrors({
  nl: {
    /** `issues`: what is wrong with which field, worded by describeRequestIssues (never the validator's own text). */
    invalid_request: (p: { channel: string; issues: LocalizedText }) =>
      `${p.channel} is niet uitgevoerd. ${p.issues.nl}`,
    unknown_channel: (p: { channel: string }) => `Onbekende opdracht: ${p.channel}`,
    not_available: (p: { what: string }) => `Niet beschikbaar in deze omgeving: ${p.what}`,
    renderer_not_built: (p: { folder: string }) =>
      `De gebruikersinterface is niet gebouwd (${p.folder} ontbreekt). Voer in de map van de Werkbank \`npm ci\` of \`npm run build:cli\` uit.`,
    unauthorized: () =>
      'Geen toegang tot de Werkbank: het toegangstoken ontbreekt of klopt niet. Open de link met het toegangstoken opnieuw (de link die "werkbank serve" toont).',
    untrusted_sender: () => 'Geweigerd: dit verzoek kwam niet van het venster van de Werkbank.',
    host_unreachable: () =>
      'Geen verbinding met de Werkbank. Draait "werkbank serve" nog? Start het opnieuw en open de link die het toont.',
    internal: (p: { detail: string }) => `Er ging iets onverwachts mis: ${p.detail}`,
    file_not_found: (p: { file: string }) => `Bestand niet gevonden: ${p.file}`,
    is_a_folder: (p: { file: string }) => `${p.file} is een map, geen bestand.`,
    file_exists: (p: { file: string }) => `Er bestaat al een bestand ${p.file}; kies een andere naam.`,
    cannot_write: (p: { file: string; detail: string }) => `Kan ${p.file} niet schrijven: ${p.detail}`,
  },
  en: {
    invalid_request: (p) => `${p.channel} was not carried out. ${p.issues.en}`,
    unknown_channel: (p) => `Unknown command: ${p.channel}`,
    not_available: (p) => `Not available here: ${p.what}`,
    renderer_not_built: (p) =>
      `The user interface has not been built (${p.folder} is missing). Run \`npm ci\` or \`npm run build:cli\` in the Werkbank's folder.`,
    unauthorized: () =>
      'No access to the Werkbank: the access token is missing or wrong. Open the link with the access token again (the link "werkbank serve" shows).',
    untrusted_sender: () => 'Refused: this request did not come from the Werkbank window.',
    host_unreachable: () =>
      'No connection to the Werkbank. Is "werkbank serve" still running? Start it again and open the link it shows.',
    internal: (p) => `Something unexpected went wrong: ${p.detail}`,
    file_not_found: (p) => `File not found: ${p.file}`,
    is_a_folder: (p) => `${p.file} is a folder, not a file.`,
    file_exists: (p) => `A file ${p.file} already exists; choose another name.`,
    cannot_write: (p) => `Cannot write ${p.file}: ${p.detail}`,
  },
});

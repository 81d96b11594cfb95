import { defineErrors } from './define-errors';

/** Errors of files streamed between the browser and the browser host (`shared/contract/file-transfer.ts`). */
export const fileTransferErrors = defineErrors({
  nl: {
    upload_too_large: (p: { file: string; limit: string }) =>
      `${p.file} is te groot om via de browser te uploaden (meer dan ${p.limit}). Typ het pad van het bestand op deze computer in.`,
    upload_incomplete: (p: { file: string }) => `Het uploaden van ${p.file} is afgebroken; er is niets bewaard.`,
    upload_no_name: () => 'Het bestand heeft geen bruikbare naam; geef het een naam en probeer het opnieuw.',
    upload_no_project: () => 'Open eerst een project: een bestand wordt bewaard in de map van het project.',
    download_not_found: () => 'Dit bestand is niet (meer) te downloaden. Exporteer het opnieuw.',
  },
  en: {
    upload_too_large: (p) =>
      `${p.file} is too large to upload through the browser (more than ${p.limit}). Type the file's path on this computer instead.`,
    upload_incomplete: (p) => `The upload of ${p.file} was interrupted; nothing was kept.`,
    upload_no_name: () => 'The file has no usable name; give it a name and try again.',
    upload_no_project: () => "Open a project first: a file is kept in the project's folder.",
    download_not_found: () => 'This file cannot be downloaded (any more). Export it again.',
  },
});

import { defineMessages, mergeMessages } from '../../../shared/i18n/messages';
import { commonTexts } from '../i18n/common-texts';

/**
 * The texts of the file fields and download buttons (FileField, DownloadButton, DropZone). English must have exactly the same keys.
 */
const filesNl = {
  'files.browse': 'Bestand kiezen…',
  'files.saveAs': 'Opslaan als…',
  'files.dropHint': 'of sleep een bestand hierheen',
  'files.uploading': '{file} wordt naar de Werkbank gekopieerd…',
  'files.uploaded': '{file} staat in de map van het project: {path}',
  'files.renamed':
    'Er stond al een bestand {requested} in de map van het project; dit bestand is bewaard als {file} ({path}).',
  'files.download': 'Downloaden',
  'files.downloading': 'Het bestand wordt gemaakt…',
  'files.downloaded': 'Gedownload als {file}.',
  'files.dropTitle': 'Laat het bestand los om het te importeren',
  'files.dropOne': 'Sleep één bestand tegelijk.',
  'files.notOnDisk': '{file} staat niet als bestand op deze computer. Sla het eerst op en kies of sleep het dan.',
} as const;

const filesEn: Record<keyof typeof filesNl, string> = {
  'files.browse': 'Choose file…',
  'files.saveAs': 'Save as…',
  'files.dropHint': 'or drag a file here',
  'files.uploading': '{file} is being copied to the Werkbank…',
  'files.uploaded': "{file} is in the project's folder: {path}",
  'files.renamed': "A file {requested} was already in the project's folder; this file was kept as {file} ({path}).",
  'files.download': 'Download',
  'files.downloading': 'Making the file…',
  'files.downloaded': 'Downloaded as {file}.',
  'files.dropTitle': 'Let go of the file to import it',
  'files.dropOne': 'Drag one file at a time.',
  'files.notOnDisk': '{file} is not a file on this computer. Save it first, then choose or drag it.',
};

/** What the file fields and buttons say, with the shared texts it uses: pass it to `useT`. */
export const fileTexts = mergeMessages(commonTexts, defineMessages({ nl: filesNl, en: filesEn }));
export type FileKey = keyof typeof fileTexts.nl & string;

import { defineMessages, mergeMessages } from '../../../shared/i18n/messages';
import { fileTexts } from '../components/file-texts';
import { commonTexts } from '../i18n/common-texts';

/**
 * The project view's texts: its sections.
 * English must have exactly the same keys.
 */
const projectNl = {
  'project.file': 'Bestand',
  'project.sections': 'Onderdelen van het project',

  'section.data': 'Data',
  'section.codebook': 'Codeboek',
  'section.coding': 'Coderen',
  'section.analysis': 'Analyse',
  'section.session': 'Sessie',

  'data.loading': 'De datasets worden geladen…',
};

const projectEn: Record<keyof typeof projectNl, string> = {
  'project.file': 'File',
  'project.sections': 'Project sections',

  'section.data': 'Data',
  'section.codebook': 'Codebook',
  'section.coding': 'Coding',
  'section.analysis': 'Analysis',
  'section.session': 'Session',

  'data.loading': 'Loading the datasets…',
};

/** What the section says, with the shared texts it uses: pass it to `useT`. */
export const projectTexts = mergeMessages(commonTexts, defineMessages({ nl: projectNl, en: projectEn }), fileTexts);
export type ProjectKey = keyof typeof projectTexts.nl & string;

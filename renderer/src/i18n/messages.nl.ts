import { startNl } from '../start/start-texts';
import { shellNl } from '../shell/shell-texts';
import { projectNl } from '../project/project-texts';
import { datasetsNl } from '../datasets/datasets-texts';
import { importWizardNl } from '../import/import-texts';
import { analysisNl } from '../analysis/analysis-texts';
import { codebookNl } from '../codebook/codebook-texts';
import { keywordsNl } from '../codebook/keyword-texts';
import { codingProfileNl } from '../coding-profile/coding-profile-texts';
import { codingNl } from '../coding/coding-texts';
import { comparisonNl } from '../comparison/comparison-texts';
import { crosstabNl } from '../crosstab/crosstab-texts';
import { filesNl } from '../components/file-texts';

/**
 * Dutch, the default UI language. Its keys define the message set: `messages.en.ts` must have exactly
 * the same keys. `{name}` marks a parameter filled in by `useT()`.
 */
export const nl = {
  'app.name': 'Werkbank Sociale Kwaliteit',
  'app.skipToContent': 'Naar de inhoud',
  'app.starting': 'De Werkbank wordt gestart…',
  'app.close': 'Sluiten',
  'app.cancel': 'Annuleren',
  'app.dismissError': 'Melding sluiten',

  'project.close': 'Project sluiten',
  'workbench.settings': 'Instellingen',
  'workbench.resize': 'Breedte van het paneel',

  'data.kind.survey': 'Enquête',
  'data.kind.area': 'Gebieden',

  'type.number': 'Getal',
  'type.category': 'Categorie',
  'type.text': 'Tekst',
  'type.date': 'Datum',
  'role.none': 'geen',
  'role.id': 'id',
  'role.area_code': 'gebiedscode',
  'role.area_name': 'gebiedsnaam',
  'role.weight': 'weging',

  ...startNl,
  ...shellNl,
  ...projectNl,
  ...datasetsNl,
  ...importWizardNl,
  ...analysisNl,
  ...codebookNl,
  ...keywordsNl,
  ...codingProfileNl,
  ...codingNl,
  ...comparisonNl,
  ...crosstabNl,
  ...filesNl,
} satisfies Record<string, string>;

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;

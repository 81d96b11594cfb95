import { startEn } from '../start/start-texts';
import { shellEn } from '../shell/shell-texts';
import { projectEn } from '../project/project-texts';
import { datasetsEn } from '../datasets/datasets-texts';
import { importWizardEn } from '../import/import-texts';
import { analysisEn } from '../analysis/analysis-texts';
import { codebookEn } from '../codebook/codebook-texts';
import { keywordsEn } from '../codebook/keyword-texts';
import { codingProfileEn } from '../coding-profile/coding-profile-texts';
import { codingEn } from '../coding/coding-texts';
import { comparisonEn } from '../comparison/comparison-texts';
import { crosstabEn } from '../crosstab/crosstab-texts';
import { filesEn } from '../components/file-texts';
import type { Messages } from './messages.nl';

export const en: Messages = {
  'app.name': 'Werkbank Sociale Kwaliteit',
  'app.skipToContent': 'Skip to content',
  'app.starting': 'Starting the Werkbank…',
  'app.close': 'Close',
  'app.cancel': 'Cancel',
  'app.dismissError': 'Dismiss message',

  'project.close': 'Close project',
  'workbench.settings': 'Settings',
  'workbench.resize': 'Width of the panel',

  'data.kind.survey': 'Survey',
  'data.kind.area': 'Areas',

  'type.number': 'Number',
  'type.category': 'Category',
  'type.text': 'Text',
  'type.date': 'Date',
  'role.none': 'none',
  'role.id': 'id',
  'role.area_code': 'area code',
  'role.area_name': 'area name',
  'role.weight': 'weight',

  ...startEn,
  ...shellEn,
  ...projectEn,
  ...datasetsEn,
  ...importWizardEn,
  ...analysisEn,
  ...codebookEn,
  ...keywordsEn,
  ...codingProfileEn,
  ...codingEn,
  ...comparisonEn,
  ...crosstabEn,
  ...filesEn,
};

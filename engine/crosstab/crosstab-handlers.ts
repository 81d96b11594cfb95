import type { Language } from '../../shared/contract/channels';
import type { crosstabChannels } from '../../shared/contract/crosstab-channels';
import type { Handler } from '../../shared/contract/serve-contract';
import { exportCrosstabFile, exportCrosstabText } from '../export/export-crosstab';
import type { ProjectFile } from '../project/project-file';
import { computeCrosstab } from './compute-crosstab';

type CrosstabChannel = keyof typeof crosstabChannels;

/** The cross-tabulation channels over the open project; texts in the request's language, else the app's. */
export function crosstabHandlers(
  project: () => ProjectFile,
  appLanguage: () => Language,
): { [C in CrosstabChannel]: Handler<C> } {
  const source = (language: Language | undefined) => ({
    db: project().db,
    projectPath: project().path,
    language: language ?? appLanguage(),
  });
  return {
    'crosstab.compute': (request) => computeCrosstab(project().db, request, request.language ?? appLanguage()),
    'crosstab.export': (request) => exportCrosstabFile(source(request.language), request),
    'crosstab.exportText': (request) => exportCrosstabText(source(request.language), request),
  };
}

import type Database from 'better-sqlite3';
import type { datasetsChannels } from '../../shared/contract/datasets-channels';
import type { HandlersOf } from '../../shared/contract/serve-contract';
import { setDatasetBase } from './dataset-base';
import { listDatasets } from './list-datasets';
import { listVariables, updateVariable } from './list-variables';

/** The datasets channels over the open project's database. */
export function datasetsHandlers(db: () => Database.Database): HandlersOf<typeof datasetsChannels> {
  return {
    'datasets.list': () => listDatasets(db()),
    'datasets.variables': ({ dataset }) => listVariables(db(), dataset),
    'datasets.updateVariable': (edit) => updateVariable(db(), edit),
    'datasets.setBase': (request) => setDatasetBase(db(), request),
  };
}

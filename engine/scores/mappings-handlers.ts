import type Database from 'better-sqlite3';
import type { mappingsChannels } from '../../shared/contract/mappings-channels';
import type { HandlersOf } from '../../shared/contract/serve-contract';
import { listMappings, removeMapping, setMapping } from './mappings';

/** The indicator mapping channels over the open project's database. */
export function mappingsHandlers(db: () => Database.Database): HandlersOf<typeof mappingsChannels> {
  return {
    'mappings.list': () => listMappings(db()),
    'mappings.set': (mapping) => setMapping(db(), mapping),
    'mappings.remove': ({ dataset, variable }) => removeMapping(db(), dataset, variable),
  };
}

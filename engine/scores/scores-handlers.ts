import type Database from 'better-sqlite3';
import type { scoresChannels } from '../../shared/contract/scores-channels';
import type { HandlersOf } from '../../shared/contract/serve-contract';
import { computeScores } from './compute-scores';

/** The scores channel over the open project's database. */
export function scoresHandlers(db: () => Database.Database): HandlersOf<typeof scoresChannels> {
  return {
    'scores.compute': (request) => computeScores(db(), request),
  };
}

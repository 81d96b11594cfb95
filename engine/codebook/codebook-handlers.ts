import type Database from 'better-sqlite3';
import { resolve } from 'node:path';
import type { Handler } from '../../shared/contract/serve-contract';
import type { codebookChannels } from '../../shared/contract/codebook-channels';
import { codebookHistory } from './change-log';
import { addCode, archiveCode, moveCode, updateCode } from './edit-codebook';
import { mergeQdc } from './import-qdc';
import { readCodebook } from './read-codebook';
import { readQdcFile } from './read-qdc';
import { writeQdcFile } from './write-qdc';

type CodebookChannel = keyof typeof codebookChannels;

/**
 * The codebook channels over the open project's database. Edits answer with the whole codebook, archived
 * codes included and marked, so the UI can show or hide them without asking again. `origin` (the app's
 * name and version) is written into exported codebooks.
 */
export function codebookHandlers(db: () => Database.Database, origin: string): { [C in CodebookChannel]: Handler<C> } {
  return {
    'codebook.get': ({ includeArchived }) => readCodebook(db(), includeArchived),
    'codebook.addCode': (request) => {
      const guid = addCode(db(), request);
      return { guid, codebook: readCodebook(db(), true) };
    },
    'codebook.updateCode': (request) => {
      updateCode(db(), request);
      return readCodebook(db(), true);
    },
    'codebook.moveCode': (request) => {
      moveCode(db(), request);
      return readCodebook(db(), true);
    },
    'codebook.archiveCode': (request) => {
      archiveCode(db(), request);
      return readCodebook(db(), true);
    },
    'codebook.history': () => codebookHistory(db()),
    'codebook.exportQdc': ({ path, overwrite }) => writeQdcFile(path, readCodebook(db(), false), origin, overwrite),
    'codebook.importQdc': ({ path, coder }) => {
      const file = resolve(path);
      // Read and checked in full before the project is touched: a refused file changes nothing.
      const qdc = readQdcFile(file);
      const summary = mergeQdc(db(), qdc, file, coder);
      return { ...summary, codebook: readCodebook(db(), true) };
    },
  };
}

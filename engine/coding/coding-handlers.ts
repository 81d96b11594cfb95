import type Database from 'better-sqlite3';
import type { codingChannels } from '../../shared/contract/coding-channels';
import type { Handler } from '../../shared/contract/serve-contract';
import type { ProjectFile } from '../project/project-file';
import { agreementReport } from './agreement-report';
import { autocode } from './autocode';
import { listCoders, setCurrentCoder } from './coders';
import { codingSetup } from './coding-dataset';
import { codingPage } from './coding-page';
import { codingProfile } from './coding-profile';
import { exportCodings, importCodings } from './codings-csv';
import { acceptAgreements, disagreements } from './consensus';
import { keywordDictionary, resetKeywords, setKeywords } from './keyword-dictionary';
import { mergeCodings, mergePreview } from './merge-codings';
import { wordsIndexReport } from './words-index-report';
import { addSegment, allProgress, recordDetail, removeSegment, setRecordCoding } from './record-coding';

type CodingChannel = keyof typeof codingChannels;

/** Opens another project file read only for as long as `use` needs it. */
export type ReadOtherProject = <T>(
  path: string,
  use: (other: { path: string; db: Database.Database; version: number }) => T,
) => T;

/** The record-coding channels over the open project. */
export function codingHandlers(
  project: () => ProjectFile,
  readOther: ReadOtherProject,
): { [C in CodingChannel]: Handler<C> } {
  const db = () => project().db;
  return {
    'coders.list': () => listCoders(db()),
    'coders.setCurrent': ({ name }) => setCurrentCoder(db(), name),
    'coding.setup': ({ dataset }) => codingSetup(db(), dataset),
    'coding.page': (request) => codingPage(db(), request),
    'coding.record': ({ dataset, record }) => recordDetail(db(), dataset, record),
    'coding.set': (request) => setRecordCoding(db(), request),
    'coding.addSegment': (request) => addSegment(db(), request),
    'coding.removeSegment': (request) => removeSegment(db(), request),
    'coding.progress': ({ dataset }) => allProgress(db(), dataset),
    'keywords.get': () => keywordDictionary(db()),
    'keywords.set': (entry) => setKeywords(db(), entry),
    'keywords.reset': () => resetKeywords(db()),
    'coding.autocode': (request) => autocode(db(), request),
    'coding.agreement': (request) => agreementReport(db(), request),
    'coding.disagreements': (request) => disagreements(db(), request),
    'coding.acceptAgreements': (request) => acceptAgreements(db(), request),
    'coding.exportCsv': (request) => exportCodings(db(), request),
    'coding.importCsv': (request) => importCodings(db(), request),
    'coding.mergePreview': ({ path }) => readOther(path, (other) => mergePreview(db(), other, project().path)),
    'coding.merge': ({ path, resolutions }) =>
      readOther(path, (other) => mergeCodings(db(), other, project().path, resolutions)),
    'coding.profile': (request) => codingProfile(db(), request),
    'coding.words': (request) => wordsIndexReport(db(), request),
  };
}

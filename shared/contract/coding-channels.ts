import { z } from 'zod';
import {
  AcceptAgreementsSchema,
  AddSegmentSchema,
  AgreementRequestSchema,
  AutocodeSchema,
  CoderNameSchema,
  CodingPageRequestSchema,
  CodingProfileRequestSchema,
  WordsIndexRequestSchema,
  CodingSetupRequestSchema,
  DictionaryEntrySchema,
  DisagreementRequestSchema,
  ExportCodingsSchema,
  ImportCodingsSchema,
  MergePreviewSchema,
  MergeSchema,
  RecordRequestSchema,
  RemoveSegmentSchema,
  SetCodingSchema,
  type AgreementReport,
  type AutocodeSummary,
  type Coders,
  type CodingChange,
  type CodingPage,
  type CodingProfile,
  type CodingProgress,
  type CodingSetup,
  type CodingsFileResult,
  type DisagreementPage,
  type KeywordDictionary,
  type MergePreview,
  type MergeSummary,
  type RecordDetail,
  type Segment,
  type WordsIndexReport,
} from '../coding/coding-types';
import { channel } from './define-channel';

const Empty = z.object({}).strict();
const DatasetRef = z.object({ dataset: z.string().trim().min(1) }).strict();

/** Record coding: coders, codings of records and segments, suggestions, agreement, consensus, exchange. */
export const codingChannels = {
  'coders.list': channel<typeof Empty, Coders>(Empty),
  /** Chooses who codes in this project from now on; a new name becomes a coder. */
  'coders.setCurrent': channel<typeof CoderNameSchema, Coders>(CoderNameSchema),
  /** The dataset's text columns and its id and area columns. */
  'coding.setup': channel<typeof CodingSetupRequestSchema, CodingSetup>(CodingSetupRequestSchema),
  /** A page of records with ONE coder's coding (blind: never another coder's). */
  'coding.page': channel<typeof CodingPageRequestSchema, CodingPage>(CodingPageRequestSchema),
  /** Every column of one record, for the focus view. */
  'coding.record': channel<typeof RecordRequestSchema, RecordDetail>(RecordRequestSchema),
  /** Sets a coder's codes for a whole record; answers with the coding before and after (for undo). */
  'coding.set': channel<typeof SetCodingSchema, CodingChange>(SetCodingSchema),
  'coding.addSegment': channel<typeof AddSegmentSchema, { segment: Segment; change: CodingChange }>(AddSegmentSchema),
  'coding.removeSegment': channel<typeof RemoveSegmentSchema, { segment: Segment; change: CodingChange }>(
    RemoveSegmentSchema,
  ),
  /** Coded / total records per coder. */
  'coding.progress': channel<typeof DatasetRef, CodingProgress[]>(DatasetRef),
  'keywords.get': channel<typeof Empty, KeywordDictionary>(Empty),
  /** Replaces the patterns of one code; the first change turns the built-in dictionary into the project's own. */
  'keywords.set': channel<typeof DictionaryEntrySchema, KeywordDictionary>(DictionaryEntrySchema),
  /** Back to the built-in Dutch dictionary. */
  'keywords.reset': channel<typeof Empty, KeywordDictionary>(Empty),
  /** Codes every record by the dictionary, as the coder `suggesties` (replacing its earlier codings). */
  'coding.autocode': channel<typeof AutocodeSchema, AutocodeSummary>(AutocodeSchema),
  /** Per condition (and sub-code): units, percent agreement, Cohen's kappa, Krippendorff's alpha. */
  'coding.agreement': channel<typeof AgreementRequestSchema, AgreementReport>(AgreementRequestSchema),
  'coding.disagreements': channel<typeof DisagreementRequestSchema, DisagreementPage>(DisagreementRequestSchema),
  /** Copies every record on which all the coders agree into the consensus, where it has none yet. */
  'coding.acceptAgreements': channel<typeof AcceptAgreementsSchema, { records: number }>(AcceptAgreementsSchema),
  /** CSV with `id` and a 0/1 column per condition and sub-code; without a coder, one row per record and coder. */
  'coding.exportCsv': channel<typeof ExportCodingsSchema, CodingsFileResult>(ExportCodingsSchema),
  'coding.importCsv': channel<typeof ImportCodingsSchema, CodingsFileResult>(ImportCodingsSchema),
  /** What merging another coder's project file would bring in, and which codes need a decision. */
  'coding.mergePreview': channel<typeof MergePreviewSchema, MergePreview>(MergePreviewSchema),
  'coding.merge': channel<typeof MergeSchema, MergeSummary>(MergeSchema),
  /** Per area, the share of coded records with each condition. */
  'coding.profile': channel<typeof CodingProfileRequestSchema, CodingProfile>(CodingProfileRequestSchema),
  /** The shares of `coding.profile` on the figures' index scale (100 + 10 × z), over the figures' reference areas. */
  'coding.words': channel<typeof WordsIndexRequestSchema, WordsIndexReport>(WordsIndexRequestSchema),
} as const;

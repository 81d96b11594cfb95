import { z } from 'zod';
import type { ConditionId } from '../conditions';
import { expecting } from '../contract/request-issues';
import type { LocalizedText } from '../contract/result';
import { GUID_PATTERN } from '../codebook/guid';
import { ScoreAudienceSchema, ScoreReferenceSchema, type ScoreAudience } from '../scores/score-types';
import { MunicipalityCodeSchema } from '../import/area-codes';

/** The coder under which "Auto-code" stores the keyword suggestions. */
export const SUGGESTIONS_CODER = 'suggesties';
/** The coder that holds the resolved coding after a comparison. */
export const CONSENSUS_CODER = 'consensus';

export type CoderKind = 'person' | 'suggestions' | 'consensus';

export interface Coder {
  name: string;
  kind: CoderKind;
}

export interface Coders {
  coders: Coder[];
  /** The coder who codes in this project now (chosen per project); null until one is chosen. */
  current: string | null;
}

/** A coded span of a text column, in Unicode code points from 0 (as REFI-QDA counts them). */
export interface Segment {
  id: number;
  code: string;
  variable: string;
  start: number;
  end: number;
  /** The coded text itself. */
  text: string;
}

/** One coder's coding of one record. */
export interface RecordCoding {
  record: number;
  /** Whether the coder has coded the record (also with no code at all); uncoded records count as missing. */
  coded: boolean;
  /** GUIDs of the codes given to the whole record. */
  codes: string[];
  segments: Segment[];
}

/** A record as the coding grid shows it: its id, the text to code and one coder's coding. */
export interface CodingRow extends RecordCoding {
  /** The value of the dataset's id column (the row number when it has none). */
  id: string;
  /** The text column's value; null where it is empty. */
  text: string | null;
  /** The area code, where the dataset has an area column. */
  area: string | null;
}

export interface CodingProgress {
  coder: string;
  coded: number;
  total: number;
}

export interface CodingPage {
  /** Records in the dataset. */
  total: number;
  /** Records that pass the filter. */
  matching: number;
  offset: number;
  rows: CodingRow[];
  progress: CodingProgress;
}

/** Everything a dataset's records can be coded on: its text columns and the columns that give context. */
export interface CodingSetup {
  dataset: string;
  idColumn: string | null;
  areaColumn: string | null;
  textColumns: string[];
}

export interface RecordDetail {
  record: number;
  /** Every column of the row, as stored, in the dataset's order (for the focus view's context), with the value's label where it has one. */
  values: { variable: string; label: string | null; value: string | number | null; valueLabel: string | null }[];
}

export interface CodingChange {
  before: RecordCoding;
  after: RecordCoding;
  progress: CodingProgress;
}

/** A keyword of the dictionary: `werk*` (starts with), `*woning` (ends with), `buren` (whole word). */
export interface DictionaryEntry {
  code: string;
  patterns: string[];
}

export interface KeywordDictionary {
  /** False while the built-in Dutch dictionary applies unchanged. */
  customised: boolean;
  entries: DictionaryEntry[];
}

export interface AutocodeSummary {
  coder: string;
  /** Records with text, all coded. */
  records: number;
  /** Records without text: left uncoded (missing), as there was nothing to read. */
  withoutText: number;
  /** Records with at least one suggested code. */
  suggested: number;
  codings: number;
}

export interface AgreementFigure {
  /** Records coded by at least two of the coders. */
  units: number;
  percentAgreement: number | null;
  /** Only for exactly two coders. */
  cohenKappa: number | null;
  krippendorffAlpha: number | null;
}

export interface AgreementReport {
  coders: string[];
  conditions: Record<ConditionId, AgreementFigure>;
  /** Each sub-code that any of the coders used, by GUID. */
  codes: Record<string, AgreementFigure>;
}

/** A record on which the coders did not give the same codes, with each coder's codes and the consensus so far. */
export interface Disagreement {
  record: number;
  id: string;
  text: string | null;
  /** Coder name → codes given to the record or to a segment of it; coders who did not code the record are absent. */
  codings: Record<string, string[]>;
  /** Condition ids on which the coders differ (empty when they differ in sub-codes only). */
  conditions: ConditionId[];
  /** Sub-codes (GUIDs) that some coders gave and others did not. */
  codes: string[];
  /** The consensus's whole-record codes; null while it has none. */
  consensus: string[] | null;
}

export interface DisagreementPage {
  coders: string[];
  matching: number;
  offset: number;
  rows: Disagreement[];
}

export interface CodingsFileResult {
  path: string;
  records: number;
  codings: number;
}

export interface MergeCodeDifference {
  guid: string;
  label: string;
  /** The label of the code here, when the GUID exists here under another label. */
  labelHere: string | null;
  /** The label of its condition (or parent) in the other file. */
  parentLabel: string | null;
  codings: number;
}

export interface MergePreview {
  path: string;
  /** The matching dataset here (recognised by the content hash of its source file). */
  dataset: string;
  coders: { name: string; records: number; codings: number; existsHere: boolean }[];
  /** Codes used in the other file that this codebook lacks (resolve each) or names differently (shown). */
  missingCodes: MergeCodeDifference[];
  renamedCodes: MergeCodeDifference[];
}

export interface MergeSummary {
  dataset: string;
  coders: string[];
  records: number;
  codings: number;
  codesAdded: number;
  codingsSkipped: number;
  warnings: LocalizedText[];
}

export interface CodingProfileArea {
  code: string;
  name: string | null;
  /** Records of the area the coder coded; null where the partner audience may not see it. */
  coded: number | null;
  /** Share (0..1) of those records coded with each condition; null where none are coded or hidden by the threshold. */
  shares: Record<ConditionId, number | null>;
  /** Fewer coded records than the publication threshold. */
  belowThreshold: boolean;
}

export interface CodingProfile {
  dataset: string;
  coder: string;
  threshold: number;
  areas: CodingProfileArea[];
  /** Over all coded records of the dataset. */
  overall: { coded: number; shares: Record<ConditionId, number | null> };
}

const Guid = z.string().trim().toLowerCase().regex(GUID_PATTERN, expecting('guid'));
const Name = z.string().trim().min(1).max(100);
/** At least two different coders to compare. */
const ComparedCoders = z
  .array(Name)
  .min(2)
  .refine((names) => new Set(names.map((name) => name.toLowerCase())).size === names.length, {
    error: expecting('coders_once'),
  });
const DatasetName = z.string().trim().min(1);
const FilePath = z.string().trim().min(1);

export const CoderNameSchema = z.object({ name: Name }).strict();

export const CodingSetupRequestSchema = z.object({ dataset: DatasetName }).strict();

export const CodingFilterSchema = z
  .object({
    /** `disagreement`: records on which the people who coded them differ (shown once a coder has compared). */
    status: z.enum(['all', 'uncoded', 'coded', 'disagreement']).default('all'),
    /** Records coded (by this coder) with this code or one of its sub-codes. */
    code: Guid.nullable().default(null),
    /** Case-insensitive text search in the text column. */
    search: z.string().trim().max(200).default(''),
  })
  .strict();
export type CodingFilter = z.output<typeof CodingFilterSchema>;

export const CodingPageRequestSchema = z
  .object({
    dataset: DatasetName,
    coder: Name,
    textColumn: z.string().trim().min(1),
    filter: CodingFilterSchema.prefault({}),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict();
export type CodingPageRequest = z.output<typeof CodingPageRequestSchema>;

export const RecordRequestSchema = z.object({ dataset: DatasetName, record: z.number().int().min(1) }).strict();

/** Sets one coder's codes for the whole record (segments stay); `coded: false` makes the record uncoded again. */
export const SetCodingSchema = z
  .object({
    dataset: DatasetName,
    coder: Name,
    record: z.number().int().min(1),
    codes: z.array(Guid).max(200),
    coded: z.boolean().default(true),
  })
  .strict();
export type SetCodingRequest = z.output<typeof SetCodingSchema>;

export const AddSegmentSchema = z
  .object({
    dataset: DatasetName,
    coder: Name,
    record: z.number().int().min(1),
    variable: z.string().trim().min(1),
    code: Guid,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .strict()
  .refine((segment) => segment.end > segment.start, { error: expecting('end_after_start'), path: ['end'] });

export const RemoveSegmentSchema = z
  .object({ dataset: DatasetName, coder: Name, id: z.number().int().min(1) })
  .strict();

export const DictionaryEntrySchema = z
  .object({ code: Guid, patterns: z.array(z.string().trim().min(1).max(60)).max(500) })
  .strict();

export const AutocodeSchema = z.object({ dataset: DatasetName, textColumn: z.string().trim().min(1) }).strict();

export const AgreementRequestSchema = z
  .object({
    dataset: DatasetName,
    /** Default: every coder but `consensus`. */
    coders: ComparedCoders.optional(),
  })
  .strict();

export const DisagreementRequestSchema = z
  .object({
    dataset: DatasetName,
    textColumn: z.string().trim().min(1),
    coders: ComparedCoders.optional(),
    /** Leave out records the consensus already holds. */
    unresolvedOnly: z.boolean().default(false),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict();

export const AcceptAgreementsSchema = z.object({ dataset: DatasetName, coders: ComparedCoders.optional() }).strict();

export const ExportCodingsSchema = z
  .object({ dataset: DatasetName, coder: Name.optional(), path: FilePath, overwrite: z.boolean().default(false) })
  .strict();

export const ImportCodingsSchema = z.object({ dataset: DatasetName, coder: Name, path: FilePath }).strict();

/** For each code the other file uses and this codebook lacks: add it, leave its codings out, or use a code here. */
export const MergeResolutionSchema = z.union([z.literal('add'), z.literal('skip'), z.object({ into: Guid }).strict()]);
export const MergePreviewSchema = z.object({ path: FilePath }).strict();
export const MergeSchema = z
  .object({ path: FilePath, resolutions: z.record(z.string(), MergeResolutionSchema).default({}) })
  .strict();
export type MergeResolution = z.output<typeof MergeResolutionSchema>;

export const CodingProfileRequestSchema = z
  .object({
    dataset: DatasetName,
    coder: Name.default(CONSENSUS_CODER),
    audience: z.enum(['researcher', 'partner']).default('researcher'),
  })
  .strict();

/**
 * The words index of Analyse → Woorden en cijfers: a coder's shares per area put on the figures' index
 * scale. The defaults are what the view opens on.
 */
export const WordsIndexRequestSchema = z
  .object({
    /** The coded dataset. */
    dataset: DatasetName,
    /** Default: the consensus where it has codings, else the first person who coded, else the auto-coder. */
    coder: Name.optional(),
    /** The dataset whose scores give the reference set; default: the first with mapped indicators, as Analyse opens. */
    figures: DatasetName.optional(),
    municipality: MunicipalityCodeSchema.nullable().default(null),
    reference: ScoreReferenceSchema.default('municipality'),
    audience: ScoreAudienceSchema.default('researcher'),
  })
  .strict();
export type WordsIndexRequest = z.output<typeof WordsIndexRequestSchema>;

export interface WordsIndexArea {
  code: string;
  name: string | null;
  /** Records of the area the coder coded; null where the partner audience may not see it. */
  coded: number | null;
  belowThreshold: boolean;
  /** One of the areas the shares are standardised over. */
  inReference: boolean;
  /** Per condition: the share as an index, 100 + 10 × z; null where there is no share or no spread. */
  index: Record<ConditionId, number | null>;
}

export interface WordsIndexReport {
  dataset: string;
  coder: string;
  /** The figures' dataset; null where no dataset has mapped indicators (then there is no reference set). */
  figures: string | null;
  audience: ScoreAudience;
  /** The publication threshold: areas with fewer coded records are not standardised over. */
  threshold: number;
  /** The view overlays the two profiles only with at least this many reference areas. */
  minimumAreas: number;
  /** The areas standardised over: in the figures' reference set and not under the publication threshold. */
  reference: string[];
  areas: WordsIndexArea[];
}

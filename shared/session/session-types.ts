import { z } from 'zod';
import { conditionIds, type ConditionId } from '../conditions';
import { CrosstabRequestSchema, type CrosstabResult } from '../crosstab/crosstab-types';

/**
 * A werkplaats session (docs/ARCHITECTURE.md §1): one social question, a few areas in focus, looked at
 * with partners through all four conditions. Names of people are never asked for: organisations and roles only.
 */

export const ConditionIdSchema = z.enum(conditionIds);

/** What a step of the agenda shows. `map` and `trend` join when maps and waves exist. */
export const SessionStepKindSchema = z.enum([
  /** An area's profile: the figures' index per condition as a radar, with words and partners beside it. */
  'profile',
  /** Words and figures: the coded open answers' index beside the figures, and the approved quotes. */
  'words',
  /** The partners' round: each organisation's estimate (0–10) per condition, with its why and the spread. */
  'partners',
  /** The sociale basis: the area's collective provisions, counted per condition. */
  'basis',
  /** The blind spot: the condition that gets least attention while the need is high, and the room's question. */
  'blindspot',
  /** A cross-tab as saved, always with the partner audience. */
  'crosstab',
  /** A slide of text. */
  'text',
]);
export type SessionStepKind = z.infer<typeof SessionStepKindSchema>;

const Id = z.number().int().positive();
const ShortText = z.string().trim().max(200);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const AreaCode = z.string().trim().min(1).max(100);
const DatasetName = z.string().trim().min(1);

export const ActionItemSchema = z
  .object({ what: z.string().trim().min(1).max(500), who: ShortText.default(''), when: ShortText.default('') })
  .strict();
/** An agreement made in the session: wat, wie, wanneer. */
export type ActionItem = z.infer<typeof ActionItemSchema>;

export const OrganisationInputSchema = z
  .object({ id: Id.optional(), name: z.string().trim().min(1).max(200), role: ShortText.default('') })
  .strict();
export interface Organisation {
  id: number;
  name: string;
  /** What the organisation is in the session ("gemeente", "welzijn", "bewonersorganisatie"). */
  role: string;
}

export interface SessionStep {
  id: number;
  kind: SessionStepKind;
  /** Empty: the kind's own title. */
  title: string;
  /** The area the step shows; null: the session's first area in focus. */
  area: string | null;
  /** A text step's text (paragraphs separated by blank lines). */
  text: string;
  /** A cross-tab step's table. */
  crosstab: z.infer<typeof CrosstabRequestSchema> | null;
  notes: string;
  actions: ActionItem[];
  /** Whether the notes and actions are shown on the projector too (else on the laptop only). */
  notesOnProjector: boolean;
}

export interface PartnerEstimate {
  organisation: number;
  area: string;
  condition: ConditionId;
  /** 0–10. */
  estimate: number;
  /** One sentence of why. */
  why: string;
  /** ISO timestamp of when it was entered. */
  enteredAt: string;
}

/** An open answer the researcher approved for this session: the only way respondent text reaches partners. */
export interface ApprovedQuote {
  dataset: string;
  record: string;
  area: string;
  condition: ConditionId;
  text: string;
}

export interface SessionSummary {
  id: number;
  title: string;
  date: string;
  question: string;
  areas: string[];
  steps: number;
  updatedAt: string;
}

export interface Session extends SessionSummary {
  /** The survey or area dataset whose scores are the figures; null: none chosen yet. */
  figuresDataset: string | null;
  /** The coded dataset whose open answers are the words; null: none. */
  wordsDataset: string | null;
  organisations: Organisation[];
  agenda: SessionStep[];
  estimates: PartnerEstimate[];
  quotes: ApprovedQuote[];
  /** Whether `session.undo` has an edit to take back. */
  canUndo: boolean;
}

export const SessionRef = z.object({ session: Id }).strict();
const StepRef = { session: Id, step: Id };

const SessionFields = {
  title: z.string().trim().min(1).max(200),
  date: IsoDate,
  question: z.string().trim().max(2000),
  areas: z.array(AreaCode).max(20),
  figuresDataset: DatasetName.nullable(),
  wordsDataset: DatasetName.nullable(),
};
export const CreateSessionSchema = z
  .object({
    ...SessionFields,
    question: SessionFields.question.default(''),
    areas: SessionFields.areas.default([]),
    figuresDataset: SessionFields.figuresDataset.default(null),
    wordsDataset: SessionFields.wordsDataset.default(null),
  })
  .strict();
/** Only the fields sent change (the create schema's defaults do not apply: they would clear what is left out). */
export const UpdateSessionSchema = z.object(SessionFields).partial().extend({ session: Id }).strict();
export const SetOrganisationsSchema = z
  .object({ session: Id, organisations: z.array(OrganisationInputSchema).max(50) })
  .strict();

const StepFields = {
  title: ShortText,
  area: AreaCode.nullable(),
  text: z.string().max(5000),
  crosstab: CrosstabRequestSchema.nullable(),
};
export const AddStepSchema = z
  .object({
    session: Id,
    kind: SessionStepKindSchema,
    ...z.object(StepFields).partial().shape,
    /** Position in the agenda (0-based); default: at the end. */
    at: z.number().int().min(0).optional(),
  })
  .strict();
export const UpdateStepSchema = z
  .object({
    ...StepRef,
    ...z.object(StepFields).partial().shape,
    notes: z.string().max(10000).optional(),
    actions: z.array(ActionItemSchema).max(100).optional(),
    notesOnProjector: z.boolean().optional(),
  })
  .strict();
/** `to`: the step's new position in the agenda (0-based). */
export const MoveStepSchema = z.object({ ...StepRef, to: z.number().int().min(0) }).strict();
export const StepRefSchema = z.object(StepRef).strict();

/** `estimate` null removes the organisation's estimate for that area and condition. */
export const SetEstimateSchema = z
  .object({
    session: Id,
    organisation: Id,
    area: AreaCode,
    condition: ConditionIdSchema,
    estimate: z.number().min(0).max(10).nullable(),
    why: z.string().trim().max(500).default(''),
  })
  .strict();

export const QuoteCandidatesSchema = z
  .object({ session: Id, area: AreaCode, condition: ConditionIdSchema.optional() })
  .strict();
export const SetQuoteSchema = z
  .object({
    session: Id,
    dataset: DatasetName,
    record: z.string().min(1),
    condition: ConditionIdSchema,
    approved: z.boolean(),
  })
  .strict();
/** A coded open answer of the area that the researcher may approve as a quote. */
export interface QuoteCandidate extends ApprovedQuote {
  approved: boolean;
}

/** A collective provision or activity of an area (its sociale basis), kept per area across sessions. */
export const ProvisionInputSchema = z
  .object({
    id: Id.optional(),
    area: AreaCode,
    name: z.string().trim().min(1).max(200),
    organiser: ShortText.default(''),
    /** Collective (a group, open to all) or individual (one household at a time). */
    collective: z.boolean(),
    preventive: z.boolean(),
    conditions: z.array(ConditionIdSchema).min(1),
    /** Its reach in the provision's own words ("40 deelnemers per jaar"). */
    reach: ShortText.default(''),
  })
  .strict();
export type ProvisionInput = z.input<typeof ProvisionInputSchema>;
export interface Provision extends Omit<z.output<typeof ProvisionInputSchema>, 'id'> {
  id: number;
}
export const ProvisionsRequestSchema = z.object({ area: AreaCode.optional() }).strict();
export const ProvisionRefSchema = z.object({ id: Id }).strict();
/** A CSV of provisions (columns as `ProvisionInput`; `area` may come from the request instead). */
export const ImportProvisionsSchema = z.object({ path: z.string().trim().min(1), area: AreaCode.optional() }).strict();

/** The spread of the partners' estimates for one area and condition. */
export interface EstimateSpread {
  mean: number;
  min: number;
  max: number;
  /** Organisations that gave an estimate. */
  count: number;
}

export type BlindSpotReason = 'low_index' | 'few_provisions' | 'few_mentions';

export interface ConditionView {
  /** The figures' index (100 = the reference mean); null without figures or for a suppressed area. */
  figures: number | null;
  /** The words' index on the same scale; null without coded answers. */
  words: number | null;
  partners: EstimateSpread | null;
  /** Provisions of the area's sociale basis that serve the condition. */
  provisions: number;
}

/** One area of a session through the four conditions: need (figures), words, partners and provisions. */
export interface AreaView {
  code: string;
  name: string | null;
  /** Under the publication threshold: never shown to partners (no figures, words or quotes). */
  suppressed: boolean;
  conditions: Record<ConditionId, ConditionView>;
  /** The condition that gets least attention while the need is high; null when none qualifies. */
  blindSpot: { condition: ConditionId; reasons: BlindSpotReason[] } | null;
}

export interface SessionOverview {
  session: number;
  audience: 'researcher' | 'partner';
  areas: AreaView[];
}

/** What the projector shows: partner-safe by construction (suppressed areas and respondent data never in it). */
export interface Slide {
  session: { title: string; date: string; question: string };
  /** 0-based position in the agenda, and the agenda's length. */
  index: number;
  count: number;
  /** The facilitator blanked the screen (B). */
  blank: boolean;
  step: { id: number; kind: SessionStepKind; title: string };
  /** The area shown; null for a text slide, or when the step's area is under the threshold. */
  area: AreaView | null;
  /** `partners`: the estimates for the area with the organisation's name and role. */
  estimates: (PartnerEstimate & { organisationName: string; role: string })[];
  /** `basis`: the area's provisions. */
  provisions: Provision[];
  /** `words`: the quotes approved for this session and area. */
  quotes: { condition: ConditionId; text: string }[];
  /** `crosstab`: the table with the partner audience. */
  crosstab: CrosstabResult | null;
  text: string;
  /** When the facilitator chose to show them. */
  notes: { text: string; actions: ActionItem[] } | null;
}

/** `step` null: stop presenting. */
export const PresentSchema = z.object({ session: Id, step: Id.nullable(), blank: z.boolean().default(false) }).strict();

/** `overwrite`: replace a file already there (else refused as `file_exists`). */
export const ExportSessionSchema = z
  .object({ session: Id, path: z.string().trim().min(1), overwrite: z.boolean().default(false) })
  .strict();

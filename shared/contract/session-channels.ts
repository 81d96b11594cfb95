import { z } from 'zod';
import type { DatasetSummary } from './datasets-channels';
import {
  AddStepSchema,
  CreateSessionSchema,
  ExportSessionSchema,
  ImportProvisionsSchema,
  MoveStepSchema,
  PresentSchema,
  ProvisionInputSchema,
  ProvisionRefSchema,
  ProvisionsRequestSchema,
  QuoteCandidatesSchema,
  SessionRef,
  SetEstimateSchema,
  SetOrganisationsSchema,
  SetQuoteSchema,
  StepRefSchema,
  UpdateSessionSchema,
  UpdateStepSchema,
  type Provision,
  type QuoteCandidate,
  type Session,
  type SessionOverview,
  type SessionSummary,
  type Slide,
} from '../session/session-types';
import { channel } from './define-channel';

const Empty = z.object({}).strict();

/** Werkplaats sessions: the agenda, the partners' round, the sociale basis, presenting, the record. */
export const sessionChannels = {
  'session.list': channel<typeof Empty, SessionSummary[]>(Empty),
  'session.get': channel<typeof SessionRef, Session>(SessionRef),
  'session.create': channel<typeof CreateSessionSchema, Session>(CreateSessionSchema),
  'session.update': channel<typeof UpdateSessionSchema, Session>(UpdateSessionSchema),
  'session.duplicate': channel<typeof SessionRef, Session>(SessionRef),
  'session.delete': channel<typeof SessionRef, SessionSummary[]>(SessionRef),
  /** Takes back the session's last edit (of any channel below that changes it). */
  'session.undo': channel<typeof SessionRef, Session>(SessionRef),
  'session.setOrganisations': channel<typeof SetOrganisationsSchema, Session>(SetOrganisationsSchema),
  'session.addStep': channel<typeof AddStepSchema, Session>(AddStepSchema),
  'session.updateStep': channel<typeof UpdateStepSchema, Session>(UpdateStepSchema),
  'session.moveStep': channel<typeof MoveStepSchema, Session>(MoveStepSchema),
  'session.removeStep': channel<typeof StepRefSchema, Session>(StepRefSchema),
  'session.setEstimate': channel<typeof SetEstimateSchema, Session>(SetEstimateSchema),
  /** Writes every session's estimates as the dataset `partnerschattingen`, for cross-tabs and waves. */
  'session.estimatesDataset': channel<typeof Empty, DatasetSummary>(Empty),
  'session.quoteCandidates': channel<typeof QuoteCandidatesSchema, QuoteCandidate[]>(QuoteCandidatesSchema),
  'session.setQuote': channel<typeof SetQuoteSchema, Session>(SetQuoteSchema),
  /** The session's areas through the four conditions, with the blind spot (researcher audience). */
  'session.overview': channel<typeof SessionRef, SessionOverview>(SessionRef),
  /** Shows a step on the projector (or blanks it, or stops); answers the slide now shown. */
  'session.present': channel<typeof PresentSchema, Slide | null>(PresentSchema),
  /** The slide now shown: the only channel the presentation token may call. */
  'session.slide': channel<typeof Empty, Slide | null>(Empty),
  /** The session record as one self-contained, partner-safe HTML file that prints on A4. */
  'session.export': channel<typeof ExportSessionSchema, { path: string }>(ExportSessionSchema),
  'provisions.list': channel<typeof ProvisionsRequestSchema, Provision[]>(ProvisionsRequestSchema),
  'provisions.save': channel<typeof ProvisionInputSchema, Provision[]>(ProvisionInputSchema),
  'provisions.remove': channel<typeof ProvisionRefSchema, Provision[]>(ProvisionRefSchema),
  'provisions.import': channel<typeof ImportProvisionsSchema, { added: number; provisions: Provision[] }>(
    ImportProvisionsSchema,
  ),
} as const;

import { z } from 'zod';
import {
  DetectedSchema,
  ImportChoicesSchema,
  ImportPlanSchema,
  type ImportPreview,
  type ImportProgress,
  type ImportSummary,
} from '../import/import-plan';
import { channel } from './define-channel';
import type { ContractError } from './result';

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface ImportJobStatus {
  id: string;
  state: JobState;
  dataset: string;
  progress: ImportProgress;
  summary: ImportSummary | null;
  error: ContractError | null;
}

const JobRef = z.object({ jobId: z.string().min(1) }).strict();
const ImportStart = z.object({ plan: ImportPlanSchema, detected: DetectedSchema.nullable().default(null) }).strict();

/** Importing a CSV or Excel file as a dataset, as a job in the background. */
export const importChannels = {
  /** Detects how a file is written and proposes an import plan with a preview of its first rows. */
  'import.prepare': channel<typeof ImportChoicesSchema, ImportPreview>(ImportChoicesSchema),
  /** Starts an import in the background; follow it with `import.status`. */
  'import.start': channel<typeof ImportStart, ImportJobStatus>(ImportStart),
  'import.status': channel<typeof JobRef, ImportJobStatus>(JobRef),
  'import.cancel': channel<typeof JobRef, ImportJobStatus>(JobRef),
} as const;

import { z } from 'zod';
import { channel } from './define-channel';

export interface ProjectInfo {
  path: string;
  name: string;
  schemaVersion: number;
  createdAt: string;
}

const ProjectSettingsSchema = z.object({ publicationThreshold: z.number().int().min(1).max(1000) }).strict();
export type ProjectSettings = z.infer<typeof ProjectSettingsSchema>;

const Empty = z.object({}).strict();
const ProjectPath = z.string().trim().min(1);

/** The project file: create, open and close it, the example project, and the project's settings. */
export const projectChannels = {
  'project.create': channel<z.ZodObject<{ path: typeof ProjectPath }>, ProjectInfo>(
    z.object({ path: ProjectPath }).strict(),
  ),
  'project.open': channel<z.ZodObject<{ path: typeof ProjectPath }>, ProjectInfo>(
    z.object({ path: ProjectPath }).strict(),
  ),
  'project.current': channel<typeof Empty, ProjectInfo | null>(Empty),
  /** Opens the example project, building it first (from datasets/) when it does not exist yet. */
  'example.open': channel<typeof Empty, ProjectInfo>(Empty),
  'project.close': channel<typeof Empty, null>(Empty),
  'project.settings': channel<typeof Empty, ProjectSettings>(Empty),
  /** The publication threshold: areas and cells with fewer respondents are hidden in partner-facing views. */
  'project.updateSettings': channel<typeof ProjectSettingsSchema, ProjectSettings>(ProjectSettingsSchema),
} as const;

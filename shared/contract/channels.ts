import { z } from 'zod';
import type { ContractError } from './result';
import { channel } from './define-channel';
import { codebookChannels } from './codebook-channels';
import { crosstabChannels } from './crosstab-channels';
import { codingChannels } from './coding-channels';
import {
  IndicatorMappingSchema,
  ScoreRequestSchema,
  type MappedIndicator,
  type ScoreTable,
} from '../scores/score-types';
import {
  DetectedSchema,
  ImportChoicesSchema,
  ImportPlanSchema,
  type ImportPreview,
  type ImportProgress,
  type ImportSummary,
} from '../import/import-plan';
import { DatasetBaseRequestSchema, type DatasetBase } from '../units/count-unit';

/**
 * The contract between the UI and the engine: every channel with the zod schema of its request and
 * the type of its response. Electron's preload and the browser bridge both serve exactly these channels.
 */

export const LanguageSchema = z.enum(['nl', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

export const DatasetKindSchema = z.enum(['survey', 'area']);
export type DatasetKind = z.infer<typeof DatasetKindSchema>;

const ProjectPath = z.string().trim().min(1);
const Empty = z.object({}).strict();
const DatasetRef = z.object({ dataset: z.string().trim().min(1) }).strict();
const JobRef = z.object({ jobId: z.string().min(1) }).strict();
const VariableEdit = z
  .object({
    dataset: z.string().trim().min(1),
    variable: z.string().trim().min(1),
    label: z.string().trim().nullable().optional(),
    valueLabels: z.record(z.string(), z.string()).optional(),
  })
  .strict();
const VariableRef = z.object({ dataset: z.string().trim().min(1), variable: z.string().trim().min(1) }).strict();
const ProjectSettingsSchema = z.object({ publicationThreshold: z.number().int().min(1).max(1000) }).strict();
export type ProjectSettings = z.infer<typeof ProjectSettingsSchema>;
const ImportStart = z.object({ plan: ImportPlanSchema, detected: DetectedSchema.nullable().default(null) }).strict();

export type HostKind = 'electron' | 'browser';

export interface AppInfo {
  version: string;
  host: HostKind;
  /** True where the host can show the operating system's open and save dialogs. */
  nativeDialogs: boolean;
  language: Language;
  /** The project file format version this build writes. */
  schemaVersion: number;
}

export interface ProjectInfo {
  path: string;
  name: string;
  schemaVersion: number;
  createdAt: string;
}

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
  exists: boolean;
}

export interface DatasetSummary {
  name: string;
  kind: DatasetKind;
  rows: number;
  columns: number;
}

/** One variable with its descriptives, as in SPSS's variable view. */
export interface VariableSummary {
  name: string;
  label: string | null;
  type: 'number' | 'category' | 'text' | 'date';
  /** Integer codes with an order, stored as numbers (Likert items). */
  ordinal: boolean;
  role: 'id' | 'area_code' | 'area_name' | 'weight' | null;
  n: number;
  missing: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  distinct: number | null;
  top: { value: string; count: number }[];
  missingCodes: string[];
  valueLabels: Record<string, string>;
}

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface ImportJobStatus {
  id: string;
  state: JobState;
  dataset: string;
  progress: ImportProgress;
  summary: ImportSummary | null;
  error: ContractError | null;
}

export const contract = {
  'app.info': channel<typeof Empty, AppInfo>(Empty),
  'app.setLanguage': channel<z.ZodObject<{ language: typeof LanguageSchema }>, AppInfo>(
    z.object({ language: LanguageSchema }).strict(),
  ),
  'projects.recent': channel<typeof Empty, RecentProject[]>(Empty),
  'projects.forget': channel<z.ZodObject<{ path: typeof ProjectPath }>, RecentProject[]>(
    z.object({ path: ProjectPath }).strict(),
  ),
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
  'datasets.list': channel<typeof Empty, DatasetSummary[]>(Empty),
  'datasets.variables': channel<typeof DatasetRef, VariableSummary[]>(DatasetRef),
  /** A variable's label and value labels (type, role and missing codes are import choices). */
  'datasets.updateVariable': channel<typeof VariableEdit, VariableSummary[]>(VariableEdit),
  /**
   * An area dataset's base: the column that is its areas' n (such as a population count), with an optional
   * publication threshold of its own. Scores and cross-tables report it; null clears it.
   */
  'datasets.setBase': channel<typeof DatasetBaseRequestSchema, DatasetBase | null>(DatasetBaseRequestSchema),
  /** Detects how a file is written and proposes an import plan with a preview of its first rows. */
  'import.prepare': channel<typeof ImportChoicesSchema, ImportPreview>(ImportChoicesSchema),
  /** Starts an import in the background; follow it with `import.status`. */
  'import.start': channel<typeof ImportStart, ImportJobStatus>(ImportStart),
  'import.status': channel<typeof JobRef, ImportJobStatus>(JobRef),
  'import.cancel': channel<typeof JobRef, ImportJobStatus>(JobRef),
  'project.settings': channel<typeof Empty, ProjectSettings>(Empty),
  /** The publication threshold: areas and cells with fewer respondents are hidden in partner-facing views. */
  'project.updateSettings': channel<typeof ProjectSettingsSchema, ProjectSettings>(ProjectSettingsSchema),
  /** Indicator mapping: every mapped variable of every dataset. */
  'mappings.list': channel<typeof Empty, MappedIndicator[]>(Empty),
  'mappings.set': channel<typeof IndicatorMappingSchema, MappedIndicator[]>(IndicatorMappingSchema),
  'mappings.remove': channel<typeof VariableRef, MappedIndicator[]>(VariableRef),
  /** Scores per area and condition for one dataset (DESIGN.md §1), with every step's figures. */
  'scores.compute': channel<typeof ScoreRequestSchema, ScoreTable>(ScoreRequestSchema),
  ...codebookChannels,
  ...crosstabChannels,
  ...codingChannels,
  /** Native dialogs: served by the desktop host; the browser host answers `not_available`. */
  'dialog.chooseProjectToOpen': channel<typeof Empty, { path: string | null }>(Empty),
  'dialog.chooseNewProjectPath': channel<typeof Empty, { path: string | null }>(Empty),
  'dialog.chooseDataFile': channel<typeof Empty, { path: string | null }>(Empty),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'];

export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Messages the desktop host pushes to the UI (menu choices). The browser host has none. */
export const MenuCommandSchema = z.enum([
  'project.new',
  'project.open',
  'project.close',
  'project.openRecent',
  'view.language.nl',
  'view.language.en',
  'help.about',
]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

export interface MenuEvent {
  command: MenuCommand;
  /** For `project.openRecent`: the project to open. */
  path?: string;
}

export const events = {
  menu: 'menu',
} as const;
export type EventName = keyof typeof events;
export interface EventPayloads {
  menu: MenuEvent;
}

import { z } from 'zod';

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

function channel<Req extends z.ZodType, Res>(request: Req) {
  return { request, response: undefined as unknown as Res };
}

export const contract = {
  'app.info': channel<typeof Empty, AppInfo>(Empty),
  'app.setLanguage': channel<z.ZodObject<{ language: typeof LanguageSchema }>, AppInfo>(z.object({ language: LanguageSchema }).strict()),
  'projects.recent': channel<typeof Empty, RecentProject[]>(Empty),
  'projects.forget': channel<z.ZodObject<{ path: typeof ProjectPath }>, RecentProject[]>(z.object({ path: ProjectPath }).strict()),
  'project.create': channel<z.ZodObject<{ path: typeof ProjectPath }>, ProjectInfo>(z.object({ path: ProjectPath }).strict()),
  'project.open': channel<z.ZodObject<{ path: typeof ProjectPath }>, ProjectInfo>(z.object({ path: ProjectPath }).strict()),
  'project.current': channel<typeof Empty, ProjectInfo | null>(Empty),
  'project.close': channel<typeof Empty, null>(Empty),
  'datasets.list': channel<typeof Empty, DatasetSummary[]>(Empty),
  /** Native dialogs: served by the desktop host; the browser host answers `not_available`. */
  'dialog.chooseProjectToOpen': channel<typeof Empty, { path: string | null }>(Empty),
  'dialog.chooseNewProjectPath': channel<typeof Empty, { path: string | null }>(Empty),
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
export const MenuCommandSchema = z.enum(['project.new', 'project.open', 'project.close', 'project.openRecent', 'view.language.nl', 'view.language.en', 'help.about']);
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

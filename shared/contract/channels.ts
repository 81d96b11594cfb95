import { z } from 'zod';
import { appChannels } from './app-channels';
import { codebookChannels } from './codebook-channels';
import { codingChannels } from './coding-channels';
import { crosstabChannels } from './crosstab-channels';
import { datasetsChannels } from './datasets-channels';
import { dialogChannels } from './dialog-channels';
import { importChannels } from './import-channels';
import { mappingsChannels } from './mappings-channels';
import { projectChannels } from './project-channels';
import { scoresChannels } from './scores-channels';
import { sessionChannels } from './session-channels';

export { LanguageSchema, type Language } from '../i18n/language';
export type { AppInfo, HostKind, RecentProject } from './app-channels';
export type { ProjectInfo, ProjectSettings } from './project-channels';
export { DatasetKindSchema, type DatasetKind, type DatasetSummary, type VariableSummary } from './datasets-channels';
export type { ImportJobStatus, JobState } from './import-channels';
export type { DialogChannel } from './dialog-channels';
import type { Slide } from '../session/session-types';

/**
 * The contract between the UI and the engine: every channel with the zod schema of its request and
 * the type of its response. Electron's preload and the browser bridge both serve exactly these channels.
 * Each capability declares its channels in its own `*-channels.ts`; a new capability adds one line here.
 */
export const contract = {
  ...appChannels,
  ...projectChannels,
  ...datasetsChannels,
  ...importChannels,
  ...mappingsChannels,
  ...scoresChannels,
  ...codebookChannels,
  ...crosstabChannels,
  ...codingChannels,
  ...sessionChannels,
  ...dialogChannels,
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

/**
 * Messages the hosts push to the UI: menu choices (the desktop host only), and what the projector shows
 * (`slide`: the desktop's IPC, the browser host's server-sent events, `shared/contract/presentation.ts`).
 */
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
  slide: 'slide',
} as const;
export type EventName = keyof typeof events;
export interface EventPayloads {
  menu: MenuEvent;
  /** The slide now shown; null when nothing is presented. */
  slide: Slide | null;
}

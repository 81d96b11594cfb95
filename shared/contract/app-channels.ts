import { z } from 'zod';
import { LanguageSchema, type Language } from '../i18n/language';
import { channel } from './define-channel';

/** Who serves the contract: the desktop app, the browser host (`werkbank serve`), or a command of the CLI. */
export type HostKind = 'electron' | 'browser' | 'cli';

export interface AppInfo {
  version: string;
  host: HostKind;
  /** True where the host can show the operating system's open and save dialogs. */
  nativeDialogs: boolean;
  language: Language;
  /** The project file format version this build writes. */
  schemaVersion: number;
}

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
  exists: boolean;
}

const Empty = z.object({}).strict();
const ProjectPath = z.string().trim().min(1);

/** The application: its version and host, the user's language, and the recent projects. */
export const appChannels = {
  'app.info': channel<typeof Empty, AppInfo>(Empty),
  'app.setLanguage': channel<z.ZodObject<{ language: typeof LanguageSchema }>, AppInfo>(
    z.object({ language: LanguageSchema }).strict(),
  ),
  'projects.recent': channel<typeof Empty, RecentProject[]>(Empty),
  'projects.forget': channel<z.ZodObject<{ path: typeof ProjectPath }>, RecentProject[]>(
    z.object({ path: ProjectPath }).strict(),
  ),
} as const;

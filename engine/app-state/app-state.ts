import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { LanguageSchema, type Language, type RecentProject } from '../../shared/contract/channels';
import { projectName } from '../project/project-file';

const MAX_RECENT = 10;
export const APP_FOLDER_NAME = 'Werkbank Sociale Kwaliteit';

const StateSchema = z.object({
  language: LanguageSchema.default('nl'),
  recent: z.array(z.object({ path: z.string(), openedAt: z.string() })).default([]),
});
type State = z.infer<typeof StateSchema>;

/**
 * The folder for the user's settings, shared by all hosts. It equals Electron's `userData` for this
 * product name, so the desktop app, the browser mode and the CLI see the same recent projects.
 * `WERKBANK_HOME` overrides it (tests and portable installs).
 */
export function defaultSettingsFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.WERKBANK_HOME) return env.WERKBANK_HOME;
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER_NAME);
}

/** The user's language and recent projects, kept in `settings.json`, written atomically. */
export class AppState {
  private readonly file: string;

  constructor(readonly folder: string) {
    this.file = path.join(folder, 'settings.json');
  }

  private read(): State {
    try {
      return StateSchema.parse(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      // A missing or unreadable settings file starts fresh: settings are a convenience, never data.
      return StateSchema.parse({});
    }
  }

  private write(state: State): void {
    mkdirSync(this.folder, { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(state, null, 2));
    renameSync(temporary, this.file);
  }

  language(): Language {
    return this.read().language;
  }

  setLanguage(language: Language): void {
    this.write({ ...this.read(), language });
  }

  recentProjects(): RecentProject[] {
    return this.read().recent.map((r) => ({ ...r, name: projectName(r.path), exists: existsSync(r.path) }));
  }

  rememberProject(projectPath: string): void {
    const state = this.read();
    const recent = [
      { path: projectPath, openedAt: new Date().toISOString() },
      ...state.recent.filter((r) => r.path !== projectPath),
    ];
    this.write({ ...state, recent: recent.slice(0, MAX_RECENT) });
  }

  forgetProject(projectPath: string): void {
    const state = this.read();
    this.write({ ...state, recent: state.recent.filter((r) => r.path !== projectPath) });
  }
}

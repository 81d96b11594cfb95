import type Database from 'better-sqlite3';
import type { ProjectSettings } from '../../shared/contract/channels';

export function projectSettings(db: Database.Database): ProjectSettings {
  const row = db.prepare("SELECT value FROM project_setting WHERE key = 'publication_threshold'").get() as
    { value: string } | undefined;
  return { publicationThreshold: Number(row?.value ?? 10) };
}

export function updateProjectSettings(db: Database.Database, settings: ProjectSettings): ProjectSettings {
  db.prepare(
    "INSERT INTO project_setting (key, value) VALUES ('publication_threshold', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  ).run(String(settings.publicationThreshold));
  return projectSettings(db);
}

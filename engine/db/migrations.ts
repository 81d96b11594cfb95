import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The migrations folder: beside this file in the source tree, and copied beside the bundled main
 * process by the desktop build (see electron.vite.config.ts).
 */
export const migrationsFolder = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Reads `NNNN_name.sql` files in order; numbering must be 1, 2, 3, … without gaps. */
export function loadMigrations(folder: string = migrationsFolder): Migration[] {
  const files = readdirSync(folder)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
  return files.map((file, index) => {
    const version = Number(file.slice(0, 4));
    if (version !== index + 1)
      throw new Error(`Migration ${file} is out of sequence: expected ${String(index + 1).padStart(4, '0')}`);
    return { version, name: path.basename(file, '.sql').slice(5), sql: readFileSync(path.join(folder, file), 'utf8') };
  });
}

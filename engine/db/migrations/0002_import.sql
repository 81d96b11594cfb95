-- Import: per-variable settings and descriptives, and a log that makes every import repeatable.
ALTER TABLE dataset ADD COLUMN source_sha256 TEXT;

ALTER TABLE variable ADD COLUMN ordinal INTEGER NOT NULL DEFAULT 0 CHECK (ordinal IN (0, 1));
ALTER TABLE variable ADD COLUMN decimal_mark TEXT CHECK (decimal_mark IN (',', '.'));
ALTER TABLE variable ADD COLUMN missing_codes TEXT NOT NULL DEFAULT '[]';   -- JSON array of strings
ALTER TABLE variable ADD COLUMN value_labels TEXT NOT NULL DEFAULT '{}';    -- JSON object: value -> label
ALTER TABLE variable ADD COLUMN n INTEGER NOT NULL DEFAULT 0;
ALTER TABLE variable ADD COLUMN missing INTEGER NOT NULL DEFAULT 0;
ALTER TABLE variable ADD COLUMN mean REAL;
ALTER TABLE variable ADD COLUMN min REAL;
ALTER TABLE variable ADD COLUMN max REAL;
ALTER TABLE variable ADD COLUMN distinct_count INTEGER;
ALTER TABLE variable ADD COLUMN top_values TEXT NOT NULL DEFAULT '[]';      -- JSON array of { value, count }

CREATE TABLE import_log (
  id INTEGER PRIMARY KEY,
  dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  file_path TEXT NOT NULL,
  file_size INTEGER NOT NULL,
  file_sha256 TEXT NOT NULL,
  detected TEXT NOT NULL,        -- JSON: what detection found
  plan TEXT NOT NULL,            -- JSON: the settings used, with the user's choices; replayable on next year's file
  skipped_lines TEXT NOT NULL DEFAULT '[]',
  filtered_rows INTEGER NOT NULL DEFAULT 0,
  warnings TEXT NOT NULL DEFAULT '[]',
  rows INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  app_version TEXT NOT NULL
);

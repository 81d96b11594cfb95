-- Record coding: coders, the records each coder has coded, their codings (whole records and text
-- segments), and the keyword dictionary that suggests conditions.
CREATE TABLE coder (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  -- 'suggestions' is the auto-coder (`suggesties`), 'consensus' the resolved coding (`consensus`)
  kind TEXT NOT NULL CHECK (kind IN ('person', 'suggestions', 'consensus')),
  created_at TEXT NOT NULL
);

-- A record a coder has coded, also when they gave it no code at all: agreement needs the difference
-- between "none of the conditions" and "not coded" (missing).
CREATE TABLE coded_record (
  dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
  coder_id INTEGER NOT NULL REFERENCES coder(id) ON DELETE CASCADE,
  -- the dataset row's "_row"
  record INTEGER NOT NULL,
  coded_at TEXT NOT NULL,
  PRIMARY KEY (dataset_id, coder_id, record)
) WITHOUT ROWID;
CREATE INDEX coded_record_by_record ON coded_record (dataset_id, record);

CREATE TABLE coding (
  id INTEGER PRIMARY KEY,
  dataset_id INTEGER NOT NULL,
  coder_id INTEGER NOT NULL,
  record INTEGER NOT NULL,
  code_guid TEXT NOT NULL REFERENCES codebook_code(guid),
  -- a segment: its text column and span in Unicode code points from 0 (REFI-QDA); all NULL for the whole record
  variable_id INTEGER REFERENCES variable(id) ON DELETE CASCADE,
  start INTEGER,
  "end" INTEGER,
  coded_at TEXT NOT NULL,
  FOREIGN KEY (dataset_id, coder_id, record) REFERENCES coded_record (dataset_id, coder_id, record) ON DELETE CASCADE,
  CHECK ((variable_id IS NULL AND start IS NULL AND "end" IS NULL) OR (variable_id IS NOT NULL AND start >= 0 AND "end" > start))
);
CREATE INDEX coding_by_record ON coding (dataset_id, coder_id, record);
CREATE UNIQUE INDEX coding_whole_record ON coding (dataset_id, coder_id, record, code_guid) WHERE variable_id IS NULL;
CREATE UNIQUE INDEX coding_segment ON coding (dataset_id, coder_id, record, code_guid, variable_id, start, "end") WHERE variable_id IS NOT NULL;

-- The keyword dictionary once a user has changed it; while it is empty the built-in Dutch dictionary
-- (shared/coding/default-keywords.ts) applies, so reading it never writes.
CREATE TABLE coding_keyword (
  code_guid TEXT NOT NULL REFERENCES codebook_code(guid),
  pattern TEXT NOT NULL,
  PRIMARY KEY (code_guid, pattern)
) WITHOUT ROWID;

-- Project settings, indicator mapping, and per-area sums that make scores instant after a mapping change.
CREATE TABLE project_setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO project_setting (key, value) VALUES ('publication_threshold', '10');

CREATE TABLE indicator_mapping (
  variable_id INTEGER PRIMARY KEY REFERENCES variable(id) ON DELETE CASCADE,
  condition TEXT NOT NULL CHECK (condition IN ('security', 'inclusion', 'cohesion', 'empowerment')),
  domain TEXT,
  polarity TEXT NOT NULL CHECK (polarity IN ('positive', 'negative')),
  weight REAL NOT NULL CHECK (weight > 0),
  reverse INTEGER NOT NULL DEFAULT 0 CHECK (reverse IN (0, 1)),
  updated_at TEXT NOT NULL
);

-- One row per area of a dataset: its name and how many rows (respondents) it has.
CREATE TABLE dataset_area (
  dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  name TEXT,
  rows INTEGER NOT NULL,
  PRIMARY KEY (dataset_id, code)
) WITHOUT ROWID;

-- Per numeric variable and area: rows with a value (and a weight), the sum of weights and of weight × value.
-- Written by the import in the same transaction; a weighted mean is sum_wx / sum_w.
CREATE TABLE area_statistic (
  variable_id INTEGER NOT NULL REFERENCES variable(id) ON DELETE CASCADE,
  area_code TEXT NOT NULL,
  n INTEGER NOT NULL,
  sum_w REAL NOT NULL,
  sum_wx REAL NOT NULL,
  PRIMARY KEY (variable_id, area_code)
) WITHOUT ROWID;

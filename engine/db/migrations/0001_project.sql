-- The project: what it is, and the datasets it holds with their variables.
CREATE TABLE project (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  created_at TEXT NOT NULL,
  created_by_version TEXT NOT NULL
);

CREATE TABLE dataset (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('survey', 'area')),
  -- the SQLite table holding the rows; always quoted where used
  table_name TEXT NOT NULL UNIQUE,
  row_count INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE variable (
  id INTEGER PRIMARY KEY,
  dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  label TEXT,
  type TEXT NOT NULL CHECK (type IN ('number', 'category', 'text', 'date')),
  role TEXT CHECK (role IN ('id', 'area_code', 'area_name', 'weight')),
  UNIQUE (dataset_id, position),
  UNIQUE (dataset_id, name)
);

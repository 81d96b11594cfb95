-- Werkplaats sessions (docs/ARCHITECTURE.md §1): a session with its organisations, its agenda of steps, the
-- partners' estimates and the quotes approved for it; the undo stack of each session; and the sociale basis,
-- kept per area across sessions.
CREATE TABLE session (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(title) > 0),
  -- YYYY-MM-DD
  date TEXT NOT NULL,
  question TEXT NOT NULL DEFAULT '',
  -- JSON array of area codes, in the order chosen
  areas TEXT NOT NULL DEFAULT '[]',
  -- dataset names (datasets are named uniquely and never renamed)
  figures_dataset TEXT,
  words_dataset TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE session_organisation (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL CHECK (length(name) > 0),
  role TEXT NOT NULL DEFAULT ''
);
CREATE INDEX session_organisation_by_session ON session_organisation (session_id, position);

CREATE TABLE session_step (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('profile', 'words', 'partners', 'basis', 'blindspot', 'crosstab', 'text')),
  title TEXT NOT NULL DEFAULT '',
  area TEXT,
  text TEXT NOT NULL DEFAULT '',
  -- JSON: the cross-tab request of a crosstab step
  crosstab TEXT,
  notes TEXT NOT NULL DEFAULT '',
  -- JSON array of { what, who, when }
  actions TEXT NOT NULL DEFAULT '[]',
  notes_on_projector INTEGER NOT NULL DEFAULT 0 CHECK (notes_on_projector IN (0, 1))
);
CREATE INDEX session_step_by_session ON session_step (session_id, position);

CREATE TABLE session_estimate (
  session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
  organisation_id INTEGER NOT NULL REFERENCES session_organisation(id) ON DELETE CASCADE,
  area TEXT NOT NULL,
  condition_id TEXT NOT NULL CHECK (condition_id IN ('security', 'inclusion', 'cohesion', 'empowerment')),
  estimate REAL NOT NULL CHECK (estimate >= 0 AND estimate <= 10),
  why TEXT NOT NULL DEFAULT '',
  entered_at TEXT NOT NULL,
  PRIMARY KEY (session_id, organisation_id, area, condition_id)
) WITHOUT ROWID;

-- An open answer approved as a quote for one session: its text and area as they were when approved.
CREATE TABLE session_quote (
  session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
  dataset TEXT NOT NULL,
  -- the dataset row's "_row"
  record TEXT NOT NULL,
  condition_id TEXT NOT NULL CHECK (condition_id IN ('security', 'inclusion', 'cohesion', 'empowerment')),
  area TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (session_id, dataset, record, condition_id)
) WITHOUT ROWID;

-- Per session, the snapshots (JSON of the session's own rows) taken before each edit; the highest id is undone first.
CREATE TABLE session_undo (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
  snapshot TEXT NOT NULL
);
CREATE INDEX session_undo_by_session ON session_undo (session_id, id);

-- The sociale basis: an area's collective provisions and activities, kept per area across sessions.
CREATE TABLE provision (
  id INTEGER PRIMARY KEY,
  area TEXT NOT NULL,
  name TEXT NOT NULL CHECK (length(name) > 0),
  organiser TEXT NOT NULL DEFAULT '',
  collective INTEGER NOT NULL CHECK (collective IN (0, 1)),
  preventive INTEGER NOT NULL CHECK (preventive IN (0, 1)),
  -- JSON array of condition ids, in the fixed order
  conditions TEXT NOT NULL,
  reach TEXT NOT NULL DEFAULT ''
);
CREATE INDEX provision_by_area ON provision (area, id);

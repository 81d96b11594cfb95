-- An area dataset's base: the column that says how many people an area's figures stand for (its n),
-- with an optional publication threshold of its own. The project's threshold counts respondents, which
-- an area dataset does not have.
CREATE TABLE dataset_base (
  dataset_id INTEGER PRIMARY KEY REFERENCES dataset(id) ON DELETE CASCADE,
  variable_id INTEGER NOT NULL REFERENCES variable(id) ON DELETE CASCADE,
  threshold INTEGER CHECK (threshold IS NULL OR threshold >= 1)
);

-- Per category column, area and category: rows, rows with a usable weight (> 0) and the sum of those
-- weights. Written by the import, so a cross-table of the area against a category needs no scan of the
-- table. Without a weight column, usable = rows and weight = rows.
CREATE TABLE area_category_count (
  variable_id INTEGER NOT NULL REFERENCES variable(id) ON DELETE CASCADE,
  area_code TEXT,          -- NULL: rows without an area code
  value,                   -- as stored in the dataset's column; NULL: missing
  rows INTEGER NOT NULL,
  usable INTEGER NOT NULL,
  weight REAL NOT NULL
);
CREATE INDEX area_category_count_by_variable ON area_category_count (variable_id);

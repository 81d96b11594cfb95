-- The codebook: a tree of codes with the four conditions of social quality at the top, REFI-QDA sets of
-- codes, and a change log in which every change is a numbered version.
--
-- The default codebook is written here rather than on first use, so that every project has it from the
-- moment it exists (also one made or upgraded by the CLI), reading the codebook never writes, and its
-- creation is version 1 of the history. shared/codebook/default-codebook.ts holds the same codebook; a
-- unit test keeps the two equal.
CREATE TABLE codebook_code (
  guid TEXT PRIMARY KEY CHECK (guid = lower(guid)),
  parent_guid TEXT REFERENCES codebook_code(guid),
  -- order among siblings, 0, 1, 2, …
  position INTEGER NOT NULL,
  condition_id TEXT UNIQUE CHECK (condition_id IN ('security', 'inclusion', 'cohesion', 'empowerment')),
  label_nl TEXT NOT NULL CHECK (length(label_nl) > 0),
  label_en TEXT,
  description_nl TEXT,
  description_en TEXT,
  -- #RRGGBB; NULL: the code shows its parent's colour
  color TEXT CHECK (color GLOB '#[0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F]'),
  codable INTEGER NOT NULL DEFAULT 1 CHECK (codable IN (0, 1)),
  -- archived codes are kept, since codings may refer to them
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  CHECK (condition_id IS NULL OR parent_guid IS NULL)
);
CREATE INDEX codebook_code_by_parent ON codebook_code (parent_guid, position);

CREATE TABLE codebook_set (
  guid TEXT PRIMARY KEY CHECK (guid = lower(guid)),
  name TEXT NOT NULL,
  description TEXT,
  position INTEGER NOT NULL
);

CREATE TABLE codebook_set_member (
  set_guid TEXT NOT NULL REFERENCES codebook_set(guid) ON DELETE CASCADE,
  code_guid TEXT NOT NULL REFERENCES codebook_code(guid),
  position INTEGER NOT NULL,
  PRIMARY KEY (set_guid, code_guid)
) WITHOUT ROWID;

CREATE TABLE codebook_change (
  version INTEGER PRIMARY KEY,
  changed_at TEXT NOT NULL,
  coder TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('create', 'add', 'rename', 'describe', 'recolour', 'update', 'move', 'archive', 'unarchive', 'import')),
  code_guid TEXT,
  -- the code's Dutch label when the change was made
  label TEXT,
  before TEXT,  -- JSON: the changed fields as they were
  after TEXT    -- JSON: the changed fields as they became
);

INSERT INTO codebook_code (guid, parent_guid, position, condition_id, label_nl, label_en, description_nl, description_en, color) VALUES
  ('78ab488b-8b4a-4b2d-bbd7-af412d36c8bc', NULL, 0, 'security', 'Sociaaleconomische zekerheid', 'Socio-economic security', 'Dient rechtvaardigheid: de mate waarin mensen over tijd beschikken over de middelen die ze nodig hebben om mee te doen.', 'Serves social justice: the extent to which people have, over time, the resources they need to take part.', '#E69F00'),
  ('cd685153-920e-45c5-a47e-d6a498896bbc', NULL, 1, 'inclusion', 'Sociale inclusie', 'Social inclusion', 'Dient gelijkwaardigheid: de mate waarin mensen toegang hebben tot de instituties en sociale verbanden van het dagelijks leven.', 'Serves equal value: the extent to which people have access to the institutions and social relations of everyday life.', '#56B4E9'),
  ('2998f1de-d088-43f7-beb6-242754742da7', NULL, 2, 'cohesion', 'Sociale cohesie', 'Social cohesion', 'Dient solidariteit: de mate waarin sociale verbanden op gedeelde waarden, normen en identiteit berusten.', 'Serves solidarity: the extent to which social relations rest on shared values, norms and identities.', '#009E73'),
  ('187812df-13ed-4894-be67-0b870a6137a4', NULL, 3, 'empowerment', 'Sociale empowerment', 'Social empowerment', 'Dient menselijke waardigheid: de mate waarin mensen door hun sociale verbanden in staat zijn te handelen en zich te ontwikkelen.', 'Serves human dignity: the extent to which people’s social relations enable them to act and to develop themselves.', '#CC79A7'),
  ('1099b8d0-1df0-494d-bb44-d1b21834c13a', '78ab488b-8b4a-4b2d-bbd7-af412d36c8bc', 0, NULL, 'financiële middelen', 'financial resources', NULL, NULL, NULL),
  ('f28f1bb4-4e5a-4aa7-99d7-96efee989c7d', '78ab488b-8b4a-4b2d-bbd7-af412d36c8bc', 1, NULL, 'wonen en woonomgeving', 'housing and environment', NULL, NULL, NULL),
  ('800ce6ec-a77b-42d2-8388-ae10753414db', '78ab488b-8b4a-4b2d-bbd7-af412d36c8bc', 2, NULL, 'gezondheid en zorg', 'health and care', NULL, NULL, NULL),
  ('3c2c29e7-5728-446c-a167-7e62f1d7e4d7', '78ab488b-8b4a-4b2d-bbd7-af412d36c8bc', 3, NULL, 'werk', 'work', NULL, NULL, NULL),
  ('da3cf9ca-dcf4-42c5-8e7f-259213424ba5', '78ab488b-8b4a-4b2d-bbd7-af412d36c8bc', 4, NULL, 'onderwijs', 'education', NULL, NULL, NULL),
  ('fefbd3a5-4ddb-490e-9c55-e4477ada4484', 'cd685153-920e-45c5-a47e-d6a498896bbc', 0, NULL, 'burgerschapsrechten', 'citizenship rights', NULL, NULL, NULL),
  ('3a18f69c-3965-48c4-8443-4f6899d82a3a', 'cd685153-920e-45c5-a47e-d6a498896bbc', 1, NULL, 'arbeidsmarkt', 'labour market', NULL, NULL, NULL),
  ('08686d11-9c9c-4495-979c-30d92c301f82', 'cd685153-920e-45c5-a47e-d6a498896bbc', 2, NULL, 'voorzieningen', 'services', 'Publieke en private voorzieningen, inclusief informatievoorziening en toegankelijkheid.', 'Public and private services, including the provision of information and accessibility.', NULL),
  ('048b0f51-712b-4a57-96cd-39e92b73ebdd', 'cd685153-920e-45c5-a47e-d6a498896bbc', 3, NULL, 'sociale netwerken', 'social networks', NULL, NULL, NULL),
  ('bb274308-20b6-49a2-94a8-4a932444ab9b', '2998f1de-d088-43f7-beb6-242754742da7', 0, NULL, 'vertrouwen', 'trust', NULL, NULL, NULL),
  ('1802c7c9-93bb-483f-b99f-2926a2efa7bf', '2998f1de-d088-43f7-beb6-242754742da7', 1, NULL, 'integrerende normen en waarden', 'integrative norms and values', NULL, NULL, NULL),
  ('9f184aaf-ce7d-4456-ad6d-e1c6c87fcfc1', '2998f1de-d088-43f7-beb6-242754742da7', 2, NULL, 'sociale netwerken', 'social networks', 'Betekenisvolle ontmoetingen.', 'Meaningful encounters.', NULL),
  ('757e17dc-5660-44c5-a39f-a6b38fbafe8f', '2998f1de-d088-43f7-beb6-242754742da7', 3, NULL, 'identiteit', 'identity', NULL, NULL, NULL),
  ('2c0f36de-4dd0-4a58-8344-866eb927051f', '187812df-13ed-4894-be67-0b870a6137a4', 0, NULL, 'kennisbasis', 'knowledge base', NULL, NULL, NULL),
  ('f79c1a0b-b309-476f-9c2e-2868b59d0e83', '187812df-13ed-4894-be67-0b870a6137a4', 1, NULL, 'arbeidsmarkt', 'labour market', NULL, NULL, NULL),
  ('21b71ec1-05d8-4769-a24a-046ea8b78363', '187812df-13ed-4894-be67-0b870a6137a4', 2, NULL, 'openheid van instituties', 'openness of institutions', NULL, NULL, NULL),
  ('6bad1231-05be-453e-a84c-fd22e2fdf4cd', '187812df-13ed-4894-be67-0b870a6137a4', 3, NULL, 'publieke ruimte', 'public space', NULL, NULL, NULL),
  ('cca1ee94-61ed-4c8d-96ac-fcfbc45db1dd', '187812df-13ed-4894-be67-0b870a6137a4', 4, NULL, 'persoonlijke relaties', 'personal relationships', 'Inclusief jezelf ontwikkelen.', 'Including developing yourself.', NULL);

INSERT INTO codebook_change (version, changed_at, coder, kind, code_guid, label, before, after)
VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL, 'create', NULL, NULL, NULL, '{"codes":22}');

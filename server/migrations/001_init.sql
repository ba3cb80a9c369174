-- PayLens sharing service, first schema. Migrations run at start, in name order, each once, each
-- idempotent (IF NOT EXISTS) so two nodes starting together cannot trip over each other.

-- One server-side secret: the key of the token hash (HMAC-SHA256). PAYLENS_TOKEN_KEY overrides it;
-- in production keep the key out of the database so a dump alone cannot test a token.
CREATE TABLE IF NOT EXISTS server_secret (
  id int PRIMARY KEY CHECK (id = 1),
  token_key text NOT NULL
);

-- Coarsened salary records. Never free text, a URL, an exact place, a clear token, an address or a
-- timestamp finer than the month received.
CREATE TABLE IF NOT EXISTS submissions (
  id uuid PRIMARY KEY,
  token_hash text NOT NULL,
  -- family|soc|level|country|area|company: one record per token per cell per year
  cell_key text NOT NULL,
  year int NOT NULL,
  family text,
  soc text,
  level text NOT NULL,
  country text NOT NULL,
  area text,
  company text,
  yoe text NOT NULL,
  base double precision NOT NULL,
  total double precision,
  currency text NOT NULL,
  period text NOT NULL,
  -- the amounts per year in the cell's currency (the country's), what the statistics use
  cell_currency text NOT NULL,
  base_year double precision NOT NULL,
  total_year double precision,
  received_month text NOT NULL,
  parked_base boolean NOT NULL DEFAULT false,
  parked_total boolean NOT NULL DEFAULT false,
  UNIQUE (token_hash, cell_key, year)
);
CREATE INDEX IF NOT EXISTS submissions_cell ON submissions (cell_key);

-- Cells whose records changed since the last rebuild (an append log the rebuild claims by deleting).
CREATE TABLE IF NOT EXISTS dirty_cells (
  id bigserial PRIMARY KEY,
  cell_key text NOT NULL
);

-- Published snapshot versions; as_of is the first day of the month it was built in.
CREATE TABLE IF NOT EXISTS snapshot_versions (
  version int PRIMARY KEY,
  as_of date NOT NULL
);

-- Every publication or withdrawal of a cell, by version: what makes ?since=N&to=M immutable.
CREATE TABLE IF NOT EXISTS cell_versions (
  cell_key text NOT NULL,
  basis text NOT NULL,
  version int NOT NULL,
  removed boolean NOT NULL,
  family text,
  soc text,
  level text NOT NULL,
  country text NOT NULL,
  area text,
  company text,
  contributors int,
  n int,
  p25 double precision,
  p50 double precision,
  p75 double precision,
  currency text,
  PRIMARY KEY (cell_key, basis, version)
);
CREATE INDEX IF NOT EXISTS cell_versions_version ON cell_versions (version);

-- The cells published now (the latest non-removed event of each), for the bare GET /v1/cells.
CREATE TABLE IF NOT EXISTS published_cells (
  cell_key text NOT NULL,
  basis text NOT NULL,
  version int NOT NULL,
  family text,
  soc text,
  level text NOT NULL,
  country text NOT NULL,
  area text,
  company text,
  contributors int NOT NULL,
  n int NOT NULL,
  p25 double precision NOT NULL,
  p50 double precision NOT NULL,
  p75 double precision NOT NULL,
  currency text NOT NULL,
  PRIMARY KEY (cell_key, basis)
);

-- Who was behind a cell's last publication: a cell is republished only after >= 5 contributors
-- not in this set. A token's rows go when it deletes what it sent.
CREATE TABLE IF NOT EXISTS cell_members (
  cell_key text NOT NULL,
  basis text NOT NULL,
  token_hash text NOT NULL,
  PRIMARY KEY (cell_key, basis, token_hash)
);
CREATE INDEX IF NOT EXISTS cell_members_token ON cell_members (token_hash);

-- Public posted ranges seen on postings. Not linked to any token (which postings a browser saw
-- is browsing activity): one row per posting, the latest report wins.
CREATE TABLE IF NOT EXISTS postings (
  job_key_hash text PRIMARY KEY,
  employer text NOT NULL,
  employer_id text,
  title text NOT NULL,
  family text,
  soc text,
  level text,
  country text NOT NULL,
  area text,
  min double precision,
  max double precision,
  currency text NOT NULL,
  period text NOT NULL,
  month text NOT NULL
);

-- Posted ranges as published: per employer x role, no k limit (public data), rebuilt with the snapshot.
CREATE TABLE IF NOT EXISTS posted_ranges (
  employer text NOT NULL,
  employer_id text,
  family text,
  soc text,
  level text,
  country text NOT NULL,
  area text,
  currency text NOT NULL,
  period text NOT NULL,
  postings int NOT NULL,
  min double precision,
  max double precision,
  month text NOT NULL
);
